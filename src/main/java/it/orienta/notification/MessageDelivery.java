package it.orienta.notification;

import it.orienta.notification.MessageView.DeliveryView;
import it.orienta.notification.NotificationEvents.MessageSent;
import it.orienta.notification.NotificationEvents.MessageUndeliverable;
import it.orienta.person.PersonService;
import it.orienta.system.Actor;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers queued messages after the transaction that queued them committed, through the event publication
 * registry (listener id {@value #LISTENER_ID}). Each channel's attempt is recorded in a transaction of its own
 * (what went out, or the error and when to try again); while a channel waits for another attempt the listener
 * throws, so its publication stays incomplete and {@link NotificationJobs#retryDue()} resubmits it when due. A
 * channel already sent is never sent again; a per-message lock keeps two resubmissions from sending at once.
 */
@Component
class MessageDelivery {

    static final String LISTENER_ID = "notification.delivery";

    private static final Logger log = LoggerFactory.getLogger(MessageDelivery.class);

    private final MessageStore store;
    private final PersonService persons;
    private final EmailSender email;
    private final SmsGatewayClient sms;
    private final NotificationProperties properties;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    MessageDelivery(
            MessageStore store,
            PersonService persons,
            EmailSender email,
            SmsGatewayClient sms,
            NotificationProperties properties,
            ApplicationEventPublisher events,
            JdbcClient jdbc,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.store = store;
        this.persons = persons;
        this.email = email;
        this.sms = sms;
        this.properties = properties;
        this.events = events;
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    @ApplicationModuleListener(id = LISTENER_ID)
    void on(DeliveryRequested event) {
        deliver(event.messageId());
    }

    /** Tries every due channel of the message once; throws while a channel waits for another attempt. */
    void deliver(UUID messageId) {
        Boolean locked = jdbc.sql("select pg_try_advisory_xact_lock(?)")
                .param(lockKey(messageId))
                .query(Boolean.class)
                .single();
        if (!Boolean.TRUE.equals(locked)) {
            log.debug("Message {} is being delivered by another worker", messageId);
            return;
        }
        var message = store.message(messageId).orElse(null);
        if (message == null || message.status() != MessageView.Status.QUEUED) {
            return;
        }
        var actor =
                new Actor(null, Actor.SYSTEM.username(), Actor.SYSTEM.displayName(), message.centreCode(), "SYSTEM");
        boolean waiting = false;
        String smsText = null;
        for (var delivery : message.deliveries()) {
            if (delivery.status() != DeliveryView.Status.PENDING) {
                continue;
            }
            Instant now = Instant.now(clock);
            if (delivery.nextAttemptAt() != null && delivery.nextAttemptAt().isAfter(now)) {
                waiting = true;
                continue;
            }
            var person = persons.view(message.personId());
            String address = NotificationService.address(person, delivery.channel());
            if (address == null) {
                ownTransaction.executeWithoutResult(s -> {
                    store.markFailed(delivery.id(), "no-address");
                    events.publishEvent(new MessageUndeliverable(
                            UUID.randomUUID(),
                            actor,
                            now,
                            message.personId(),
                            messageId,
                            message.subject(),
                            delivery.channel(),
                            "no-address"));
                });
                continue;
            }
            if (delivery.channel() == Channel.SMS && smsText == null) {
                smsText = store.smsText(messageId);
            }
            String text = delivery.channel() == Channel.SMS ? smsText : message.body();
            try {
                ownTransaction.executeWithoutResult(s -> {
                    if (delivery.channel() == Channel.EMAIL) {
                        email.send(delivery.id().toString(), address, message.subject(), text);
                    } else {
                        sms.send(delivery.id().toString(), address, text);
                    }
                    store.markSent(delivery.id(), address, now);
                    events.publishEvent(new MessageSent(
                            UUID.randomUUID(),
                            actor,
                            now,
                            message.personId(),
                            messageId,
                            message.subject(),
                            delivery.channel()));
                });
            } catch (DeliveryException e) {
                int attempts = delivery.attempts() + 1;
                boolean last = attempts >= properties.maxAttempts();
                Instant next = last ? null : now.plus(properties.backoffAfter(attempts));
                log.warn(
                        "Message {} by {}: attempt {} of {} failed: {}",
                        messageId,
                        delivery.channel(),
                        attempts,
                        properties.maxAttempts(),
                        e.summary());
                ownTransaction.executeWithoutResult(s -> {
                    store.markAttemptFailed(delivery.id(), address, e.summary(), now, next);
                    if (last) {
                        events.publishEvent(new MessageUndeliverable(
                                UUID.randomUUID(),
                                actor,
                                now,
                                message.personId(),
                                messageId,
                                message.subject(),
                                delivery.channel(),
                                "attempts-exhausted"));
                    }
                });
                waiting |= !last;
            }
        }
        ownTransaction.executeWithoutResult(s -> store.settle(messageId, Instant.now(clock)));
        if (waiting) {
            throw new DeliveryPendingException(messageId);
        }
    }

    static long lockKey(UUID id) {
        return id.getMostSignificantBits() ^ id.getLeastSignificantBits();
    }

    /** Keeps the publication incomplete: a channel of the message waits for another attempt. */
    static class DeliveryPendingException extends RuntimeException {
        DeliveryPendingException(UUID messageId) {
            super("message " + messageId + " has a delivery waiting for another attempt", null, false, false);
        }
    }
}
