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

    /** Schedules an appointment; {@code operatorId} null means the operator asking. */
    public record ScheduleAppointment(
            String activityId,
            LocalDateTime startsAt,
            Integer minutes,
            boolean remote,
            String place,
            UUID operatorId) {}

    public record Reschedule(LocalDateTime startsAt, String reason) {}

    /** Closes an engagement; a total outside the standard needs a reason. */
    public record CloseEngagement(String deviationReason) {}

    /** Plans a group session; {@code operatorId} null means the operator asking. */
    public record PlanSession(
            String activityId,
            String title,
            LocalDateTime startsAt,
            Integer minutes,
            boolean remote,
            String place,
            Integer capacity,
            UUID operatorId) {}

    /**
     * Records a session as held: its actual times, the attendance of every enrolled person (and the justification
     * of a justified absence), notes about the session as a whole (they go into every present participant's
     * meeting, so they must not name participants), and a reason when outside the standard.
     */
    public record HoldSession(
            LocalDateTime start,
            LocalDateTime end,
            Map<UUID, Attendance> attendance,
            Map<UUID, String> justifications,
            String notes,
            String deviationReason) {}
}
