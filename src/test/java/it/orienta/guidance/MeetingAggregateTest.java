package it.orienta.guidance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.orienta.charter.Compliance;
import it.orienta.charter.TimeStandard;
import it.orienta.system.Actor;
import it.orienta.system.RuleViolationException;
import it.orienta.system.RuleViolationException.Violation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The Meeting aggregate's invariants, without Spring: what it refuses and what it keeps. */
class MeetingAggregateTest {

    static final Instant NOW = Instant.parse("2026-11-26T10:00:30Z");
    static final TimeStandard A05 =
            new TimeStandard(UUID.randomUUID(), "A05-BASE", LocalDate.of(2000, 1, 1), 30, 90, null, null);
    static final Actor GIULIA = new Actor(UUID.randomUUID(), "giulia", "Giulia Verdi", "CPI-FI", "OPERATOR");

    static Meeting.Delivered present(Instant start, Instant end, String reason) {
        return new Meeting.Delivered(GIULIA, Attendance.PRESENT, start, end, null, " note ", reason, A05, NOW);
    }

    static RuleViolationException refusal(Runnable action) {
        try {
            action.run();
        } catch (RuleViolationException e) {
            return e;
        }
        throw new AssertionError("not refused");
    }

    @Test
    void aRunningMeetingClosesOnceJudgedAgainstItsStandard() {
        var meeting = Meeting.start(UUID.randomUUID(), UUID.randomUUID(), "A05-BASE", GIULIA, NOW, A05, null);
        assertThat(meeting.running()).isTrue();
        assertThat(meeting.startedAt()).isEqualTo(Instant.parse("2026-11-26T10:00:00Z"));

        meeting.close(NOW.plusSeconds(45 * 60), NOW.plusSeconds(46 * 60), A05, " fatto ", null);

        assertThat(meeting.running()).isFalse();
        assertThat(meeting.minutes()).isEqualTo(45);
        assertThat(meeting.compliance()).isEqualTo(Compliance.WITHIN);
        assertThat(meeting.justifiedOutside()).isFalse();
        assertThat(refusal(() -> meeting.close(NOW.plusSeconds(3600), NOW.plusSeconds(3600), A05, null, null))
                        .violations())
                .extracting(Violation::code)
                .containsExactly("guidance.meeting.not-running");
    }

    @Test
    void closingOutsideTheStandardNeedsAReasonWhichIsKept() {
        var meeting = Meeting.start(UUID.randomUUID(), UUID.randomUUID(), "A05-BASE", GIULIA, NOW, A05, null);
        var later = NOW.plusSeconds(3 * 3600);
        assertThat(refusal(() -> meeting.close(NOW.plusSeconds(2 * 3600), later, A05, null, " "))
                        .violations())
                .extracting(Violation::code)
                .containsExactly("guidance.meeting.over-maximum");
        assertThat(meeting.running()).isTrue();

        meeting.close(NOW.plusSeconds(2 * 3600), later, A05, null, " Caso complesso ");
        assertThat(meeting.compliance()).isEqualTo(Compliance.OVER_MAXIMUM);
        assertThat(meeting.justifiedOutside()).isTrue();
    }

    @Test
    void aMeetingCannotEndBeforeItStartsNorInTheFuture() {
        var meeting = Meeting.start(UUID.randomUUID(), UUID.randomUUID(), "A05-BASE", GIULIA, NOW, A05, null);
        assertThat(refusal(() -> meeting.close(NOW.plusSeconds(10), NOW.plusSeconds(20), A05, null, null))
                        .violations())
                .extracting(Violation::code)
                .containsExactly("guidance.meeting.end.before-start");
        assertThatThrownBy(() -> meeting.close(NOW.plusSeconds(7200), NOW.plusSeconds(60), A05, null, null))
                .isInstanceOf(RuleViolationException.class);
        assertThat(meeting.running()).isTrue();
    }

    @Test
    void aDeliveredMeetingIsRefusedWithEveryReasonAtOnce() {
        var wrong = present(null, null, null);
        assertThat(wrong.violations()).extracting(Violation::field).containsExactly("start", "end");
        assertThatThrownBy(() -> Meeting.delivered(UUID.randomUUID(), UUID.randomUUID(), "A05-BASE", wrong, NOW, null))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void aJustifiedAbsenceKeepsItsJustificationAndHasNoEndNorJudgement() {
        var start = Instant.parse("2026-11-25T09:00:00Z");
        var without = new Meeting.Delivered(
                GIULIA, Attendance.ABSENT_JUSTIFIED, start, start.plusSeconds(3600), "  ", null, null, null, NOW);
        assertThat(without.violations())
                .extracting(Violation::code)
                .containsExactly("guidance.meeting.justification.required");

        var with = new Meeting.Delivered(
                GIULIA, Attendance.ABSENT_JUSTIFIED, start, start.plusSeconds(3600), " Visita ", null, null, null, NOW);
        var meeting = Meeting.delivered(UUID.randomUUID(), UUID.randomUUID(), "A05-BASE", with, NOW, null);
        assertThat(meeting.attendance()).isEqualTo(Attendance.ABSENT_JUSTIFIED);
        assertThat(meeting.minutes()).isNull();
        assertThat(meeting.compliance()).isNull();
        assertThat(meeting.running()).isFalse();
    }

    @Test
    void aPresentMeetingIsJudgedOnlyWhenItsTimesAreRight() {
        var start = Instant.parse("2026-11-25T09:00:00Z");
        var draft = present(start, start.plusSeconds(20 * 60), null);
        var judged = Meeting.Delivered.of(
                new Meeting.Delivered(
                        GIULIA, Attendance.PRESENT, start, start.plusSeconds(20 * 60), null, null, null, null, NOW),
                day -> {
                    assertThat(day).isEqualTo(LocalDate.of(2026, 11, 25));
                    return A05;
                });
        assertThat(judged.violations()).extracting(Violation::code).containsExactly("guidance.meeting.under-minimum");
        assertThat(draft.compliance()).isEqualTo(Compliance.UNDER_MINIMUM);

        var backwards = Meeting.Delivered.of(
                new Meeting.Delivered(
                        GIULIA, Attendance.PRESENT, start, start.minusSeconds(60), null, null, null, null, NOW),
                day -> {
                    throw new AssertionError("the standard is not read for wrong times");
                });
        assertThat(backwards.violations())
                .extracting(Violation::code)
                .containsExactly("guidance.meeting.end.before-start");
    }

    @Test
    void aSessionsMeetingIsTheParticipantsWithTheSessionsOperator() {
        var start = Instant.parse("2026-11-25T09:00:00Z");
        var operator = UUID.randomUUID();
        var meeting = Meeting.inSession(
                UUID.randomUUID(),
                UUID.randomUUID(),
                "A05-BASE",
                UUID.randomUUID(),
                "CPI-PI",
                operator,
                "Luca Neri",
                present(start, start.plusSeconds(60 * 60), null),
                NOW);
        assertThat(meeting.operatorId()).isEqualTo(operator);
        assertThat(meeting.minutes()).isEqualTo(60);
        assertThat(meeting.closed(GIULIA, NOW, "Laboratorio").sessionId()).isNotNull();
    }
}
