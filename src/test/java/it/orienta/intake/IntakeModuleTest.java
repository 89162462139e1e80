package it.orienta.intake;

import static org.assertj.core.api.Assertions.assertThat;

import it.orienta.OrientaModuleTest;
import it.orienta.intake.IntakeEvents.MatchingConsentRecorded;
import it.orienta.intake.IntakeEvents.PersonTakenInCharge;
import it.orienta.organisation.OrganisationService;
import it.orienta.organisation.Role;
import it.orienta.person.PersonCommand;
import it.orienta.person.PersonService;
import it.orienta.person.Sex;
import it.orienta.reference.ReferenceService;
import it.orienta.system.Actor;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.modulith.test.Scenario;

/**
 * The intake module with the modules it needs, on the embedded PostgreSQL: taking a person in charge publishes
 * what the worker file and the audit log listen to. The audit module is not started: its trail (the policy's
 * audited reads) is a mock.
 */
@OrientaModuleTest(extraIncludes = {"database", "system", "audit", "access", "intake"})
class IntakeModuleTest {

    @Autowired
    IntakeService intakes;

    @Autowired
    PersonService persons;

    @Autowired
    OrganisationService organisation;

    @Autowired
    ReferenceService reference;

    String username;

    @BeforeEach
    void setUp() throws Exception {
        if (reference.count(it.orienta.reference.CodeSystem.MUNICIPALITY) == 0) {
            try (var in = new ClassPathResource("reference/demo/demo-municipalities.xml").getInputStream()) {
                reference.importFhir(in, "m.xml", null, Actor.SYSTEM);
            }
        }
        String centre = "T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        organisation.createCentre(new OrganisationService.CentreCommand(centre, "CPI Test", "FI", "Via Test 1", true));
        username = "mod" + centre.toLowerCase();
        organisation.createOperator(
                new OrganisationService.OperatorCommand(
                        username,
                        "Module Test",
                        username + "@test.it",
                        EnumSet.of(Role.OPERATOR),
                        Set.of(centre),
                        true),
                "Module.Test.2026");
        if (intakes.currentNotice().isEmpty()) {
            organisation.runAs(username, () -> intakes.publishNotice("Informativa", "Testo"));
        }
    }

    @Test
    void takingInChargePublishesTheIntakeAndTheConsent(Scenario scenario) {
        var person = organisation.runAs(
                username,
                () -> persons.register(new PersonCommand(
                        it.orienta.Persons.taxCode("Modulo", "Prova", LocalDate.of(1988, 8, 8), false, "D612"),
                        "Modulo",
                        "Prova",
                        Sex.M,
                        LocalDate.of(1988, 8, 8),
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
                        List.of())));
        var notice = intakes.currentNotice().orElseThrow().id();

        scenario.stimulate(() -> organisation.runAs(
                        username,
                        () -> intakes.takeInCharge(
                                person.id(),
                                new IntakeCommand(LocalDate.now(), notice, true, ConsentState.GIVEN, null, null))))
                .andWaitForEventOfType(MatchingConsentRecorded.class)
                .matching(e -> e.personId().equals(person.id()))
                .toArriveAndVerify(e -> {
                    assertThat(e.state()).isEqualTo(ConsentState.GIVEN);
                    assertThat(e.actor().username()).isEqualTo(username);
                });
        assertThat(intakes.currentMatchingConsent(person.id())).isEqualTo(ConsentState.GIVEN);
    }

    @Test
    void theIntakeEventCarriesTheCentreOfTheOperator(Scenario scenario) {
        var person = organisation.runAs(
                username,
                () -> persons.register(new PersonCommand(
                        it.orienta.Persons.taxCode("Centro", "Prova", LocalDate.of(1977, 7, 7), true, "D612"),
                        "Centro",
                        "Prova",
                        Sex.F,
                        LocalDate.of(1977, 7, 7),
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
                        List.of())));
        var notice = intakes.currentNotice().orElseThrow().id();
        scenario.stimulate(() -> organisation.runAs(
                        username,
                        () -> intakes.takeInCharge(
                                person.id(),
                                new IntakeCommand(LocalDate.now(), notice, true, ConsentState.REFUSED, null, null))))
                .andWaitForEventOfType(PersonTakenInCharge.class)
                .matching(e -> e.personId().equals(person.id()))
                .toArriveAndVerify(e -> assertThat(e.centreCode()).startsWith("T"));
    }
}
