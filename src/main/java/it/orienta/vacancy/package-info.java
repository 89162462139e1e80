/**
 * Employers and vacancies (issue 13, measure d's scouting; ADR 0027): the labour market's demand side that matching,
 * proposals, the regional feed and the CSV import build on.
 *
 * <p><b>Owns</b> the tables {@code employer}, {@code vacancy}, {@code vacancy_language}, {@code vacancy_status_change}
 * and {@code ateco_code} (V49, the ATECO 2007 sections and divisions seeded by V50). The rules live in the aggregates
 * {@link it.orienta.vacancy.Employer} (a valid tax code, one employer per tax code, a known ATECO division and
 * municipality) and {@link it.orienta.vacancy.Vacancy} (posts ≥ 1, expiry not before publication, a fifth-level
 * profession, the status transitions with their history).
 *
 * <p><b>Offers</b> — the contract other modules use, kept small:
 * <ul>
 *   <li>{@link it.orienta.vacancy.Vacancies} — the read API: {@code find(UUID)}, {@code history(UUID)},
 *       {@code open(VacancyQuery)} (open, not expired, by units or groups of professions, provinces or municipalities,
 *       reserved for L. 68/99 or not), {@code employersNear(EmployerSearch)} (self-promotion) and the pages'
 *       {@code search(Filter, page)}; answers {@link it.orienta.vacancy.VacancyView} records;</li>
 *   <li>{@link it.orienta.vacancy.VacancyService} — {@code publish}, {@code change}, {@code changeStatus}, the imports'
 *       idempotent {@code upsertFromFeed(VacancyCommand, Status)} (CREATED / UPDATED / UNCHANGED) and
 *       {@code closeExpired(LocalDate)} (daily at 00:30 Rome, once per cluster);</li>
 *   <li>{@link it.orienta.vacancy.EmployerService} — {@code register}, {@code change}, {@code get}, {@code search},
 *       {@code idOf(Source, externalId)}, the imports' {@code upsertFromFeed(EmployerCommand)}, the ATECO table;</li>
 *   <li>{@link it.orienta.vacancy.VacancyTerms} (the vocabulary: source, size band, contract, working time, status,
 *       education levels), {@link it.orienta.vacancy.VacancyCommand}, {@link it.orienta.vacancy.EmployerCommand},
 *       {@link it.orienta.vacancy.EmployerView}, {@link it.orienta.vacancy.VacancyQuery};</li>
 *   <li>{@link it.orienta.vacancy.VacancyEvents} — EmployerRegistered, EmployerChanged, VacancyPublished,
 *       VacancyChanged, VacancyStatusChanged (domain events, not case events; the audit log records them).</li>
 * </ul>
 * Pages under {@code /vacancies} and {@code /employers}, the API under {@code /api/v1/vacancies} and
 * {@code /api/v1/employers}.
 *
 * <p><b>Who</b>: pre-selection operators ({@code MATCHING_OPERATOR}) and coordinators change employers and vacancies,
 * operators read them, regional monitors and administrators neither (decided in the services).
 *
 * <p><b>Reads</b> other modules' data through their Java API or published views: professions through the glossary
 * ({@code ProfessionGlossary#unit}), municipalities and their provinces through {@code ReferenceService} and
 * {@code reference_label_v}; person's vocabulary ({@code DrivingLicence}, {@code CefrLevel}, {@code TaxCode}).
 * Used by: audit (the facts), matching, proposals, the regional feed ({@code vacancyfeed}) and the CSV import
 * ({@code vacancycsv}), through {@code check}, {@code idByTaxCode}, {@code register} and the upserts.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Employers and vacancies",
        allowedDependencies = {"system", "organisation", "reference", "person", "web"})
package it.orienta.vacancy;
