package it.orienta.notification;

import it.orienta.cluster.NodeName;
import it.orienta.notification.DeliveryRules.Failed;
import it.orienta.notification.DeliveryRules.NoAddress;
import it.orienta.notification.DeliveryRules.Outcome;
import it.orienta.notification.DeliveryRules.Sent;
import it.orienta.notification.MessageStore.Claimed;
import it.orienta.notification.NotificationEvents.MessageSent;
import it.orienta.notification.NotificationEvents.MessageUndeliverable;
import it.orienta.person.PersonService;
import it.orienta.system.Actor;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The worker of the notification outbox, on the portal's pattern (ADR 0016, ADR 0025): claims a small batch of due
 * deliveries ({@code for update skip locked}, a lease in the worker's name, the attempt counted), sends each outside
 * any transaction with the delivery's id as its idempotency key (the SMS gateway's {@code Idempotency-Key}, the
 * e-mail's {@code Message-ID}), and records the outcome in a transaction of its own only while it still holds the
 * lease ({@link MessageStore#record}), with the {@link MessageSent}/{@link MessageUndeliverable} fact and the
 * message's settlement. Any number of workers on any number of nodes may run: each row goes to one; a node killed
 * mid-batch leaves its rows to be claimed again when their lease expires.
 *
 * <p>It runs every {@code orienta.notification.delivery.interval} ({@link Schedule}, off with the module's
 * scheduling, as in the tests), and right after a transaction that queued or requeued a message commits
 * ({@link #deliverAfterCommit()}), so that a message leaves at once without waiting for the next run.
 */
@Component
class DeliveryWorker implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(DeliveryWorker.class);

    private final MessageStore store;
    private final PersonService persons;
    private final EmailSender email;
    private final SmsGatewayClient sms;
    private final NotificationProperties properties;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;
    private final String name;
    private final ThreadPoolExecutor soon;

    DeliveryWorker(
            MessageStore store,
            PersonService persons,
            EmailSender email,
            SmsGatewayClient sms,
            NotificationProperties properties,
            ApplicationEventPublisher events,
            PlatformTransactionManager transactions,
            Environment environment,
            Clock clock) {
        this.store = store;
        this.persons = persons;
        this.email = email;
        this.sms = sms;
        this.properties = properties;
        this.events = events;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        // the node's name (orienta.node-name, else the host's) and this start's own suffix: a restarted node never
        // mistakes the leases of its previous life for its own
        this.name = NodeName.worker(environment.getProperty("orienta.node-name"));
        // one run at a time, at most one more waiting: a burst of queued messages becomes one or two runs
        this.soon = new ThreadPoolExecutor(
                1,
                1,
                0,
                TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(1),
                Thread.ofPlatform().name("notification-delivery").daemon().factory(),
                new ThreadPoolExecutor.DiscardPolicy());
    }

    /** The name this worker claims leases with. */
    String name() {
        return name;
    }

    /**
     * Runs the worker once the current transaction commits (at once outside one): a message queued in it leaves
     * without waiting for the next scheduled run. Nothing runs when the transaction rolls back.
     */
    void deliverAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    soon.execute(DeliveryWorker.this::drainQuietly);
                }
            });
        } else {
            soon.execute(this::drainQuietly);
        }
    }

    private void drainQuietly() {
        try {
            drain();
        } catch (RuntimeException e) {
            log.warn("Notification delivery run failed; the scheduled run takes over", e);
        }
    }

    /**
     * Runs batches while they come back full; answers how many deliveries were attempted. A delivery that failed is
     * not tried again in the same run unless a full batch followed it (its backoff decides when).
     */
    int drain() {
        int total = 0;
        int batch = Math.max(1, properties.delivery().batchSize());
        for (int n = runOnce(); ; n = runOnce()) {
            total += n;
            if (n < batch) {
                return total;
            }
        }
    }

    /** Claims one batch of due deliveries and delivers each; answers how many were claimed. */
    int runOnce() {
        Instant now = Instant.now(clock);
        var claimed = store.claimDue(
                name,
                now,
                now.plus(properties.delivery().lease()),
                Math.max(1, properties.delivery().batchSize()));
        for (int i = 0; i < claimed.size(); i++) {
            var delivery = claimed.get(i);
            // a heartbeat: the leases of the rest of the batch are renewed before each send
            var rest =
                    claimed.subList(i, claimed.size()).stream().map(Claimed::id).toList();
            Instant at = Instant.now(clock);
            var held = store.renew(rest, name, at, at.plus(properties.delivery().lease()));
            if (held.contains(delivery.id())) {
                deliver(delivery);
            } else {
                log.warn(
                        "Message {} by {}: lease of {} lost before sending, left to its new holder",
                        delivery.messageId(),
                        delivery.channel(),
                        name);
            }
        }
        return claimed.size();
    }

    /** Sends one claimed delivery (no transaction), then records what happened while the lease holds. */
    void deliver(Claimed delivery) {
        String address;
        try {
            address = NotificationService.address(persons.contactsForDelivery(delivery.personId()), delivery.channel());
        } catch (RuntimeException e) {
            log.warn("Message {}: the recipient could not be read", delivery.messageId(), e);
            record(delivery, new Failed("recipient: " + EmailSender.rootMessage(e)), null);
            return;
        }
        record(delivery, address == null ? new NoAddress() : send(delivery, address), address);
    }

    private Outcome send(Claimed delivery, String address) {
        String key = delivery.id().toString();
        try {
            if (delivery.channel() == Channel.EMAIL) {
                email.send(key, address, delivery.subject(), delivery.text());
            } else {
                sms.send(key, address, delivery.text());
            }
            return new Sent();
        } catch (DeliveryException e) {
            log.warn(
                    "Message {} by {}: attempt {} of {} failed: {}",
                    delivery.messageId(),
                    delivery.channel(),
                    delivery.attempts(),
                    properties.maxAttempts(),
                    e.summary());
            return new Failed(e.summary());
        } catch (RuntimeException e) {
            log.warn("Message {} by {}: attempt failed unexpectedly", delivery.messageId(), delivery.channel(), e);
            return new Failed(new DeliveryException(EmailSender.rootMessage(e)).summary());
        }
    }

    /** Writes the step after {@code outcome}, with its fact and the message's settlement, if the lease holds. */
    void record(Claimed delivery, Outcome outcome, String address) {
        Instant now = Instant.now(clock);
        var step = DeliveryRules.after(outcome, delivery.attempts(), now, properties);
        var actor =
                new Actor(null, Actor.SYSTEM.username(), Actor.SYSTEM.displayName(), delivery.centreCode(), "SYSTEM");
        boolean recorded = Boolean.TRUE.equals(ownTransaction.execute(s -> {
            if (!store.record(delivery.id(), name, step, address, now)) {
                return false;
            }
            if (outcome instanceof Sent) {
                events.publishEvent(new MessageSent(
                        UUID.randomUUID(),
                        actor,
                        now,
                        delivery.personId(),
                        delivery.messageId(),
                        delivery.subject(),
                        delivery.channel()));
            } else if (step.undeliverable() != null) {
                events.publishEvent(new MessageUndeliverable(
                        UUID.randomUUID(),
                        actor,
                        now,
                        delivery.personId(),
                        delivery.messageId(),
                        delivery.subject(),
                        delivery.channel(),
                        step.undeliverable()));
            }
            store.settle(delivery.messageId(), now);
            return true;
        }));
        if (!recorded) {
            // the lease expired (or another worker took the row since): that worker's outcome counts, not ours
            log.warn(
                    "Message {} by {}: lease of {} lost, outcome {} not recorded",
                    delivery.messageId(),
                    delivery.channel(),
                    name,
                    outcome.getClass().getSimpleName());
        }
    }

    /** Deliveries waiting for an attempt. */
    long pending() {
        return store.countPending();
    }

    @Override
    public void destroy() {
        soon.shutdownNow();
    }

    /**
     * Runs the worker every {@code orienta.notification.delivery.interval} (fixed delay); off with
     * {@code orienta.notification.scheduling.enabled=false}, like the module's other jobs.
     */
    @Configuration(proxyBeanMethods = false)
    @EnableScheduling
    @ConditionalOnProperty(
            name = "orienta.notification.scheduling.enabled",
            havingValue = "true",
            matchIfMissing = true)
    static class Schedule {

        private final DeliveryWorker worker;

        Schedule(DeliveryWorker worker) {
            this.worker = worker;
        }

        @Scheduled(
                fixedDelayString = "${orienta.notification.delivery.interval:PT5S}",
                initialDelayString = "${orienta.notification.delivery.interval:PT5S}")
        void deliverDue() {
            worker.drain();
        }
    }
}
