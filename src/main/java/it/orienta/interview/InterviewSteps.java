package it.orienta.interview;

import it.orienta.agreement.AgreementView;
import it.orienta.system.RuleViolationException.Violation;
import java.util.List;
import java.util.Map;

/**
 * The interview page's index and its pre-signature checklist: each section with its state (not started, the meeting
 * running, saved but incomplete for signing, complete for signing) and each thing signing still needs, with the
 * section it belongs to and the control on the interview page it is filled in. The list of what signing needs is the
 * agreement's own ({@link AgreementView#missingForSignature}), the same a refused signature gives.
 */
record InterviewSteps(List<Step> steps, List<Missing> missing) {

    enum State {
        NOT_STARTED,
        RUNNING,
        SAVED,
        COMPLETE
    }

    /** A section of the interview page: its anchor (the section's id), its short name's key, its state. */
    record Step(String anchor, String labelKey, State state) {}

    /** One thing signing needs: the violation (its message), its section and the id of the control to fill in. */
    record Missing(Violation violation, String section, String target) {}

    /** The field a violation names, its section and its control on the interview page; no field: the meeting. */
    private static final Map<String, List<String>> PLACES = Map.of(
            "explainedRights", List.of("phase1", "explainedRights"),
            "items", List.of("plan", "kind"),
            "profilingClass", List.of("phase3", "profilingClass"),
            "contactFrequency", List.of("phase3", "contactFrequency"),
            "proofOfSearch", List.of("phase3", "proofOfSearch"));

    static InterviewSteps of(AgreementView draft, boolean anyMeeting, boolean meetingRunning) {
        var missing = draft.missingForSignature(meetingRunning).stream()
                .map(InterviewSteps::place)
                .toList();
        var steps = List.of(
                new Step(
                        "interview",
                        "agreement.steps.interview",
                        !anyMeeting ? State.NOT_STARTED : meetingRunning ? State.RUNNING : State.COMPLETE),
                new Step(
                        "phase1", "agreement.steps.phase1", state(draft.phase1().savedAt() != null, "phase1", missing)),
                new Step(
                        "phase2", "agreement.steps.phase2", state(draft.phase2().savedAt() != null, "phase2", missing)),
                new Step("plan", "agreement.steps.plan", state(!draft.items().isEmpty(), "plan", missing)),
                new Step(
                        "phase3", "agreement.steps.phase3", state(draft.phase3().savedAt() != null, "phase3", missing)),
                new Step(
                        "signature",
                        "agreement.steps.signature",
                        missing.isEmpty() ? State.COMPLETE : State.NOT_STARTED));
        return new InterviewSteps(steps, missing);
    }

    /**
     * Where a violation is put right: the signature page's own fields (section {@code sign}), a field of the
     * interview page, or (no field) the interview's running meeting, closed at its end time.
     */
    static Missing place(Violation v) {
        if ("signedOn".equals(v.field()) || "scan".equals(v.field())) {
            return new Missing(v, "sign", v.field());
        }
        var place = v.field() == null ? null : PLACES.get(v.field());
        return place == null ? new Missing(v, "interview", "end") : new Missing(v, place.get(0), place.get(1));
    }

    private static State state(boolean saved, String section, List<Missing> missing) {
        if (!saved) {
            return State.NOT_STARTED;
        }
        return missing.stream().anyMatch(m -> m.section().equals(section)) ? State.SAVED : State.COMPLETE;
    }
}
