package it.orienta.guidance;

import java.time.LocalDateTime;
import java.util.Map;
import java.util.UUID;

/** What operators ask of guidance; times are local to the centres (Europe/Rome), to the minute. */
public final class Commands {

    private Commands() {}

    /** A meeting already delivered, recorded afterwards; {@code end} is null for an absence. */
    public record RecordMeeting(
            String activityId,
            LocalDateTime start,
            LocalDateTime end,
            Attendance attendance,
            String justification,
            String notes,
            String deviationReason,
            UUID appointmentId) {}

    /** Closes a running meeting; {@code end} null means now. */
    public record CloseMeeting(LocalDateTime end, String notes, String deviationReason) {}

    /**
     * Schedules an appointment; {@code operatorId} null means the operator asking. A time that overlaps the
     * operator's appointments, meetings or group sessions is refused (409, {@code guidance.appointment.overlap.*}
     * naming the overlapping one) unless {@code confirmOverlap} is true: booked anyway.
     */
    public record ScheduleAppointment(
            String activityId,
            LocalDateTime startsAt,
            Integer minutes,
            boolean remote,
            String place,
            UUID operatorId,
            Boolean confirmOverlap) {

        public ScheduleAppointment(
                String activityId,
                LocalDateTime startsAt,
                Integer minutes,
                boolean remote,
                String place,
                UUID operatorId) {
            this(activityId, startsAt, minutes, remote, place, operatorId, null);
        }

        /** Whether the operator confirmed booking over an overlap (absent: not confirmed). */
        public boolean overlapConfirmed() {
            return Boolean.TRUE.equals(confirmOverlap);
        }
    }

    /** Moves an appointment; an overlap is refused as when scheduling unless {@code confirmOverlap} is true. */
    public record Reschedule(LocalDateTime startsAt, String reason, Boolean confirmOverlap) {

        public Reschedule(LocalDateTime startsAt, String reason) {
            this(startsAt, reason, null);
        }

        /** Whether the operator confirmed moving over an overlap (absent: not confirmed). */
        public boolean overlapConfirmed() {
            return Boolean.TRUE.equals(confirmOverlap);
        }
    }

    /** Closes an engagement; a total outside the standard needs a reason. */
    public record CloseEngagement(String deviationReason) {}

    /**
     * A group session held: its times and judgement reason, and the attendance of each enrolled person in the
     * order their meetings are written (with the justification of a justified absence); the notes go into every
     * participant's meeting. {@code title} names the activity in the participants' files.
     */
    public record RecordAttendance(
            UUID sessionId,
            String activityId,
            String title,
            String centreCode,
            UUID operatorId,
            String operatorName,
            LocalDateTime start,
            LocalDateTime end,
            Map<UUID, Attendance> attendance,
            Map<UUID, String> justifications,
            String notes,
            String deviationReason) {}
}
