package it.orienta.caseload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.orienta.CaseAtCentre;
import it.orienta.OrientaModuleTest;
import it.orienta.caseload.CaseloadFilter.NextAppointment;
import it.orienta.caseload.CaseloadFilter.Sort;
import it.orienta.charter.Stage;
import it.orienta.guidance.AppointmentService;
import it.orienta.guidance.Attendance;
import it.orienta.guidance.Commands.RecordMeeting;
import it.orienta.guidance.Commands.ScheduleAppointment;
import it.orienta.guidance.GuidanceService;
import it.orienta.intake.IntakeService;
import it.orienta.organisation.OrganisationService;
import it.orienta.organisation.Role;
import it.orienta.person.PersonService;
import it.orienta.reference.ReferenceService;
import it.orienta.system.CaseAccessDeniedException;
import it.orienta.system.Rome;
import it.orienta.system.RuleViolationException;
import it.orienta.system.StaleVersionException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.Scenario;

/**
 * The caseload with the modules whose facts it keeps: a person taken in charge is the responsibility of the operator
 * who did it; the coordinator moves two persons to another operator with a reason, kept as history and published;
 * each operator then lists their own; one who leaves the centre leaves their persons unassigned; the stage and the
 * next appointment follow guidance's facts.
 */
@OrientaModuleTest(
        extraIncludes = {
            "database",
            "system",
            "audit",
            "access",
            "intake",
            "person",
            "reference",
            "guidance",
            "charter",
            "home",
            "web"
        })
class CaseloadModuleTest {

    @Autowired
    CaseloadService caseload;

    @Autowired
    OrganisationService organisation;

    @Autowired
    PersonService persons;

    @Autowired
    IntakeService intakes;

    @Autowired
    ReferenceService reference;

    @Autowired
    GuidanceService guidance;

    @Autowired
    AppointmentService appointments;

    @Autowired
    Clock clock;

    CaseAtCentre centre;
    String second;
    String coordinator;

    @BeforeEach
    void setUp() throws Exception {
        centre = new CaseAtCentre(organisation, persons, intakes, reference);
        second = user("sec", Role.OPERATOR);
        coordinator = user("coo", Role.COORDINATOR);
    }

    String user(String prefix, Role role) {
        String username = prefix + centre.centre.toLowerCase();
        organisation.createOperator(
                new OrganisationService.OperatorCommand(
                        username,
                        "Seconda " + prefix,
                        username + "@test.it",
                        EnumSet.of(role),
                        Set.of(centre.centre),
                        true),
                "Module.Test.2026");
        return username;
    }

    CaseloadFilter all() {
        return new CaseloadFilter(null, false, null, null, false, null, Sort.NAME, 0, 50);
    }

    List<UUID> listed(String username, CaseloadFilter filter) {
        return organisation.runAs(username, () -> caseload.list(filter)).rows().stream()
                .map(CaseloadRow::personId)
                .toList();
    }

