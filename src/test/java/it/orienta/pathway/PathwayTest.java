package it.orienta.pathway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.mock;

import it.orienta.charter.CharterService;
import it.orienta.charter.Stage;
import it.orienta.guidance.GuidanceFixtures;
import it.orienta.guidance.GuidanceService;
import it.orienta.intake.IntakeService;
import it.orienta.system.CaseAccess;
import it.orienta.system.CaseAccessDeniedException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The pathway is the one source of every stepper: a stage another module knows better (the PSP's, signed) comes
 * from its {@link PathwayStageSource}, so the guidance page and the worker file say the same; and it is read only
 * under the access policy.
 */
class PathwayTest {

    static final UUID PERSON = GuidanceFixtures.PERSON;

    final CaseAccess access = mock(CaseAccess.class);
    final IntakeService intakes = mock(IntakeService.class);
    final CharterService charter = mock(CharterService.class);

    @SuppressWarnings("unchecked")
    PathwayService guidance(PathwayStageSource... sources) {
        ObjectProvider<PathwayStageSource> provider = mock(ObjectProvider.class);
        given(provider.orderedStream()).willAnswer(i -> Stream.of(sources));
        given(intakes.intakes(PERSON)).willReturn(List.of());
        given(charter.activities()).willReturn(List.of());
        return new PathwayService(mock(GuidanceService.class), intakes, charter, access, provider);
    }

    static PathwayStageSource agreement(PathwayView.StageState state) {
        return new PathwayStageSource() {
            @Override
            public Stage stage() {
                return Stage.AGREEMENT;
            }

            @Override
            public Optional<PathwayView.StageState> state(UUID personId) {
                return Optional.ofNullable(state);
            }
        };
    }

    static PathwayView.StageState state(PathwayView pathway, Stage stage) {
        return pathway.stages().stream()
                .filter(s -> s.stage() == stage)
                .findFirst()
                .orElseThrow()
                .state();
    }

    @Test
    void aSignedPspMakesTheAgreementStageDoneOnThePathwayItself() {
        var pathway = guidance(agreement(PathwayView.StageState.DONE)).pathway(PERSON);
        assertThat(state(pathway, Stage.AGREEMENT)).isEqualTo(PathwayView.StageState.DONE);
        assertThat(state(pathway, Stage.RECEPTION)).isEqualTo(PathwayView.StageState.NOT_STARTED);
    }

    @Test
    void withoutAPspTheStageKeepsWhatTheMeetingsSay() {
        var pathway = guidance(agreement(null)).pathway(PERSON);
        assertThat(state(pathway, Stage.AGREEMENT)).isEqualTo(PathwayView.StageState.NOT_STARTED);
        assertThat(guidance().pathway(PERSON).stages()).hasSize(Stage.values().length);
    }

    @Test
    void thePathwayIsReadUnderThePolicy() {
        willThrow(new CaseAccessDeniedException("access.other-centre", PERSON, "CPI Pisa"))
                .given(access)
                .read(PERSON, "pathway");
        assertThatThrownBy(
                        () -> guidance(agreement(PathwayView.StageState.DONE)).pathway(PERSON))
                .isInstanceOf(CaseAccessDeniedException.class);
    }
}
