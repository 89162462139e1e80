package it.orienta.interview;

import static org.assertj.core.api.Assertions.assertThat;

import it.orienta.agreement.AgreementMother;
import it.orienta.agreement.AgreementView;
import it.orienta.interview.InterviewSteps.State;
import it.orienta.system.RuleViolationException.Violation;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The interview page's index (each section's state) and its checklist (each missing item with its field). */
class InterviewStepsTest {

    static Map<String, State> states(InterviewSteps guide) {
        var map = new java.util.LinkedHashMap<String, State>();
        guide.steps().forEach(s -> map.put(s.anchor(), s.state()));
        return map;
    }

    /** A fresh draft: nothing saved, no plan, nothing of art. 20. */
    static AgreementView fresh() {
        var full = AgreementMother.draft(1, List.of());
        return new AgreementView(
                full.id(),
                full.personId(),
                1,
                AgreementView.Status.DRAFT,
                null,
                "CPI-FI",
                full.createdAt(),
                full.createdBy(),
                full.updatedAt(),
                full.updatedBy(),
                new AgreementView.Phase1(null, false, false, "", ""),
                new AgreementView.Phase2(null, full.phase2().areas(), null, null),
                new AgreementView.Phase3(null, "", null, null, null, "", "", false, false, false, "", null, List.of()),
                List.of(),
                List.of(),
                null,
                0);
    }

    @Test
    void aFreshDraftHasEverySectionToStartAndEveryItemMissingWithItsField() {
        var guide = InterviewSteps.of(fresh(), true, true);
        assertThat(states(guide))
                .containsExactly(
                        Map.entry("interview", State.RUNNING),
                        Map.entry("phase1", State.NOT_STARTED),
                        Map.entry("phase2", State.NOT_STARTED),
                        Map.entry("plan", State.NOT_STARTED),
                        Map.entry("phase3", State.NOT_STARTED),
                        Map.entry("signature", State.NOT_STARTED));
        assertThat(guide.missing())
                .extracting(m -> m.section() + "#" + m.target())
                .containsExactly(
                        "plan#kind",
                        "phase3#profilingClass",
                        "phase3#contactFrequency",
                        "phase3#proofOfSearch",
                        "phase1#explainedRights",
                        "interview#end");
    }

    @Test
    void aSavedPhaseWithoutWhatSigningNeedsIsSavedButIncomplete() {
        var fresh = fresh();
        var saved = new AgreementView(
                fresh.id(),
                fresh.personId(),
                1,
                AgreementView.Status.DRAFT,
                null,
                "CPI-FI",
                fresh.createdAt(),
                fresh.createdBy(),
                fresh.updatedAt(),
                fresh.updatedBy(),
                new AgreementView.Phase1(fresh.createdAt(), true, false, "", ""),
                new AgreementView.Phase2(fresh.createdAt(), fresh.phase2().areas(), null, null),
                fresh.phase3(),
                AgreementMother.plan(),
                List.of(),
                null,
                2);
        var guide = InterviewSteps.of(saved, true, false);
        assertThat(states(guide))
                .containsEntry("interview", State.COMPLETE)
                .containsEntry("phase1", State.SAVED)
                .containsEntry("phase2", State.COMPLETE)
                .containsEntry("plan", State.COMPLETE)
                .containsEntry("phase3", State.NOT_STARTED)
                .containsEntry("signature", State.NOT_STARTED);
    }

    @Test
    void aReadyDraftIsCompleteAndReadyForSigning() {
        var guide = InterviewSteps.of(AgreementMother.draft(1, AgreementMother.plan()), true, false);
        assertThat(guide.missing()).isEmpty();
        assertThat(states(guide).values()).containsOnly(State.COMPLETE);
        assertThat(InterviewSteps.of(AgreementMother.draft(1, AgreementMother.plan()), false, false)
                        .steps()
                        .getFirst()
                        .state())
                .isEqualTo(State.NOT_STARTED);
    }

    @Test
    void aRefusalsDateIsPutRightOnTheSignaturePageTheRestOnTheInterview() {
        assertThat(InterviewSteps.place(Violation.of("agreement.sign.date.future", "signedOn")))
                .satisfies(m -> {
                    assertThat(m.section()).isEqualTo("sign");
                    assertThat(m.target()).isEqualTo("signedOn");
                });
        assertThat(InterviewSteps.place(Violation.of("agreement.sign.proof-of-search.required", "proofOfSearch"))
                        .target())
                .isEqualTo("proofOfSearch");
    }
}