    @Test
    void theCoordinatorMovesTwoPersonsToAnotherOperatorWithAReasonKeptAsHistory(Scenario scenario) {
        var anna = centre.person("Anna", LocalDate.of(1980, 1, 1));
        var bruno = centre.person("Bruno", LocalDate.of(1981, 2, 2));
        var carla = centre.person("Carla", LocalDate.of(1982, 3, 3));
        assertThat(listed(centre.username, all())).containsExactly(anna, bruno, carla);
        assertThat(listed(second, all())).isEmpty();

        var rows = organisation.runAs(coordinator, () -> caseload.list(all())).rows();
        var secondId = organisation.operatorByUsername(second).orElseThrow().id();
        Map<UUID, Long> two = new LinkedHashMap<>();
        rows.stream().filter(r -> !r.personId().equals(carla)).forEach(r -> two.put(r.personId(), r.version()));

        scenario.stimulate(() -> organisation.runAs(
                        coordinator, () -> caseload.assign(two, secondId, "Riequilibrio dei carichi di lavoro")))
                .andWaitForEventOfType(CaseloadEvents.PersonAssigned.class)
                .matching(e -> e.personId().equals(bruno))
                .toArriveAndVerify(e -> {
                    assertThat(e.toOperatorId()).isEqualTo(secondId);
                    assertThat(e.fromOperatorName()).isEqualTo("Modulo Prova");
                    assertThat(e.reason()).isEqualTo("Riequilibrio dei carichi di lavoro");
                });

        assertThat(listed(second, all())).containsExactly(anna, bruno);
        assertThat(listed(centre.username, all())).containsExactly(carla);
        // an operator's own filter cannot be widened: asking for another's persons still lists their own
        assertThat(listed(centre.username, new CaseloadFilter(secondId, false, null, null, false, null, null, 0, 50)))
                .containsExactly(carla);
        assertThat(listed(coordinator, new CaseloadFilter(secondId, false, null, null, false, null, null, 0, 50)))
                .containsExactly(anna, bruno);

        var history = organisation.runAs(second, () -> caseload.history(anna));
        assertThat(history)
                .extracting(AssignmentChange::kind)
                .containsExactly(AssignmentChange.Kind.ASSIGN, AssignmentChange.Kind.INTAKE);
        assertThat(history.getFirst()).satisfies(c -> {
            assertThat(c.fromOperatorName()).isEqualTo("Modulo Prova");
            assertThat(c.toOperatorId()).isEqualTo(secondId);
            assertThat(c.changedByName()).isEqualTo("Seconda coo");
        });

        // the versions the coordinator saw are gone: a second assignment from the same list is refused, nothing saved
        assertThatThrownBy(() -> organisation.runAs(
                        coordinator,
                        () -> caseload.assign(
                                two,
                                organisation
                                        .operatorByUsername(centre.username)
                                        .orElseThrow()
                                        .id(),
                                "Di nuovo")))
                .isInstanceOf(StaleVersionException.class);
        assertThat(listed(second, all())).containsExactly(anna, bruno);
    }

