package it.orienta.guidance;

import java.time.LocalDateTime;
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
}
