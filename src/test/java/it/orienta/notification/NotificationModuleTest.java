package it.orienta.notification;

import static org.assertj.core.api.Assertions.assertThat;

import it.orienta.OrientaModuleTest;
import it.orienta.notification.NotificationEvents.MessageQueued;
import it.orienta.organisation.OrganisationService;
import it.orienta.organisation.Role;
import it.orienta.person.PersonCommand;
import it.orienta.person.PersonService;
import it.orienta.person.Sex;
import it.orienta.reference.ReferenceService;
import it.orienta.session.SessionEvents.SessionCancelled;
import it.orienta.system.Actor;
import java.time.Instant;
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
import org.springframework.test.context.TestPropertySource;

/**
 * The notification module with the modules it needs, on the embedded PostgreSQL: a cancelled group session queues
 * one message to the participant, under its
 * deduplication key, with its statuses as enums.
 */
@OrientaModuleTest(extraIncludes = {"database", "system", "audit", "access", "intake"})
@TestPropertySource(
        properties = {"orienta.embedded-db.data-directory=", "orienta.notification.scheduling.enabled=false"})
class NotificationModuleTest {

    @Autowired
    MessageStore store;

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
        String centre = "N" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
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
    }

    @Test
    void aCancelledSessionQueuesOneMessageToTheParticipant(Scenario scenario) {
        var person = organisation.runAs(
                username,
                () -> persons.register(new PersonCommand(
                        it.orienta.Persons.taxCode("Notifica", "Prova", LocalDate.of(1990, 9, 9), true, "D612"),
                        "Notifica",
                        "Prova",
                        Sex.F,
                        LocalDate.of(1990, 9, 9),
                        "048017",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        "notifica.prova@example.it",
                        null,
                        null,
                        null,
                        List.of())));
        UUID session = UUID.randomUUID();
        var startsAt = Instant.parse("2031-03-12T09:00:00Z");
        var cancelled = new SessionCancelled(
                UUID.randomUUID(), Actor.SYSTEM, Instant.now(), person.id(), session, "Laboratorio CV", startsAt, "x");

        var queued = new java.util.concurrent.atomic.AtomicReference<MessageQueued>();
        scenario.publish(() -> cancelled)
                .andWaitForEventOfType(MessageQueued.class)
                .matching(e -> e.personId().equals(person.id()))
                .toArriveAndVerify(e -> {
                    assertThat(e.channels()).containsExactly(Channel.EMAIL);
                    assertThat(e.subject()).contains("12/03/2031");
                    queued.set(e);
                });

        // the listener's transaction commits after the event is seen
        var message = org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(20))
                .until(() -> store.message(queued.get().messageId()), java.util.Optional::isPresent)
                .orElseThrow();
        assertThat(message.dedupKey()).isEqualTo("session:" + session + ":" + person.id() + ":cancelled");
        // no mobile number: the SMS channel is given up at once, the e-mail goes to its delivery
        assertThat(message.deliveries())
                .filteredOn(d -> d.channel() == Channel.SMS)
                .extracting(MessageView.DeliveryView::status)
                .containsExactly(MessageView.DeliveryView.Status.FAILED);
    }
}
