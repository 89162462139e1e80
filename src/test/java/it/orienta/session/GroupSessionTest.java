package it.orienta.session;

import static org.assertj.core.api.Assertions.assertThat;

import it.orienta.charter.Compliance;
import it.orienta.guidance.Attendance;
import it.orienta.system.NotFoundException;
import it.orienta.system.RuleViolationException;
import it.orienta.system.RuleViolationException.Violation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The GroupSession aggregate's invariants: capacity, waiting list, withdrawal, attendance, a scheduled session. */
class GroupSessionTest {

    static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    static final UUID OPERATOR = UUID.randomUUID();
    static final UUID A = UUID.randomUUID();
    static final UUID B = UUID.randomUUID();
    static final UUID C = UUID.randomUUID();

    static GroupSession session(int capacity) {
        return GroupSession.plan(
                new GroupSession.Plan(
                        "A06-GRP",
                        "CPI-FI",
                        " Laboratorio CV ",
                        NOW.plusSeconds(7 * 86400 + 30),
                        90,
                        false,
                        " Sala 2 ",
                        capacity,
                        OPERATOR),
                "Giulia Verdi",
                NOW,
                new ArrayList<>(),
                (id, v) -> "Giulia Verdi");
    }

    static List<String> codes(Runnable action) {
        try {
            action.run();
        } catch (RuleViolationException e) {
            return e.violations().stream().map(Violation::code).toList();
        }
        throw new AssertionError("not refused");
    }

    @Test
    void planningRefusesEveryWrongFieldAtOnce() {
        var refused = codes(() -> GroupSession.plan(
                new GroupSession.Plan("A06-GRP", "CPI-FI", " ", NOW.minusSeconds(60), 5, true, "", 0, OPERATOR),
                "Giulia Verdi",
                NOW,
                new ArrayList<>(),
                (id, v) -> "Giulia Verdi"));
        assertThat(refused)
                .containsExactly(
                        "guidance.session.title.required",
                        "guidance.session.starts-at.past",
                        "guidance.session.minutes.range",
                        "guidance.session.capacity.range",
                        "guidance.appointment.link.required");
        var s = session(2);
        assertThat(s.title()).isEqualTo("Laboratorio CV");
        assertThat(s.place()).isEqualTo("Sala 2");
    }

    @Test
    void beyondTheCapacityPeopleWaitOnlyWhenAskedAndNeverTwice() {
        var s = session(1);
        assertThat(s.enrol(A, "Rossi Mario", false, "Giulia", NOW)).isFalse();
        assertThat(codes(() -> s.enrol(B, "Bianchi Anna", false, "Giulia", NOW)))
                .containsExactly("guidance.session.full");
        assertThat(s.enrol(B, "Bianchi Anna", true, "Giulia", NOW)).isTrue();
        assertThat(codes(() -> s.enrol(A, "Rossi Mario", true, "Giulia", NOW)))
                .containsExactly("guidance.session.already-enrolled");
        assertThat(codes(() -> s.enrol(B, "Bianchi Anna", true, "Giulia", NOW)))
                .containsExactly("guidance.session.already-waiting");
        assertThat(s.enrolled()).isEqualTo(1);
        assertThat(s.freePlaces()).isZero();
    }

    @Test
    void aFreedPlaceGoesToTheFirstWaitingAndAWithdrawalNeedsItsReason() {
        var s = session(1);
        s.enrol(A, "Rossi Mario", false, "Giulia", NOW);
        s.enrol(B, "Bianchi Anna", true, "Giulia", NOW.plusSeconds(1));
        s.enrol(C, "Verdi Carla", true, "Giulia", NOW.plusSeconds(2));
        assertThat(codes(() -> s.withdraw(A, " ", NOW))).containsExactly("guidance.session.reason.required");
        assertThat(s.withdraw(A, "Malato", NOW)).contains(B);
        assertThat(s.enrolledParticipants())
                .extracting(SessionParticipant::personId)
                .containsExactly(B);
        // a waiting person leaving frees no place
        assertThat(s.withdraw(C, "Rinuncia", NOW)).isEmpty();
        try {
            s.withdraw(C, "Ancora", NOW);
            throw new AssertionError("withdrawn twice");
        } catch (NotFoundException expected) {
            // only who is in the session can leave it
        }
        // who withdrew may come back
        assertThat(s.enrol(A, "Rossi Mario", true, "Giulia", NOW)).isTrue();
    }

    @Test
    void attendanceIsForEveryEnrolledPersonOnlyAndAJustifiedAbsenceNeedsItsJustification() {
        var s = session(3);
        s.enrol(A, "Rossi Mario", false, "Giulia", NOW);
        s.enrol(B, "Bianchi Anna", false, "Giulia", NOW);
        var refusals = s.attendanceRefusals(
                Map.of(A, Attendance.ABSENT_JUSTIFIED, C, Attendance.PRESENT),
                Map.of(A, " "),
                Map.of(A, "Rossi Mario", B, "Bianchi Anna"));
        assertThat(refusals)
                .extracting(Violation::code)
                .containsExactly(
                        "guidance.session.justification.required",
                        "guidance.session.attendance.required",
                        "guidance.session.attendance.not-enrolled");
        assertThat(session(3).attendanceRefusals(Map.of(), Map.of(), Map.of()))
                .extracting(Violation::code)
                .containsExactly("guidance.session.nobody-enrolled");
    }

    @Test
    void aHeldOrCancelledSessionChangesNoMore() {
        var s = session(2);
        s.enrol(A, "Rossi Mario", false, "Giulia", NOW);
        var meeting = UUID.randomUUID();
        s.hold(
                new GroupSession.Held(NOW, NOW.plusSeconds(5400), 90, null, Compliance.NO_STANDARD, null),
                Map.of(A, Attendance.PRESENT),
                Map.of(),
                Map.of(A, meeting),
                " Note ");
        assertThat(s.participants().getFirst().meetingId()).isEqualTo(meeting);
        assertThat(codes(() -> s.enrol(B, "Bianchi Anna", false, "Giulia", NOW)))
                .containsExactly("guidance.session.not-scheduled");
        assertThat(codes(() -> s.cancel("Sala occupata"))).containsExactly("guidance.session.not-scheduled");

        var other = session(2);
        other.enrol(A, "Rossi Mario", false, "Giulia", NOW);
        assertThat(codes(() -> other.cancel(""))).containsExactly("guidance.session.reason.required");
        assertThat(other.cancel("Sala occupata")).containsExactly(A);
        assertThat(codes(() -> other.withdraw(A, "x", NOW))).containsExactly("guidance.session.not-scheduled");
    }
}
