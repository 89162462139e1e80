package it.orienta.guidance;

import it.orienta.charter.Compliance;
import java.time.Instant;
import java.util.UUID;

/**
 * A meeting as delivered. {@code minutes} and {@code compliance} are set once it is closed with the person
 * present; {@code standardId} names the charter standard it was judged against, which never changes afterwards.
 */
public record MeetingView(
        UUID id,
        UUID personId,
        UUID engagementId,
        UUID appointmentId,
        UUID sessionId,
        String activityId,
        String centreCode,
        UUID operatorId,
        String operatorName,
        boolean group,
        boolean running,
        Attendance attendance,
        String justification,
        Instant startedAt,
        Instant endedAt,
        Integer minutes,
        UUID standardId,
        Integer standardMinMinutes,
        Integer standardMaxMinutes,
        Compliance compliance,
        String deviationReason,
        String notes,
        long version) {}
