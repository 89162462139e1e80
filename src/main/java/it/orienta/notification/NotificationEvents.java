package it.orienta.notification;

import it.orienta.system.Actor;
import it.orienta.system.CaseEvent;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The events of the notification module: facts about the recipient's case (ADR 0020). They carry the message's
 * subject, which holds only the recipient's own data, and the channel; never the address nor another person's data.
 */
public final class NotificationEvents {

    private NotificationEvents() {}

    /** A message was stored in the outbox, to be delivered after the transaction commits. */
    public record MessageQueued(
            UUID eventId,
            Actor actor,
            Instant occurredAt,
            UUID personId,
            UUID messageId,
            String subject,
            List<Channel> channels)
            implements CaseEvent {}

    /** A message reached the person on one channel. */
    public record MessageSent(
            UUID eventId,
            Actor actor,
            Instant occurredAt,
            UUID personId,
            UUID messageId,
            String subject,
            Channel channel)
            implements CaseEvent {}

    /**
     * A message could not be delivered on a channel and will not be tried again: the person has no address for it
     * ({@code no-address}; {@code no-contact} when they have none at all, {@code channel} then {@code null}) or
     * every attempt failed ({@code attempts-exhausted}).
     */
    public record MessageUndeliverable(
            UUID eventId,
            Actor actor,
            Instant occurredAt,
            UUID personId,
            UUID messageId,
            String subject,
            Channel channel,
            String reason)
            implements CaseEvent {}
}
