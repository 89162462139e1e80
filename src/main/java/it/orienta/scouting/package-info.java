/**
 * Opportunità (issue 13, measure d's scouting): the open vacancies that fit a person and the candidates that fit a
 * vacancy, each explained — the glue between the {@code vacancy} module (what is offered) and the {@code matching}
 * module (how well it fits).
 *
 * <p><b>Owns</b> no table: it reads vacancies through {@code vacancy.Vacancies}, scores through
 * {@code matching.Matching}, and reads the person's professions, place and reach to travel through the owners'
 * public reads ({@code person.PersonReads#matchingFacts}, {@code occupation.OccupationDirectory#matchingFacts}).
 *
 * <p><b>Offers</b> {@link it.orienta.scouting.VacancyWanted} (a vacancy as matching reads it: the one mapping from
 * {@code VacancyView} to {@code matching.Wanted}, for proposals too), {@link it.orienta.scouting.OpportunityService}
 * (a person's best 20 open vacancies, widened step by step from the person's professions and reach, ranked by
 * matching; a read of the person's case) and {@link it.orienta.scouting.CandidateService} (a vacancy's best
 * candidates across the region, with only what matching may show). Pages: {@code /persons/{id}/opportunities}
 * (linked from the worker file and the PSP interview's measure d) and the candidates of the vacancy detail
 * ({@code /vacancies/{id}/candidates}, loaded by htmx into its {@code #vacancy-candidates} slot); the API
 * {@code /api/v1/persons/{id}/opportunities} and {@code /api/v1/vacancies/{id}/candidates}. Their "Proponi" buttons
 * lead to the proposals' form ({@code /proposals/new?vacancyId=&personId=}).
 *
 * <p>And support to self-promotion (ADR 0033): {@link it.orienta.scouting.SelfPromotionService} lists the companies
 * potentially interested in a person (employers near them that hired in their professions or groups in 24 months, or
 * work in the ATECO divisions of their SEP sectors, {@link it.orienta.scouting.CompanyRanking}) and produces the
 * document the person takes home, whose fact {@link it.orienta.scouting.SelfPromotionSupported} goes on the timeline.
 * Page {@code /persons/{id}/companies}; API {@code /api/v1/persons/{id}/companies} and
 * {@code /api/v1/persons/{id}/self-promotion-documents}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Opportunità (scouting)",
        allowedDependencies = {
            "system",
            "organisation",
            "reference",
            "person",
            "occupation",
            "charter",
            "vacancy",
            "matching",
            "web"
        })
package it.orienta.scouting;
