package it.orienta.notification;

import it.orienta.notification.MessageView.DeliveryView;
import java.time.Instant;

/**
 * A delivery's state machine (ADR 0025), pure so that it is tested without a database. A worker claims a
 * {@code PENDING} delivery that is due and not leased (the claim counts the attempt), sends it outside any
 * transaction, then writes the {@link Step} this answers, only while its lease holds ({@link MessageStore#record}):
 * sent; failed and due again after the doubling backoff; given up ({@code FAILED}) after the last attempt or when
 * the person has no address for the channel any more. A worker that lost its lease writes nothing; the row is
 * claimed again when the lease expires, with the same idempotency key (the delivery's id).
 */
final class DeliveryRules {

    private DeliveryRules() {}

    /** What one attempt came to. */
    sealed interface Outcome {}

    /** The SMTP server or the gateway accepted the message. */
    record Sent() implements Outcome {}

    /** The send failed ({@code error}: what administrators read). */
    record Failed(String error) implements Outcome {}

    /** The person has no address for the channel (any more): nothing was sent. */
    record NoAddress() implements Outcome {}

    /**
     * The delivery's next state.
     *
     * @param undeliverable the reason published with {@code MessageUndeliverable} when the channel is given up
     *     ({@code no-address}, {@code attempts-exhausted}), else null
     */
    record Step(DeliveryView.Status status, Instant nextAttemptAt, String error, String undeliverable) {}

    /**
     * The step after {@code outcome} of the {@code attempts}-th attempt (counted by the claim) at {@code now}.
     */
    static Step after(Outcome outcome, int attempts, Instant now, NotificationProperties properties) {
        return switch (outcome) {
            case Sent s -> new Step(DeliveryView.Status.SENT, null, null, null);
            case NoAddress n -> new Step(DeliveryView.Status.FAILED, null, "no-address", "no-address");
            case Failed f
            when attempts >= properties.maxAttempts() ->
                new Step(DeliveryView.Status.FAILED, null, f.error(), "attempts-exhausted");
            case Failed f ->
                new Step(DeliveryView.Status.PENDING, now.plus(properties.backoffAfter(attempts)), f.error(), null);
        };
    }
}
