package it.orienta;

import it.orienta.intake.ConsentState;
import it.orienta.intake.IntakeCommand;
import it.orienta.intake.IntakeService;
import it.orienta.organisation.OrganisationService;
import it.orienta.organisation.Role;
import it.orienta.person.PersonCommand;
import it.orienta.person.PersonService;
import it.orienta.reference.CodeSystem;
import it.orienta.reference.ReferenceService;
import it.orienta.system.Actor;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.core.io.ClassPathResource;

/**
 * For module tests: a fresh centre with one operator, and persons taken in charge there (so that the record-access
 * policy lets the operator change their case).
 */
public final class CaseAtCentre {

    private final OrganisationService organisation;
    private final PersonService persons;
    private final IntakeService intakes;
    public final String username;
    public final String centre;

    public CaseAtCentre(
            OrganisationService organisation, PersonService persons, IntakeService intakes, ReferenceService reference)
            throws Exception {
        this.organisation = organisation;
        this.persons = persons;
        this.intakes = intakes;
        if (reference.count(CodeSystem.MUNICIPALITY) == 0) {
            try (var in = new ClassPathResource("reference/demo/demo-municipalities.xml").getInputStream()) {
                reference.importFhir(in, "m.xml", null, Actor.SYSTEM);
            }
        }
        centre = "G" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        organisation.createCentre(new OrganisationService.CentreCommand(centre, "CPI Test", "FI", "Via Test 1", true));
        username = "mod" + centre.toLowerCase();
        organisation.createOperator(
                new OrganisationService.OperatorCommand(
                        username,
                        "Modulo Prova",
                        username + "@test.it",
                        EnumSet.of(Role.OPERATOR),
                        Set.of(centre),
                        true),
                "Module.Test.2026");
        if (intakes.currentNotice().isEmpty()) {
            organisation.runAs(username, () -> intakes.publishNotice("Informativa", "Testo"));
        }
    }

    /** A new person, taken in charge at the centre. */
    public UUID person(String lastName, LocalDate born) {
        return as(() -> {
            var person = persons.register(new PersonCommand(
                    Persons.taxCode("Prova", lastName, born, false, "D612"),
                    "Prova",
                    lastName,
                    it.orienta.person.Sex.M,
                    born,
                    "048017",
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    List.of()));
            var notice = intakes.currentNotice().orElseThrow().id();
            intakes.takeInCharge(
                    person.id(), new IntakeCommand(born.plusYears(30), notice, true, ConsentState.GIVEN, null, null));
            return person.id();
        });
    }

    public <T> T as(Supplier<T> action) {
        return organisation.runAs(username, action);
    }
}
