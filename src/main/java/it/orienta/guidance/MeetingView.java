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
        long version) {

    /** The same meeting with the limits of the standard it was judged against (read from the charter). */
    MeetingView withLimits(Integer min, Integer max) {
        return new MeetingView(
                id,
                personId,
                engagementId,
                appointmentId,
                sessionId,
                activityId,
                centreCode,
                operatorId,
                operatorName,
                group,
                running,
                attendance,
                justification,
                startedAt,
                endedAt,
                minutes,
                standardId,
                min,
                max,
                compliance,
                deviationReason,
                notes,
                version);
    }

    /** Another meeting's times overlap this one's: refused with this one's times (422). */
    it.orienta.system.RuleViolationException.Violation overlap() {
        return it.orienta.system.RuleViolationException.Violation.of(
                "guidance.meeting.overlap", "start", local(startedAt), endedAt == null ? "…" : local(endedAt));
    }

    /**
     * The operator is in this meeting now (running, or closed with its end still ahead): 409 naming the person and
     * the start (the hour when it started {@code today}), with the path of this meeting to open it.
     */
    it.orienta.system.DuplicateException busy(String personName, java.time.LocalDate today) {
        var start = startedAt.atZone(it.orienta.system.Rome.ZONE);
        String since = start.toLocalDate().equals(today)
                ? start.format(java.time.format.DateTimeFormatter.ofPattern("HH:mm"))
                : local(startedAt);
        return new it.orienta.system.DuplicateException(
                "guidance.meeting.operator-busy", "activityId", "/meetings/" + id, personName, since);
    }

    /** A time as guidance's messages write it, in Rome: dd/MM/yyyy HH:mm (blank for none). */
    static String local(Instant instant) {
        return instant == null
                ? ""
                : java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
                        .format(instant.atZone(it.orienta.system.Rome.ZONE));
    }
}
