/**
 * A simulator of the regional labour-market system that publishes employers and vacancies, inside the application
 * and on by default with the embedded database only ({@code orienta.vacancysim.enabled}). It speaks the contract
 * Orienta's feed client is written against (docs/vacancy-api.yaml) under {@code /sim/vacancies/v1}, over a
 * realistic Tuscan market it generates once from a fixed seed (employers with valid partite IVA in the ten
 * provinces weighted by population, ~1,000 vacancies across the CP2011 classification), reading the municipalities
 * and professions through {@code reference}'s public API. It keeps its own tables ({@code vacancysim_*}), changes
 * like the real system (a "market day": new vacancies, some filled, withdrawn, expired) on its schedule or from its
 * admin page, and can be told to fail (unreachable, slow, 429) from that page or by tests through
 * {@link it.orienta.vacancysim.VacancySimulator}. Nothing depends on it.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Vacancy system simulator",
        allowedDependencies = {"system", "reference"})
package it.orienta.vacancysim;
