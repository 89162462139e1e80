package it.orienta.demo;

import it.orienta.occupation.Availability;
import it.orienta.occupation.OccupationCommand;
import it.orienta.occupation.OccupationService;
import it.orienta.organisation.OrganisationService;
import it.orienta.person.PersonService;
import it.orienta.reference.ProfessionGlossary;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo desired occupations for the embedded default run, after the demo persons ({@link DemoData}, order 20),
 * written through the occupation module's public API as the demo operator of CPI Firenze: Mario Rossi and Elena
 * Popescu get occupations from the demo professions, Mario Rossi an availability; Lucia Martelli (in charge with the
 * matching consent, in Pisa) an occupation and an availability too, so that she and Mario Rossi find the vacancies
 * the simulated market always has open for them (vacancysim's DemoAnchors, issue 13). Skipped when either of the first
 * two already has an occupation, when either is missing, or when a demo profession is missing.
 */
@Component
@Order(30)
@DemoRun
class OccupationDemoData implements ApplicationRunner {

    private static final List<String> CODES = List.of("5.2.2.3.2", "5.2.2.1.0", "4.3.1.2.0", "4.3.2.1.0");

    private final OrganisationService organisation;
    private final PersonService persons;
    private final OccupationService occupations;
    private final ProfessionGlossary glossary;
    private final TransactionTemplate transactions;
    private final Clock clock;

    OccupationDemoData(
            OrganisationService organisation,
            PersonService persons,
            OccupationService occupations,
            ProfessionGlossary glossary,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this.organisation = organisation;
        this.persons = persons;
        this.occupations = occupations;
        this.glossary = glossary;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (CODES.stream().anyMatch(code -> glossary.unit(code).isEmpty())
                || organisation.operatorByUsername("operatore").isEmpty()) {
            return; // a database that had data before the demo (DemoData then adds nothing): leave it as it is
        }
        organisation.runAs(
                "operatore",
                () -> transactions.execute(status -> {
                    occupations();
                    return null;
                }));
    }

    private void occupations() {
        var rossi = find("Rossi Mario", LocalDate.of(1985, 3, 14));
        var popescu = find("Popescu Elena", LocalDate.of(1979, 11, 2));
        if (rossi.isEmpty()
                || popescu.isEmpty()
                || !occupations.list(rossi.get()).isEmpty()
                || !occupations.list(popescu.get()).isEmpty()) {
            return;
        }
        var day = LocalDate.now(clock.withZone(it.orienta.system.Rome.ZONE)).minusDays(3);
        add(rossi.get(), CODES.get(0), true, false, day, 23, "Servizio ai tavoli e al banco, vini", 6, 2025);
        add(rossi.get(), CODES.get(1), false, true, day, 2, "Cucina toscana, HACCP", 2, 2024);
        add(popescu.get(), CODES.get(2), true, false, day, 11, "Gestione ordini, muletto", 4, 2023);
        occupations.saveAvailability(
                rossi.get(),
                0,
                new Availability.Command(
                        Availability.Hours.FULL_TIME,
                        Availability.Travel.PROVINCE,
                        List.of(Availability.Transport.PUBLIC, Availability.Transport.OWN_CAR)));
        var martelli = find("Martelli Lucia", LocalDate.of(1998, 6, 25));
        if (martelli.isPresent() && occupations.list(martelli.get()).isEmpty()) {
            add(martelli.get(), CODES.get(3), true, true, day, 24, "Prima nota, fatturazione, Excel", 1, 2024);
            occupations.saveAvailability(
                    martelli.get(),
                    0,
                    new Availability.Command(
                            Availability.Hours.PART_TIME,
                            Availability.Travel.PROVINCE,
                            List.of(Availability.Transport.PUBLIC)));
        }
    }

    private Optional<UUID> find(String name, LocalDate birthDate) {
        return persons.search(name, birthDate, 0, 1).rows().stream().findFirst().map(r -> r.id());
    }

    private void add(
            UUID person,
            String code,
            boolean work,
            boolean education,
            LocalDate day,
            int sep,
            String skills,
            int years,
            int lastYear) {
        occupations.add(
                person,
                new OccupationCommand(
                        code, work, education, false, day, sep, skills, years, lastYear, false, "", "Patente B", ""));
    }
}
