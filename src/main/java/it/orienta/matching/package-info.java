/**
 * Matching, explained (issue 13, ADR 0028): which persons fit a vacancy and which vacancies fit a person, from one
 * scoring model whose factors, reasons and gaps are visible. The module knows no vacancy: the vacancy module maps
 * its vacancies to {@link it.orienta.matching.Wanted}.
 *
 * <p><b>Owns</b> the table {@code match_profile} (V51): the candidate profile, one row per person, a projection
 * kept fresh from the owning modules' events (person, intake, occupation, cv) and rebuilt in full at start-up when
 * empty or on demand, through their public reads ({@code PersonReads}, {@code Charges}, {@code IntakeService},
 * {@code OccupationDirectory}, {@code CvFiles}), never their tables.
 *
 * <p><b>Offers</b> {@link it.orienta.matching.Matching} (the candidates for a vacancy, the ranked vacancies for a
 * person, the rebuild), its answers ({@link it.orienta.matching.Candidates}, {@link it.orienta.matching.Candidate},
 * {@link it.orienta.matching.VacancyFit}, {@link it.orienta.matching.Explanation} — also the snapshot a proposal
 * stores), {@link it.orienta.matching.Wanted}, {@link it.orienta.matching.EducationLevel},
 * {@link it.orienta.matching.Widening} and the weights {@link it.orienta.matching.MatchWeights}. Used by the vacancy
 * and proposal parts of issue 13 and their pages.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Matching",
        allowedDependencies = {"system", "organisation", "person", "intake", "occupation", "cv"})
package it.orienta.matching;
