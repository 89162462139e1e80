package it.orienta.notification;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A message to a person with its deliveries.
 *
 * @param status {@code QUEUED} (deliveries pending), {@code SENT} (reached on at least one channel) or
 *     {@code UNDELIVERABLE}
 * @param reason why it is undeliverable ({@code no-contact}, {@code no-address}, {@code attempts-exhausted}), or
 *     {@code null}
 */
public record MessageView(
        UUID id,
        UUID personId,
        String centreCode,
        String dedupKey,
        String subject,
        String body,
        Status status,
        String reason,
        Instant queuedAt,
        Instant settledAt,
        List<DeliveryView> deliveries) {

    /** Where a message is: its deliveries pending, reached on one channel at least, or given up on every one. */
    public enum Status {
        QUEUED,
        SENT,
        UNDELIVERABLE
    }

    /**
     * One channel's delivery.
     *
     * @param status {@code PENDING} (to be tried at {@code nextAttemptAt}), {@code SENT} or {@code FAILED} (given up)
     */
    public record DeliveryView(
            UUID id,
            UUID messageId,
            Channel channel,
            Status status,
            int attempts,
            String lastError,
            Instant lastAttemptAt,
            Instant nextAttemptAt,
            Instant sentAt) {

        /** Where a channel's delivery is. */
        public enum Status {
            PENDING,
            SENT,
            FAILED
        }
    }
}
