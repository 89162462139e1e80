/**
 * The three-phase basic-guidance interview as the operator meets it (R6–R10): the interview page with its three
 * phases and the plan items of the draft, guided by an index of its sections with their state under a sticky person
 * bar with the meeting's clock, and by a pre-signature checklist of everything signing still needs ({@link
 * it.orienta.interview.InterviewSteps}), the interview's basic-guidance meetings (A05), started and ended
 * through guidance so that their time is judged against the charter and linked to the draft, and the signature page;
 * the same in the REST API (drafting a version, phases, plan items, meetings, signature).
 *
 * <p>Owns no table: the draft is the agreement module's aggregate, changed through {@link
 * it.orienta.agreement.AgreementService}; the meetings are guidance's. Offers {@link
 * it.orienta.interview.InterviewService} (the interview's meetings), used by pspversions to show them on a version.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Basic-guidance interview",
        allowedDependencies = {"system", "organisation", "person", "charter", "guidance", "agreement", "web"})
package it.orienta.interview;
