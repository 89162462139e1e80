package it.orienta.guidance;

import static org.assertj.core.api.Assertions.assertThat;

import it.orienta.charter.Compliance;
import it.orienta.charter.TimeStandard;
import it.orienta.system.RuleViolationException.Violation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;

/** The rules of a delivered meeting: times to the minute, order, the future, absences, reasons. */
class MeetingTest {

    static final Instant NOW = Instant.parse("2026-11-26T10:00:30Z");
    static final TimeStandard A05 = new TimeStandard(null, "A05-BASE", LocalDate.of(2000, 1, 1), null, 90, null, null);
    static final TimeStandard A06 = new TimeStandard(null, "A06-CONS", LocalDate.of(2000, 1, 1), 60, null, null, null);

    @Test
    void durationsAreWholeMinutesBetweenTimesKeptToTheMinute() {
        assertThat(Meeting.minutes(Instant.parse("2026-11-26T08:00:59Z"), Instant.parse("2026-11-26T09:30:00Z")))
                .isEqualTo(90);
        assertThat(Meeting.minutes(Instant.parse("2026-11-26T08:00:00Z"), Instant.parse("2026-11-26T09:31:59Z")))
                .isEqualTo(91);
    }

    @Test
    void aMeetingEndsAfterItStartsAndNotInTheFuture() {
        var start = Instant.parse("2026-11-26T09:00:00Z");
        assertThat(Meeting.checkTimes(start, start.plusSeconds(59), NOW))
                .extracting(Violation::code)
                .containsExactly("guidance.meeting.end.before-start");
        assertThat(Meeting.checkTimes(start, NOW.plusSeconds(3600), NOW))
                .extracting(Violation::code)
                .containsExactly("guidance.meeting.end.future");
        assertThat(Meeting.checkTimes(start, NOW.plusSeconds(30), NOW)).isEmpty();
        assertThat(Meeting.checkTimes(null, null, NOW))
                .extracting(Violation::field)
                .containsExactly("start", "end");
    }

    @Test
    void aJustifiedAbsenceNeedsItsJustification() {
        assertThat(Attendance.ABSENT_JUSTIFIED.needsJustification(" ")).isTrue();
        assertThat(Attendance.ABSENT_JUSTIFIED.needsJustification("Visita medica"))
                .isFalse();
        assertThat(Attendance.ABSENT.needsJustification(null)).isFalse();
    }

    @Test
    void outsideTheStandardNeedsAReasonThatSaysByHowMuch() {
        var violations = new ArrayList<Violation>();
        assertThat(Meeting.judge(A05, 90, null, violations)).isEqualTo(Compliance.WITHIN);
        assertThat(violations).isEmpty();
        assertThat(Meeting.judge(A05, 91, null, violations)).isEqualTo(Compliance.OVER_MAXIMUM);
        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo("guidance.meeting.over-maximum");
            assertThat(v.field()).isEqualTo("deviationReason");
            assertThat(v.args()).containsExactly(91, 90);
        });
        violations.clear();
        assertThat(Meeting.judge(A06, 59, "", violations)).isEqualTo(Compliance.UNDER_MINIMUM);
        assertThat(violations).extracting(Violation::args).containsExactly(java.util.List.of(59, 60));
        violations.clear();
        assertThat(Meeting.judge(A06, 59, "La persona è dovuta andare via", violations))
                .isEqualTo(Compliance.UNDER_MINIMUM);
        assertThat(violations).isEmpty();
    }
}
