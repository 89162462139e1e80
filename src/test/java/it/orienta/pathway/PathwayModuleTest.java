package it.orienta.pathway;

import static org.assertj.core.api.Assertions.assertThat;

import it.orienta.CaseAtCentre;
import it.orienta.OrientaModuleTest;
import it.orienta.charter.Stage;
import it.orienta.guidance.Attendance;
import it.orienta.guidance.Commands.RecordMeeting;
import it.orienta.guidance.GuidanceService;
import it.orienta.intake.IntakeService;
import it.orienta.organisation.OrganisationService;
import it.orienta.person.PersonService;
import it.orienta.reference.ReferenceService;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.Scenario;

/**
 * The pathway module with the modules it needs, on the embedded PostgreSQL: the stages derived from the intake and
 * guidance's meetings, and closing the pathway with its outcomes.
 */
@OrientaModuleTest(extraIncludes = {"database", "system", "audit", "access", "intake"})
class PathwayModuleTest {

    @Autowired
    PathwayService pathways;

    @Autowired
    PathwayOutcomes outcomes;

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

    static PathwayView.StageState state(PathwayView pathway, Stage stage) {
        return pathway.stages().stream()
                .filter(s -> s.stage() == stage)
                .findFirst()
                .orElseThrow()
                .state();
    }

    @Test
    void theStagesFollowTheIntakeAndTheMeetings() {
        UUID person = centre.person("Percorso", LocalDate.of(1990, 10, 10));
        var before = centre.as(() -> pathways.pathway(person));
        assertThat(before.stages()).hasSize(Stage.values().length);
        assertThat(state(before, Stage.RECEPTION)).isEqualTo(PathwayView.StageState.DONE);

        var start = LocalDateTime.of(2026, 2, 11, 9, 0);
        centre.as(() -> guidance.recordMeeting(
                person,
                new RecordMeeting(
                        "A06-CONS", start, start.plusMinutes(60), Attendance.PRESENT, null, "", "Prova", null)));
        var after = centre.as(() -> pathways.pathway(person));
        assertThat(state(after, Stage.CAREER_COUNSELLING)).isEqualTo(PathwayView.StageState.DONE);
        assertThat(after.stages().stream()
                        .filter(s -> s.stage() == Stage.CAREER_COUNSELLING)
                        .findFirst()
                        .orElseThrow()
                        .lastMeeting())
                .isNotNull();
    }

    @Test
    void closingThePathwayRecordsItsOutcomes(Scenario scenario) {
        UUID person = centre.person("Esito", LocalDate.of(1991, 11, 11));
        var close = new PathwayOutcomes.ClosePathway(
                LocalDate.of(2026, 2, 20), Set.of(Outcome.ACTIVATED, Outcome.REFERRED), null, "Servizi sociali", "");
        scenario.stimulate(() -> centre.as(() -> outcomes.close(person, close)))
                .andWaitForEventOfType(PathwayClosed.class)
                .matching(e -> e.personId().equals(person))
                .toArriveAndVerify(e -> assertThat(e.outcomes()).containsExactly(Outcome.ACTIVATED, Outcome.REFERRED));
        assertThat(centre.as(() -> outcomes.outcomes(person)))
                .singleElement()
                .satisfies(o -> assertThat(o.referredTo()).isEqualTo("Servizi sociali"));
    }
}
