/**
 * Qualitative profiling (R4, R5): each person's one interview, versioned, with the operator's employability score
 * (1–5) beside the quantitative index recorded at intake, the answers to the questionnaire's questions, the
 * vulnerability indicators marked, and the deeper assessment they propose, confirmed once. The aggregate is
 * {@code Interview}, which guards every rule of it.
 *
 * <p>Owns tables {@code profiling_interview}, {@code profiling_answer} and {@code profiling_marked_indicator}
 * (created by V14). Offers {@link it.orienta.profiling.ProfilingService} (the interview, and for the referral module
 * the confirmed assessment and the reasons a referral may draw from the interview), {@link
 * it.orienta.profiling.InterviewView} and {@link it.orienta.profiling.ProfilingEvents}; the page
 * {@code /persons/{id}/profiling} and its API. Uses {@code questionnaire} for the questions and indicators and
 * {@code intake} for the quantitative index. Used by {@code referral}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Profiling",
        allowedDependencies = {"system", "organisation", "person", "intake", "questionnaire", "web"})
package it.orienta.profiling;
