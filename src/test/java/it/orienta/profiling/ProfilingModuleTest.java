package it.orienta.profiling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.orienta.OrientaModuleTest;
import it.orienta.intake.ConsentState;
import it.orienta.intake.IntakeCommand;
import it.orienta.intake.IntakeService;
import it.orienta.organisation.OrganisationService;
import it.orienta.organisation.Role;
import it.orienta.person.PersonCommand;
import it.orienta.person.PersonService;
import it.orienta.person.Sex;
import it.orienta.profiling.ProfilingEvents.AssessmentConfirmed;
import it.orienta.profiling.ProfilingEvents.InterviewSaved;
import it.orienta.profiling.ProfilingEvents.ScoreRecorded;
import it.orienta.reference.ReferenceService;
import it.orienta.system.Actor;
import it.orienta.system.RuleViolationException;
import it.orienta.system.StaleVersionException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.modulith.test.Scenario;

/**
 * The profiling module with the modules it needs, on the embedded PostgreSQL: the interview is saved as a JPA
 * aggregate (first save version 1, answers and indicators with it), the score and the assessment publish what the
 * worker file and the audit log listen to, a stale version is refused.
 */
@OrientaModuleTest(extraIncludes = {"database", "system", "audit", "access", "intake"})
class ProfilingModuleTest {

    static final UUID QUESTION = UUID.fromString("6b0e6f1c-0001-4a00-8000-000000000003");
    static final UUID HOUSING = UUID.fromString("6b0e6f1c-0002-4a00-8000-000000000005");

    @Autowired
    ProfilingService profiling;

    @Autowired
    IntakeService intakes;

    @Autowired
    PersonService persons;

    @Autowired
    OrganisationService organisation;

    @Autowired
    ReferenceService reference;

    @Autowired
    java.time.Clock clock;

    String username;
    UUID person;

    @BeforeEach
    void setUp() throws Exception {
        if (reference.count(it.orienta.reference.CodeSystem.MUNICIPALITY) == 0) {
            try (var in = new ClassPathResource("reference/demo/demo-municipalities.xml").getInputStream()) {
                reference.importFhir(in, "m.xml", null, Actor.SYSTEM);
            }
        }
        String centre = "P" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        organisation.createCentre(new OrganisationService.CentreCommand(centre, "CPI Test", "FI", "Via Test 1", true));
        username = "mod" + centre.toLowerCase();
        organisation.createOperator(
                new OrganisationService.OperatorCommand(
                        username,
                        "Module Test",
                        username + "@test.it",
                        EnumSet.of(Role.OPERATOR),
                        Set.of(centre),
                        true),
                "Module.Test.2026");
        if (intakes.currentNotice().isEmpty()) {
            organisation.runAs(username, () -> intakes.publishNotice("Informativa", "Testo"));
        }
        var born = LocalDate.of(1980, 1, 1).plusDays(Math.floorMod(centre.hashCode(), 9000));
        person = organisation
                .runAs(
                        username,
                        () -> persons.register(new PersonCommand(
                                it.orienta.Persons.taxCode("Profilo", "Prova", born, false, "D612"),
                                "Profilo",
                                "Prova",
                                Sex.M,
                                born,
                                "048017",
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                List.of())))
                .id();
        var notice = intakes.currentNotice().orElseThrow().id();
        organisation.runAs(
                username,
                () -> intakes.takeInCharge(
                        person,
                        new IntakeCommand(
                                LocalDate.now(clock),
                                notice,
                                true,
                                ConsentState.GIVEN,
                                new BigDecimal("0.42"),
                                LocalDate.now(clock).minusDays(1))));
    }

    SaveInterview interview(Integer score, Set<UUID> indicators) {
        return new SaveInterview(LocalDate.now(clock), Map.of(QUESTION, "Magazziniere"), score, indicators, "note");
    }

    @Test
    void theFirstSaveIsVersionOneAndPublishesTheInterviewAndTheScore(Scenario scenario) {
        assertThat(organisation.runAs(
                        username, () -> profiling.interview(person).version()))
                .isZero();
        scenario.stimulate(() -> organisation.runAs(
                        username, () -> profiling.saveInterview(person, interview(3, Set.of(HOUSING)), 0)))
                .andWaitForEventOfType(ScoreRecorded.class)
                .matching(e -> e.personId().equals(person))
                .toArriveAndVerify(e -> {
                    assertThat(e.score()).isEqualTo(3);
                    assertThat(e.previous()).isNull();
                });
        var saved = organisation.runAs(username, () -> profiling.interview(person));
        assertThat(saved.version()).isEqualTo(1);
        assertThat(saved.recorded()).isTrue();
        assertThat(saved.answers()).containsEntry(QUESTION, "Magazziniere");
        assertThat(saved.indicators()).containsExactly(HOUSING);
        assertThat(saved.quantitativeIndex()).isEqualByComparingTo("0.42");
        assertThat(saved.assessmentProposed()).isTrue();
        assertThat(organisation.runAs(username, () -> profiling.reasonOptions(person)))
                .extracting(ProfilingService.ReasonOption::ref)
                .containsExactly("INDICATOR:" + HOUSING, "ANSWER:" + QUESTION);
    }

    @Test
    void aSecondSaveIsAnUpdateAndAStaleOneIsRefused(Scenario scenario) {
        organisation.runAs(username, () -> profiling.saveInterview(person, interview(3, Set.of()), 0));
        scenario.stimulate(() -> organisation.runAs(
                        username,
                        () -> profiling.saveInterview(
                                person, new SaveInterview(LocalDate.now(clock), Map.of(), 3, Set.of(), ""), 1)))
                .andWaitForEventOfType(InterviewSaved.class)
                .matching(e -> e.personId().equals(person) && !e.first())
                .toArriveAndVerify(e -> {
                    assertThat(e.answers()).isZero();
                    assertThat(e.fields()).containsExactly("answers", "notes");
                });
        assertThat(organisation.runAs(username, () -> profiling.interview(person)))
                .satisfies(i -> {
                    assertThat(i.version()).isEqualTo(2);
                    assertThat(i.answers()).isEmpty();
                });
        assertThatThrownBy(() ->
                        organisation.runAs(username, () -> profiling.saveInterview(person, interview(4, Set.of()), 1)))
                .isInstanceOf(StaleVersionException.class);
        assertThatThrownBy(() ->
                        organisation.runAs(username, () -> profiling.saveInterview(person, interview(9, Set.of()), 2)))
                .isInstanceOf(RuleViolationException.class);
        assertThat(organisation.runAs(
                        username, () -> profiling.interview(person).version()))
                .isEqualTo(2);
    }

    @Test
    void theAssessmentIsConfirmedOnceAndOpensTheWayToTheSocialServices(Scenario scenario) {
        organisation.runAs(username, () -> profiling.saveInterview(person, interview(2, Set.of(HOUSING)), 0));
        scenario.stimulate(() -> organisation.runAs(
                        username, () -> profiling.confirmAssessment(person, new ConfirmAssessment("colloquio"), 1)))
                .andWaitForEventOfType(AssessmentConfirmed.class)
                .matching(e -> e.personId().equals(person))
                .toArrive();
        var basis = organisation.runAs(username, () -> profiling.referralBasis(person));
        assertThat(basis.assessmentConfirmed()).isTrue();
        assertThatThrownBy(() -> organisation.runAs(
                        username, () -> profiling.confirmAssessment(person, new ConfirmAssessment(null), 2)))
                .isInstanceOf(RuleViolationException.class);
    }
}
