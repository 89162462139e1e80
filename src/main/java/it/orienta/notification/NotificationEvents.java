package it.orienta.notification;

import it.orienta.person.PersonFileEvent;
import it.orienta.system.Actor;
import it.orienta.system.AuditAction;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The events of the notification module; each appears on the recipient's worker file (timeline kind
 * {@code message}). Summaries carry the message's subject, which holds only the recipient's own data, and the
 * channel; never the address nor another person's data.
 */
public final class NotificationEvents {

    private NotificationEvents() {}

    static String channelName(Channel channel) {
        return channel == null ? "" : channel == Channel.EMAIL ? "e-mail" : "SMS";
    }

    /** A message was stored in the outbox, to be delivered after the transaction commits. */
    public record MessageQueued(
            UUID eventId,
            Actor actor,
            Instant occurredAt,
            UUID personId,
            UUID messageId,
            String subject,
            List<Channel> channels)
            implements PersonFileEvent {
        public AuditAction action() {
            return AuditAction.CREATE;
        }

        public String entityType() {
            return "Message";
        }

        public String entityId() {
            return messageId.toString();
        }

        public List<String> fields() {
            return List.of("subject", "body", "channels");
        }

        public String timelineKind() {
            return "message";
        }

        public String summaryKey() {
            return "timeline.message.queued";
        }

        public List<String> summaryArgs() {
            return List.of(
                    subject,
                    String.join(
                            ", ",
                            channels.stream()
                                    .map(NotificationEvents::channelName)
                                    .toList()));
        }
    }

    /** A message reached the person on one channel. */
    public record MessageSent(
            UUID eventId,
            Actor actor,
            Instant occurredAt,
            UUID personId,
            UUID messageId,
            String subject,
            Channel channel)
            implements PersonFileEvent {
        public AuditAction action() {
            return AuditAction.UPDATE;
        }

        public String entityType() {
            return "Message";
        }

        public String entityId() {
            return messageId.toString();
        }

        public List<String> fields() {
            return List.of("status", "sentAt");
        }

        public String timelineKind() {
            return "message";
        }

        public String summaryKey() {
            return "timeline.message.sent";
        }

        public List<String> summaryArgs() {
            return List.of(subject, channelName(channel));
        }
    }

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
            implements PersonFileEvent {
        public AuditAction action() {
            return AuditAction.UPDATE;
        }

        public String entityType() {
            return "Message";
        }

        public String entityId() {
            return messageId.toString();
        }

        public List<String> fields() {
            return List.of("status", "reason");
        }

        public String timelineKind() {
            return "message";
        }

        public String summaryKey() {
            return "timeline.message.undeliverable." + reason;
        }

        public List<String> summaryArgs() {
            return List.of(subject, channelName(channel));
        }
    }
}
