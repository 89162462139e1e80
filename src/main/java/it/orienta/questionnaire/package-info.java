/**
 * The administrators' questionnaire of qualitative profiling: the interview questions (R4: the national standard
 * questions and the card's assessment areas) and the vulnerability indicators (R5), each list ordered, edited and
 * retired, never deleted (answers, marked indicators and referral reasons refer to them).
 *
 * <p>Called {@code questionnaire} rather than {@code indicators} because it holds both lists the interview is made
 * of: half of it is questions.
 *
 * <p>Owns table {@code profiling_item} (created by V14). Offers {@link it.orienta.questionnaire.QuestionnaireService}
 * (the lists, for the profiling interview and the reasons of a referral) and its view {@link
 * it.orienta.questionnaire.ProfilingItem}; the admin pages under {@code /admin/profiling/**} and the API under
 * {@code /api/v1/profiling/*} and {@code /api/v1/admin/profiling/**}. Used by {@code profiling}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Questionnaire",
        allowedDependencies = {"system", "organisation", "web"})
package it.orienta.questionnaire;
