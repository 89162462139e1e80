package it.orienta.guidance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.orienta.CaseAtCentre;
import it.orienta.OrientaModuleTest;
import it.orienta.guidance.Commands.RecordMeeting;
import it.orienta.guidance.GuidanceEvents.MeetingClosed;
import it.orienta.intake.IntakeService;
import it.orienta.organisation.OrganisationService;
import it.orienta.person.PersonService;
import it.orienta.reference.ReferenceService;
import it.orienta.system.DuplicateException;
import it.orienta.system.Rome;
import it.orienta.system.RuleViolationException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.Scenario;

/**
 * The guidance module with the modules it needs, on the embedded PostgreSQL: a meeting recorded through the one
 * meetings API is judged against the charter's standard and published; the engagement it opened closes on its total.
 * Intake and audit are included for the record-access policy (the person is taken in charge at the centre).
 */
@OrientaModuleTest(extraIncludes = {"database", "system", "audit", "access", "intake"})
class GuidanceModuleTest {

    @Autowired
    GuidanceService guidance;

    @Autowired
    AppointmentService appointments;

    @Autowired
    OrganisationService organisation;

    @Autowired
    PersonService persons;

    @Autowired
    IntakeService intakes;

    @Autowired
    ReferenceService reference;

    CaseAtCentre centre;

    @BeforeEach
    void setUp() throws Exception {
        centre = new CaseAtCentre(organisation, persons, intakes, reference);
    }

    static RecordMeeting present(LocalDateTime start, int minutes, String reason) {
        return new RecordMeeting(
                "A05-BASE", start, start.plusMinutes(minutes), Attendance.PRESENT, null, "Note", reason, null);
    }

    @Test
    void aRecordedMeetingIsJudgedAndPublished(Scenario scenario) {
        UUID person = centre.person("Incontro", LocalDate.of(1980, 3, 3));
        var start = LocalDateTime.of(2026, 3, 2, 9, 0);
        scenario.stimulate(() -> centre.as(() -> guidance.recordMeeting(person, present(start, 45, "Prova"))))
                .andWaitForEventOfType(MeetingClosed.class)
                .matching(e -> e.personId().equals(person))
                .toArriveAndVerify(e -> {
                    assertThat(e.minutes()).isEqualTo(45);
                    assertThat(e.attendance()).isEqualTo(Attendance.PRESENT);
                    assertThat(e.actor().username()).isEqualTo(centre.username);
                });
        var meetings = centre.as(() -> guidance.meetings(person));
        assertThat(meetings).singleElement().satisfies(m -> {
            assertThat(m.running()).isFalse();
            assertThat(m.compliance()).isNotNull();
            assertThat(m.group()).isFalse();
        });
        var engagement = centre.as(() -> guidance.engagements(person)).getFirst();
        assertThat(engagement.open()).isTrue();
        assertThat(engagement.deliveredMinutes()).isEqualTo(45);
    }

    @Test
    void theOperatorCannotBeInTwoMeetingsAtOnce() {
        UUID first = centre.person("Primo", LocalDate.of(1981, 4, 4));
        UUID second = centre.person("Secondo", LocalDate.of(1982, 5, 5));
        var start = LocalDateTime.of(2026, 3, 3, 9, 0);
        centre.as(() -> guidance.recordMeeting(first, present(start, 60, "Prova")));
        assertThatThrownBy(() ->
                        centre.as(() -> guidance.recordMeeting(second, present(start.plusMinutes(30), 30, "Prova"))))
                .isInstanceOf(RuleViolationException.class)
                .satisfies(e -> assertThat(((RuleViolationException) e)
                                .violations()
                                .getFirst()
                                .code())
                        .isEqualTo("guidance.meeting.overlap"));
    }

