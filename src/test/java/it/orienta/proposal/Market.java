package it.orienta.proposal;

import it.orienta.Employers;
import it.orienta.organisation.OrganisationService;
import it.orienta.organisation.Role;
import it.orienta.reference.CodeSystem;
import it.orienta.reference.ReferenceService;
import it.orienta.system.Actor;
import it.orienta.vacancy.EmployerCommand;
import it.orienta.vacancy.EmployerService;
import it.orienta.vacancy.VacancyCommand;
import it.orienta.vacancy.VacancyService;
import it.orienta.vacancy.VacancyTerms.ContractType;
import it.orienta.vacancy.VacancyTerms.Source;
import it.orienta.vacancy.VacancyTerms.Status;
import it.orienta.vacancy.VacancyTerms.WorkingTime;
import it.orienta.vacancy.VacancyView;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.core.io.ClassPathResource;

/**
 * For the proposal tests: a pre-selection operator at a centre who publishes vacancies through {@link VacancyService},
 * as the vacancy module's own pages do.
 */
final class Market {

    private final OrganisationService organisation;
    private final EmployerService employers;
    private final VacancyService vacancies;
    final String matcher;

    Market(
            OrganisationService organisation,
            EmployerService employers,
            VacancyService vacancies,
            ReferenceService reference,
            String centre)
            throws Exception {
        this.organisation = organisation;
        this.employers = employers;
        this.vacancies = vacancies;
        for (var file : List.of("demo-municipalities.xml", "demo-professions.xml")) {
            var system = file.contains("municipalities") ? CodeSystem.MUNICIPALITY : CodeSystem.PROFESSION;
            if (reference.count(system) == 0) {
                try (var in = new ClassPathResource("reference/demo/" + file).getInputStream()) {
                    reference.importFhir(in, file, system, Actor.SYSTEM);
                }
            }
        }
        matcher = "pre" + centre.toLowerCase();
        organisation.createOperator(
                new OrganisationService.OperatorCommand(
                        matcher,
                        "Preselezione Prova",
                        matcher + "@test.it",
                        EnumSet.of(Role.MATCHING_OPERATOR),
                        Set.of(centre),
                        true),
                "Module.Test.2026");
    }

    /** An open vacancy in Florence, of a new employer, expiring in a month. */
    VacancyView vacancy(String title) {
        return organisation.runAs(matcher, () -> {
            var employer = employers.register(new EmployerCommand(
                    Employers.partitaIva(),
                    "Trattoria " + title,
                    "56.10.11",
                    "048017",
                    "Via Roma 1",
                    "",
                    "",
                    "",
                    null,
                    "",
                    null,
                    null));
            return vacancies.publish(new VacancyCommand(
                    employer.id(),
                    "5.2.2.3.2",
                    title,
                    "",
                    1,
                    "048017",
                    ContractType.FIXED_TERM,
                    WorkingTime.FULL_TIME,
                    null,
                    LocalDate.now().minusDays(1),
                    LocalDate.now().plusDays(30),
                    null,
                    false,
                    Source.MANUAL,
                    null));
        });
    }

    /** The vacancy suspended by the pre-selection operator. */
    VacancyView suspend(VacancyView v) {
        return organisation.runAs(
                matcher, () -> vacancies.changeStatus(v.id(), v.version(), Status.SUSPENDED, "pausa", null));
    }

    <T> T as(java.util.function.Supplier<T> action) {
        return organisation.runAs(matcher, action);
    }
}
