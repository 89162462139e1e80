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
import java.time.Duration;
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

    // --- the outbox's claim on the real database (ADR 0025); times of the year 2100, so that the worker (which runs on
    // the real clock after a test queues a message) never finds these deliveries due

    static final Instant T0 = Instant.parse("2100-01-01T00:00:00Z");

    /** A message of {@code channels} queued at {@code at}, its deliveries pending and due then; answers its id. */
    UUID queued(Instant at, Channel... channels) {
        UUID id = UUID.randomUUID();
        var request =
                new MessageRequest(UUID.randomUUID(), "test:outbox:" + id, "s", "b", List.of(), Set.of(channels), null);
        store.insert(id, request, "CPI-TEST", new MessageStore.Rendered("Oggetto", "Testo", "Sms"), at, "test");
        for (var channel : channels) {
            store.insertDelivery(id, channel, MessageView.DeliveryView.Status.PENDING, null, at);
        }
        return id;
    }

    List<UUID> claimedOf(List<MessageStore.Claimed> claimed, UUID messageId) {
        return claimed.stream()
                .filter(c -> c.messageId().equals(messageId))
                .map(MessageStore.Claimed::id)
                .toList();
    }

    static final NotificationProperties RULES =
            NotificationRulesTest.properties(Duration.ofMinutes(1), Duration.ofMinutes(10), 3);

    @Test
    void aLeasedDeliveryGoesToOneWorkerAndItsOutcomeIsRecordedOnlyWhileTheLeaseHolds() {
        UUID message = queued(T0, Channel.EMAIL);
        var a = store.claimDue("A", T0.plusSeconds(1), T0.plusSeconds(61), 50);
        var delivery = a.stream()
                .filter(c -> c.messageId().equals(message))
                .findFirst()
                .orElseThrow();
        assertThat(delivery.attempts()).isEqualTo(1);
        assertThat(delivery.subject()).isEqualTo("Oggetto");
        assertThat(delivery.text()).isEqualTo("Testo");
        // leased: nobody else takes it until the lease ends
        assertThat(claimedOf(store.claimDue("B", T0.plusSeconds(30), T0.plusSeconds(90), 50), message))
                .isEmpty();
        // nor renew it before sending; its holder can, while the lease holds
        assertThat(store.renew(List.of(delivery.id()), "B", T0.plusSeconds(2), T0.plusSeconds(62)))
                .isEmpty();
        assertThat(store.renew(List.of(delivery.id()), "A", T0.plusSeconds(2), T0.plusSeconds(61)))
                .containsExactly(delivery.id());
        // another worker cannot record it
        var sent = DeliveryRules.after(new DeliveryRules.Sent(), 1, T0.plusSeconds(2), RULES);
        assertThat(store.record(delivery.id(), "B", sent, "a@b.it", T0.plusSeconds(2)))
                .isFalse();
        // the lease ended (A's node died): B claims it again, with the same id (the idempotency key)
        var b = store.claimDue("B", T0.plusSeconds(61), T0.plusSeconds(121), 50);
        assertThat(claimedOf(b, message)).containsExactly(delivery.id());
        assertThat(b.stream()
                        .filter(c -> c.id().equals(delivery.id()))
                        .findFirst()
                        .orElseThrow()
                        .attempts())
                .isEqualTo(2);
        // A comes back from a pause: its lease is gone, it may not send, its outcome is not written; B's is
        assertThat(store.renew(List.of(delivery.id()), "A", T0.plusSeconds(62), T0.plusSeconds(122)))
                .isEmpty();
        assertThat(store.record(delivery.id(), "A", sent, "a@b.it", T0.plusSeconds(62)))
                .isFalse();
        assertThat(store.record(delivery.id(), "B", sent, "a@b.it", T0.plusSeconds(62)))
                .isTrue();
        assertThat(store.settle(message, T0.plusSeconds(62))).contains(MessageView.Status.SENT);
        var view = store.message(message).orElseThrow();
        assertThat(view.status()).isEqualTo(MessageView.Status.SENT);
        assertThat(view.deliveries().getFirst().status()).isEqualTo(MessageView.DeliveryView.Status.SENT);
        assertThat(view.deliveries().getFirst().attempts()).isEqualTo(2);
        // done: never claimed again
        assertThat(claimedOf(store.claimDue("C", T0.plusSeconds(600), T0.plusSeconds(660), 50), message))
                .isEmpty();
    }

    @Test
    void aFailedAttemptWaitsItsBackoffAndTheLastOneMakesTheMessageUndeliverable() {
        UUID message = queued(T0, Channel.SMS);
        Instant now = T0.plusSeconds(1);
        for (int attempt = 1; attempt <= 3; attempt++) {
            var claimed = claimedOf(store.claimDue("A", now, now.plusSeconds(30), 50), message);
            assertThat(claimed).as("attempt %d", attempt).hasSize(1);
            var step = DeliveryRules.after(new DeliveryRules.Failed("sms: 503"), attempt, now, RULES);
            assertThat(store.record(claimed.getFirst(), "A", step, "+39333", now))
                    .isTrue();
            store.settle(message, now);
            if (attempt < 3) {
                // not due before its backoff
                assertThat(claimedOf(store.claimDue("A", step.nextAttemptAt().minusSeconds(1), now, 50), message))
                        .isEmpty();
                now = step.nextAttemptAt();
            }
        }
        var view = store.message(message).orElseThrow();
        assertThat(view.status()).isEqualTo(MessageView.Status.UNDELIVERABLE);
        assertThat(view.reason()).isEqualTo("attempts-exhausted");
        assertThat(view.deliveries().getFirst().status()).isEqualTo(MessageView.DeliveryView.Status.FAILED);
        assertThat(view.deliveries().getFirst().lastError()).isEqualTo("sms: 503");
        // put back in the queue by an administrator: due again, from the first attempt
        store.requeue(message, now.plusSeconds(5));
        var again = store.claimDue("B", now.plusSeconds(5), now.plusSeconds(35), 50);
        assertThat(again.stream().filter(c -> c.messageId().equals(message)))
                .singleElement()
                .extracting(MessageStore.Claimed::attempts)
                .isEqualTo(1);
    }

    @Test
    void workersClaimingAtOnceEachGetDifferentRows() throws Exception {
        Instant at = T0.plus(Duration.ofDays(1));
        var messages = new java.util.HashSet<UUID>();
        for (int i = 0; i < 40; i++) {
            messages.add(queued(at, Channel.EMAIL, Channel.SMS));
        }
        var claims = new java.util.concurrent.ConcurrentLinkedQueue<UUID>();
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(4)) {
            var runs = new java.util.ArrayList<java.util.concurrent.Future<?>>();
            for (int w = 0; w < 4; w++) {
                String worker = "W" + w;
                runs.add(pool.submit(() -> {
                    for (List<MessageStore.Claimed> batch = store.claimDue(worker, at, at.plusSeconds(60), 7);
                            !batch.isEmpty();
                            batch = store.claimDue(worker, at, at.plusSeconds(60), 7)) {
                        batch.stream()
                                .filter(c -> messages.contains(c.messageId()))
                                .forEach(c -> claims.add(c.id()));
                    }
                }));
            }
            for (var run : runs) {
                run.get();
            }
        }
        assertThat(claims).hasSize(80).doesNotHaveDuplicates();
    }
}
