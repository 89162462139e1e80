package it.orienta.session;

import it.orienta.guidance.Attendance;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.UUID;

/** What operators ask of group sessions; times are local to the centres (Europe/Rome), to the minute. */
final class SessionCommands {

    private SessionCommands() {}

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