    @Test
    void onlyTheCoordinatorAssignsAndOnlyToAnOperatorOfTheCentreWithAReason() {
        var dario = centre.person("Dario", LocalDate.of(1983, 4, 4));
        var secondId = organisation.operatorByUsername(second).orElseThrow().id();
        assertThatThrownBy(() -> centre.as(() -> caseload.assign(Map.of(dario, 0L), secondId, "Ferie lunghe")))
                .isInstanceOfSatisfying(
                        CaseAccessDeniedException.class,
                        e -> assertThat(e.code()).isEqualTo("access.role"));
        assertThatThrownBy(() -> organisation.runAs(
                        coordinator, () -> caseload.assign(Map.of(dario, 0L), UUID.randomUUID(), "")))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.violations())
                                .extracting(RuleViolationException.Violation::field)
                                .containsExactly("operatorId", "reason"));
        // a person of another centre is not the coordinator's to assign
        var elsewhere = anotherCentre();
        var stranger = elsewhere.person("Estraneo", LocalDate.of(1984, 5, 5));
        assertThatThrownBy(() -> organisation.runAs(
                        coordinator, () -> caseload.assign(Map.of(stranger, 0L), secondId, "Non è nostro")))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.code()).isEqualTo("caseload.person.not-in-charge"));
    }

    CaseAtCentre anotherCentre() {
        try {
            return new CaseAtCentre(organisation, persons, intakes, reference);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void anOperatorWhoLeavesTheCentreLeavesTheirPersonsUnassigned() throws Exception {
        var elena = centre.person("Elena", LocalDate.of(1985, 6, 6));
        var unassigned = new CaseloadFilter(null, true, null, null, false, null, null, 0, 50);
        assertThat(listed(coordinator, unassigned)).isEmpty();

        var leaving = organisation.operatorByUsername(centre.username).orElseThrow();
        var other = new CaseAtCentre(organisation, persons, intakes, reference);
        organisation.updateOperator(
                leaving.id(),
                leaving.version(),
                new OrganisationService.OperatorCommand(
                        leaving.username(),
                        leaving.fullName(),
                        leaving.email(),
                        leaving.roles(),
                        Set.of(other.centre),
                        true),
                null);

        assertThat(listed(coordinator, unassigned)).containsExactly(elena);
        assertThat(organisation.runAs(coordinator, () -> caseload.list(all())).rows())
                .singleElement()
                .satisfies(r -> assertThat(r.operatorId()).isNull());
        assertThat(organisation.runAs(coordinator, caseload::operators))
                .extracting(CaseloadService.OperatorChoice::name)
                .containsExactly("Seconda coo", "Seconda sec");
    }

    @Test
    void theStageAndTheNextAppointmentFollowGuidancesFacts() {
        var fabio = centre.person("Fabio", LocalDate.of(1986, 7, 7));
        var gina = centre.person("Gina", LocalDate.of(1987, 8, 8));
        assertThat(organisation.runAs(coordinator, () -> caseload.list(all())).rows())
                .extracting(CaseloadRow::stage)
                .containsOnly(Stage.RECEPTION);

        var past = LocalDateTime.of(2026, 3, 2, 9, 0);
        centre.as(() -> guidance.recordMeeting(
                fabio,
                new RecordMeeting(
                        "A06-CONS", past, past.plusMinutes(60), Attendance.PRESENT, null, "Note", "Prova", null)));
        var counselling = new CaseloadFilter(null, false, Stage.CAREER_COUNSELLING, null, false, null, null, 0, 50);
        assertThat(listed(coordinator, counselling)).containsExactly(fabio);

        var now = LocalDateTime.now(clock.withZone(Rome.ZONE));
        var soon = now.plusMinutes(10).withSecond(0).withNano(0);
        var nextWeek = now.plusDays(8);
        centre.as(() ->
                appointments.schedule(fabio, new ScheduleAppointment("A05-BASE", soon, 30, false, "Sala 1", null)));
        centre.as(() ->
                appointments.schedule(gina, new ScheduleAppointment("A05-BASE", nextWeek, 30, false, "Sala 1", null)));

        var weekEnd =
                now.toLocalDate().with(TemporalAdjusters.next(DayOfWeek.MONDAY)).atStartOfDay();
        var thisWeek = new CaseloadFilter(null, false, null, NextAppointment.THIS_WEEK, false, null, null, 0, 50);
        assertThat(listed(coordinator, thisWeek)).isEqualTo(soon.isBefore(weekEnd) ? List.of(fabio) : List.of());
        var none = new CaseloadFilter(null, false, null, NextAppointment.NONE, false, null, null, 0, 50);
        assertThat(listed(coordinator, none)).isEmpty();
        var byAppointment = new CaseloadFilter(null, false, null, null, false, null, Sort.NEXT_APPOINTMENT, 0, 50);
        assertThat(listed(coordinator, byAppointment)).containsExactly(fabio, gina);
        assertThat(organisation
                        .runAs(coordinator, () -> caseload.list(byAppointment))
                        .rows()
                        .getFirst()
                        .nextAppointment())
                .isEqualTo(soon.atZone(Rome.ZONE).toInstant());
    }

    @Test
    void aPageHoldsAtMostItsSizeAndSaysWhetherMoreFollow() {
        for (int i = 0; i < 3; i++) {
            centre.person("Pagina" + (char) ('A' + i), LocalDate.of(1990, 1, 1 + i));
        }
        var first = organisation.runAs(
                coordinator, () -> caseload.list(new CaseloadFilter(null, false, null, null, false, null, null, 0, 2)));
        var second = organisation.runAs(
                coordinator, () -> caseload.list(new CaseloadFilter(null, false, null, null, false, null, null, 1, 2)));
        assertThat(first.rows()).hasSize(2);
        assertThat(first.hasMore()).isTrue();
        assertThat(second.rows()).hasSize(1);
        assertThat(second.hasMore()).isFalse();
    }
}
