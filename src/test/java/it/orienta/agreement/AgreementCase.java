package it.orienta.agreement;

import it.orienta.intake.ConsentState;
import it.orienta.intake.IntakeCommand;
import it.orienta.intake.IntakeService;
import it.orienta.organisation.OrganisationService;
import it.orienta.organisation.Role;
import it.orienta.person.PersonCommand;
import it.orienta.person.PersonService;
import it.orienta.person.Sex;
import it.orienta.reference.ReferenceService;
import it.orienta.system.Actor;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.core.io.ClassPathResource;

/**
 * A case for the module tests of the agreement and of the modules that use it: a new centre with its own operator,
 * and a person that centre has in charge (so that the record-access policy lets the operator draft and sign).
 *
 * @param username the operator's, working in the new centre
 * @param person the person in charge
 */
public record AgreementCase(OrganisationService organisation, String username, UUID person) {

    public static AgreementCase open(
            ReferenceService reference,
            OrganisationService organisation,
            IntakeService intakes,
            PersonService persons,
            Clock clock)
            throws IOException {
        if (reference.count(it.orienta.reference.CodeSystem.MUNICIPALITY) == 0) {
            try (var in = new ClassPathResource("reference/demo/demo-municipalities.xml").getInputStream()) {
                reference.importFhir(in, "m.xml", null, Actor.SYSTEM);
            }
        }
        String centre = "A" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        organisation.createCentre(new OrganisationService.CentreCommand(centre, "CPI Patto", "FI", "Via Test 1", true));
        String username = "agr" + centre.toLowerCase();
        organisation.createOperator(
                new OrganisationService.OperatorCommand(
                        username, "Patto Test", username + "@test.it", EnumSet.of(Role.OPERATOR), Set.of(centre), true),
                "Module.Test.2026");
        if (intakes.currentNotice().isEmpty()) {
            organisation.runAs(username, () -> intakes.publishNotice("Informativa", "Testo"));
        }
        var birth = LocalDate.of(1980, 1, 1).plusDays(Math.floorMod(centre.hashCode(), 9000));
        UUID person = organisation
                .runAs(
                        username,
                        () -> persons.register(new PersonCommand(
                                it.orienta.Persons.taxCode("Patto", "Prova", birth, false, "D612"),
                                "Patto",
                                "Prova",
                                Sex.M,
                                birth,
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
                                List.of())))
                .id();
        var notice = intakes.currentNotice().orElseThrow().id();
        organisation.runAs(
                username,
                () -> intakes.takeInCharge(
                        person, new IntakeCommand(LocalDate.now(clock), notice, true, ConsentState.GIVEN, null, null)));
        return new AgreementCase(organisation, username, person);
    }

    /** Runs as the case's operator. */
    public <T> T as(Supplier<T> action) {
        return organisation.runAs(username, action::get);
    }

    /** A draft of the case's person ready to sign: phase 1 with the rights explained, the content of art. 20, a plan. */
    public AgreementView readyDraft(AgreementService agreements) {
        var draft = as(() -> agreements.draft(person));
        var v1 = as(() -> agreements.savePhase1(
                draft.id(), new Commands.SavePhase1(true, true, "Lavoro", "Alta"), draft.version()));
        var v3 = as(() -> agreements.savePhase3(
                draft.id(),
                new Commands.SavePhase3(
                        "Aiuto cuoco",
                        null,
                        ProfilingClass.MEDIUM,
                        "una volta al mese",
                        "Elenco delle candidature",
                        true,
                        true,
                        true,
                        "",
                        null,
                        List.of(Measure.a),
                        java.util.Map.of()),
                v1.version()));
        return as(() -> agreements.addItem(
                draft.id(),
                new Commands.PlanItemCommand(
                        AgreementView.PlanItem.Kind.PERSON,
                        null,
                        null,
                        null,
                        "Invia tre candidature",
                        null,
                        "ogni settimana"),
                v3.version()));
    }
}
