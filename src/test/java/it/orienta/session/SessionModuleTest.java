package it.orienta.session;

import static org.assertj.core.api.Assertions.assertThat;

import it.orienta.CaseAtCentre;
import it.orienta.OrientaModuleTest;
import it.orienta.guidance.Attendance;
import it.orienta.guidance.GuidanceService;
import it.orienta.intake.IntakeService;
import it.orienta.organisation.OrganisationService;
import it.orienta.person.PersonService;
import it.orienta.reference.ReferenceService;
import it.orienta.session.SessionCommands.HoldSession;
import it.orienta.session.SessionCommands.PlanSession;
import it.orienta.session.SessionEvents.ParticipantEnrolled;
import it.orienta.session.SessionEvents.SessionHeld;
import it.orienta.system.Rome;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.Scenario;

/**
 * The session module with the modules it needs, on the embedded PostgreSQL: the capacity and the waiting list, a
 * freed place given to the first waiting, and attendance written as each participant's meeting through guidance.
 */
@OrientaModuleTest(extraIncludes = {"database", "system", "audit", "access", "intake"})
class SessionModuleTest {

    @Autowired
    SessionService sessions;

    @Autowired
    GuidanceService guidance;

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

    SessionView plan(int capacity) {
        var at = LocalDateTime.now(Rome.ZONE).plusDays(7).withHour(9).withMinute(0);
        return centre.as(() ->
                sessions.plan(new PlanSession("A06-SEM", "Laboratorio CV", at, 120, false, "Sala 1", capacity, null)));
    }

    @Test
    void aFreedPlaceGoesToTheFirstWaiting(Scenario scenario) {
        UUID first = centre.person("Primavera", LocalDate.of(1984, 1, 1));
        UUID second = centre.person("Secondini", LocalDate.of(1985, 2, 2));
        var session = plan(1);
        centre.as(() -> sessions.enrol(session.id(), first, false));
        var full = centre.as(() -> sessions.enrol(session.id(), second, true));
        assertThat(full.enrolled())
                .extracting(SessionView.Participant::personId)
                .containsExactly(first);
        assertThat(full.waiting()).extracting(SessionView.Participant::personId).containsExactly(second);
        assertThat(full.version()).isEqualTo(session.version() + 2);

        scenario.stimulate(() -> centre.as(() -> sessions.withdraw(session.id(), first, "Malato")))
                .andWaitForEventOfType(ParticipantEnrolled.class)
                .matching(e -> e.personId().equals(second) && e.promoted())
                .toArriveAndVerify(e -> assertThat(e.waiting()).isFalse());
        var after = centre.as(() -> sessions.session(session.id()));
        assertThat(after.enrolled())
                .extracting(SessionView.Participant::personId)
                .containsExactly(second);
        assertThat(after.withdrawn())
                .extracting(SessionView.Participant::personId)
                .containsExactly(first);
    }

    @Test
    void holdingWritesEachParticipantsMeetingThroughGuidance(Scenario scenario) {
        UUID here = centre.person("Presente", LocalDate.of(1986, 3, 3));
        UUID away = centre.person("Assente", LocalDate.of(1987, 4, 4));
        var session = plan(5);
        centre.as(() -> sessions.enrol(session.id(), here, false));
        var enrolled = centre.as(() -> sessions.enrol(session.id(), away, false));
        var start = LocalDateTime.of(2026, 2, 2, 9, 0);
        var hold = new HoldSession(
                start,
                start.plusMinutes(120),
                Map.of(here, Attendance.PRESENT, away, Attendance.ABSENT_JUSTIFIED),
                Map.of(away, "Visita medica"),
                "Curriculum",
                "Prova");
        scenario.stimulate(() -> centre.as(() -> sessions.hold(session.id(), hold, enrolled.version())))
                .andWaitForEventOfType(SessionHeld.class)
                .matching(e -> e.sessionId().equals(session.id()))
                .toArriveAndVerify(e -> {
                    assertThat(e.present()).isEqualTo(1);
                    assertThat(e.absent()).isEqualTo(1);
                });
        var held = centre.as(() -> sessions.session(session.id()));
        assertThat(held.status()).isEqualTo(SessionView.Status.HELD);
        assertThat(held.heldMinutes()).isEqualTo(120);
        assertThat(held.enrolled()).allSatisfy(p -> assertThat(p.meetingId()).isNotNull());
        var meeting = centre.as(() -> guidance.meetings(here)).getFirst();
        assertThat(meeting.group()).isTrue();
        assertThat(meeting.sessionId()).isEqualTo(session.id());
        assertThat(meeting.minutes()).isEqualTo(120);
        var absence = centre.as(() -> guidance.meetings(away)).getFirst();
        assertThat(absence.attendance()).isEqualTo(Attendance.ABSENT_JUSTIFIED);
        assertThat(absence.justification()).isEqualTo("Visita medica");
        assertThat(absence.minutes()).isNull();
    }
}
