package it.orienta.guidance;

import it.orienta.charter.Compliance;
import it.orienta.charter.TimeStandard;
import it.orienta.system.RuleViolationException.Violation;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules of a delivered meeting, apart from the database: times are kept to the minute (seconds dropped), a
 * meeting ends after it starts and not in the future, an absence needs no times but a justified one needs its
 * justification, and a duration outside the standard needs a reason.
 */
final class MeetingRules {

    /** How far in the future an end may be: clocks of operators' PCs and of the server differ a little. */
    static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(1);

    private MeetingRules() {}

    static Instant toMinute(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MINUTES);
    }

    /** Whole minutes between two times kept to the minute. */
    static int minutes(Instant start, Instant end) {
        return (int) Duration.between(toMinute(start), toMinute(end)).toMinutes();
    }

    /** The times of a present meeting: end after start, neither in the future. */
    static List<Violation> checkTimes(Instant start, Instant end, Instant now) {
        var violations = new ArrayList<Violation>();
        if (start == null) {
            violations.add(Violation.of("guidance.meeting.start.required", "start"));
        } else if (start.isAfter(now.plus(CLOCK_TOLERANCE))) {
            violations.add(Violation.of("guidance.meeting.start.future", "start"));
        }
        if (end == null) {
            violations.add(Violation.of("guidance.meeting.end.required", "end"));
        } else {
            if (end.isAfter(now.plus(CLOCK_TOLERANCE))) {
                violations.add(Violation.of("guidance.meeting.end.future", "end"));
            }
            if (start != null && !toMinute(end).isAfter(toMinute(start))) {
                violations.add(Violation.of("guidance.meeting.end.before-start", "end"));
            }
        }
        return violations;
    }

    static List<Violation> checkAbsence(Attendance attendance, String justification) {
        if (attendance == Attendance.ABSENT_JUSTIFIED && (justification == null || justification.isBlank())) {
            return List.of(Violation.of("guidance.meeting.justification.required", "justification"));
        }
        return List.of();
    }

    /**
     * The judgement of a present meeting of {@code minutes}; refused when outside the standard without a reason,
     * with a message that says by how much.
     */
    static Compliance judge(TimeStandard standard, int minutes, String reason, List<Violation> violations) {
        var compliance = standard.judgeMeeting(minutes);
        if (compliance.outside() && (reason == null || reason.isBlank())) {
            violations.add(
                    compliance == Compliance.OVER_MAXIMUM
                            ? Violation.of(
                                    "guidance.meeting.over-maximum", "deviationReason", minutes, standard.maxMinutes())
                            : Violation.of(
                                    "guidance.meeting.under-minimum",
                                    "deviationReason",
                                    minutes,
                                    standard.minMinutes()));
        }
        return compliance;
    }
}