    @Test
    void aStartedMeetingRunsUntilClosedAndItsEngagementThenCloses() {
        UUID person = centre.person("Corrente", LocalDate.of(1983, 6, 6));
        var running = centre.as(() -> guidance.startMeeting(person, "A05-BASE", null));
        assertThat(running.running()).isTrue();
        assertThat(centre.as(() -> guidance.running(running.operatorId()))).isPresent();
        var engagement = centre.as(() -> guidance.engagements(person)).getFirst();
        assertThatThrownBy(() -> centre.as(() -> guidance.closeEngagement(
                        engagement.id(), new Commands.CloseEngagement(null), engagement.version())))
                .isInstanceOf(RuleViolationException.class);
        var closed = centre.as(() -> guidance.closeMeeting(
                running.id(),
                new Commands.CloseMeeting(LocalDateTime.now(Rome.ZONE).plusMinutes(1), "Fatto", "Prova"),
                running.version()));
        assertThat(closed.running()).isFalse();
        assertThat(closed.version()).isEqualTo(running.version() + 1);
        var done = centre.as(() ->
                guidance.closeEngagement(engagement.id(), new Commands.CloseEngagement("Prova"), engagement.version()));
        assertThat(done.open()).isFalse();
        assertThat(done.compliance()).isNotNull();
    }

    @Test
    void anOverlappingAppointmentIsRefusedUntilConfirmedAndNothingIsHalfSaved() {
        UUID first = centre.person("Agenda", LocalDate.of(1984, 7, 7));
        UUID second = centre.person("Sovrapposta", LocalDate.of(1985, 8, 8));
        var at = LocalDate.now(Rome.ZONE).plusYears(2).withDayOfMonth(12).atTime(10, 0);
        var booked = centre.as(() -> appointments.schedule(
                first, new Commands.ScheduleAppointment("A05-BASE", at, 60, false, "Sala 1", null)));

        var half = new Commands.ScheduleAppointment("A05-BASE", at.plusMinutes(30), 30, false, "Sala 2", null);
        assertThatThrownBy(() -> centre.as(() -> appointments.schedule(second, half)))
                .isInstanceOfSatisfying(DuplicateException.class, e -> {
                    assertThat(e.code()).isEqualTo("guidance.appointment.overlap.appointment");
                    assertThat(e.violations().getFirst().field()).isEqualTo("startsAt");
                    assertThat(e.existingPath()).isEqualTo("/appointments/" + booked.id());
                    assertThat(e.violations().getFirst().args())
                            .containsExactly("Prova Agenda", MeetingView.local(booked.startsAt()), "11:00");
                });
        assertThat(centre.as(() -> appointments.appointments(second))).isEmpty();

        // back to back is no overlap; confirmed, an overlap is booked
        var next = centre.as(() -> appointments.schedule(
                second, new Commands.ScheduleAppointment("A05-BASE", at.plusMinutes(60), 30, false, "Sala 2", null)));
        assertThat(next.startsAt()).isEqualTo(booked.startsAt().plusSeconds(3600));
        var anyway = centre.as(() -> appointments.schedule(
                second,
                new Commands.ScheduleAppointment("A05-BASE", at.plusMinutes(30), 30, false, "Sala 2", null, true)));
        assertThat(anyway.status()).isEqualTo(AppointmentView.Status.SCHEDULED);

        // moving one onto another is refused the same way, and moves only when confirmed
        assertThatThrownBy(() -> centre.as(() -> appointments.reschedule(
                        next.id(), new Commands.Reschedule(at.plusMinutes(15), "Ritardo"), next.version())))
                .isInstanceOf(DuplicateException.class);
        assertThat(centre.as(() -> appointments.appointment(next.id())).version())
                .isEqualTo(next.version());
        var moved = centre.as(() -> appointments.reschedule(
                next.id(), new Commands.Reschedule(at.plusMinutes(15), "Ritardo", true), next.version()));
        assertThat(moved.startsAt()).isEqualTo(booked.startsAt().plusSeconds(900));
    }
}
