package it.orienta.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.orienta.OrientaModuleTest;
import it.orienta.intake.ConsentState;
import it.orienta.intake.IntakeCommand;
import it.orienta.intake.IntakeService;
import it.orienta.organisation.OrganisationService;
import it.orienta.organisation.Role;
import it.orienta.person.PersonCommand.EducationTitleCommand;
import it.orienta.person.PersonEvents.PersonChanged;
import it.orienta.person.PersonEvents.PersonRegistered;
import it.orienta.reference.CodeSystem;
import it.orienta.reference.ReferenceService;
import it.orienta.system.Actor;
import it.orienta.system.NotFoundException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.modulith.test.Scenario;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The person module with the modules it needs, on the embedded PostgreSQL (intake for the record-access policy):
 * registering and changing a person publish what the worker file and the audit log listen to, the search finds the
 * person, and the case lock other modules take ({@link PersonService#lockCase}) serialises two transactions.
 */
@OrientaModuleTest(extraIncludes = {"database", "system", "audit", "access", "intake"})
class PersonModuleTest {

    @Autowired
    PersonService persons;

    @Autowired
    IntakeService intakes;

    @Autowired
    OrganisationService organisation;

    @Autowired
    ReferenceService reference;

    @Autowired
    PlatformTransactionManager transactions;

    String username;

    @BeforeEach
    void setUp() throws Exception {
        var files = Map.of(
                "demo-municipalities.xml", CodeSystem.MUNICIPALITY,
                "demo-countries.xml", CodeSystem.COUNTRY,
                "demo-education-titles.xml", CodeSystem.EDUCATION_TITLE);
        for (var file : files.entrySet()) {
            if (reference.count(file.getValue()) == 0) {
                try (var in = new ClassPathResource("reference/demo/" + file.getKey()).getInputStream()) {
                    reference.importFhir(in, file.getKey(), file.getValue(), Actor.SYSTEM);
                }
            }
        }
        String centre = "T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        organisation.createCentre(new OrganisationService.CentreCommand(centre, "CPI Test", "FI", "Via Test 1", true));
        username = "per" + centre.toLowerCase();
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

    private static PersonCommand command(String first, String last, LocalDate born) {
        return new PersonCommand(
                it.orienta.Persons.taxCode(first, last, born, false, "D612"),
                first,
                last,
                Sex.M,
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
                List.of());
    }

    @Test
    void registeringAndAddingATitlePublishTheirEventsAndTheSearchFindsThePerson(Scenario scenario) {
        var born = LocalDate.of(1980, 10, 10);
        scenario.stimulate(() ->
                        organisation.runAs(username, () -> persons.register(command("Modulare", "Anagrafe", born))))
                .andWaitForEventOfType(PersonRegistered.class)
                .matching(e -> e.fullName().contains("Anagrafe"))
                .toArriveAndVerify(e -> assertThat(e.actor().username()).isEqualTo(username));
        var person = persons.search("anagrafe mod", born, 0, 10).rows().getFirst();
        assertThat(person.lastName()).isEqualTo("Anagrafe");
        assertThat(persons.summaries(List.of(person.id())).get(person.id()).taxCode())
                .isEqualTo(person.taxCode());

        var notice = intakes.currentNotice().orElseThrow().id();
        organisation.runAs(
                username,
                () -> intakes.takeInCharge(
                        person.id(), new IntakeCommand(LocalDate.now(), notice, true, ConsentState.GIVEN, null, null)));
        scenario.stimulate(() -> organisation.runAs(
                        username,
                        () -> persons.addEducationTitle(
                                person.id(), new EducationTitleCommand("30103000", 2000, "ITC", "100", null))))
                .andWaitForEventOfType(PersonChanged.class)
                .matching(e -> e.personId().equals(person.id()) && "EducationTitle".equals(e.entityType()))
                .toArriveAndVerify(e -> assertThat(e.what()).isEqualTo("education"));
    }

    @Test
    void theCaseLockSerialisesTwoTransactionsOnOnePersonAndRefusesAnUnknownOne() throws Exception {
        var person = organisation.runAs(
                username, () -> persons.register(command("Blocco", "Serrato", LocalDate.of(1975, 5, 5))));
        assertThatThrownBy(() -> persons.lockCase(UUID.randomUUID())).isInstanceOf(NotFoundException.class);
        var tx = new TransactionTemplate(transactions);
        var held = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        var first = CompletableFuture.runAsync(() -> tx.executeWithoutResult(s -> {
            persons.lockCase(person.id());
            held.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        assertThat(held.await(10, TimeUnit.SECONDS)).isTrue();
        var second = CompletableFuture.runAsync(() -> tx.executeWithoutResult(s -> persons.lockCase(person.id())));
        Thread.sleep(300);
        assertThat(second).isNotDone();
        release.countDown();
        first.get(10, TimeUnit.SECONDS);
        second.get(10, TimeUnit.SECONDS);
        assertThat(second).isDone();
    }
}
