package it.orienta.person;

import it.orienta.system.Actor;
import it.orienta.system.AuditAction;
import it.orienta.system.AuditableEvent;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The events of the person registry. */
public final class PersonEvents {

    private PersonEvents() {}

    /** A person was registered. */
    public record PersonRegistered(
            UUID eventId,
            Actor actor,
            Instant occurredAt,
            UUID personId,
            String taxCode,
            String fullName,
            List<String> fields)
            implements PersonFileEvent {
        @Override
        public AuditAction action() {
            return AuditAction.CREATE;
        }

        @Override
        public String entityType() {
            return "Person";
        }

        @Override
        public String entityId() {
            return personId.toString();
        }

        @Override
        public String timelineKind() {
            return "person";
        }

        @Override
        public String summaryKey() {
            return "timeline.person.registered";
        }

        @Override
        public List<String> summaryArgs() {
            return List.of(fullName, taxCode);
        }
    }

    /**
     * Something in a person's record changed: identity and contacts, an education title, a work experience, the
     * special-category data. {@code what} names which ({@code details}, {@code education}, {@code work},
     * {@code special}).
     */
    public record PersonChanged(
            UUID eventId,
            Actor actor,
            Instant occurredAt,
            UUID personId,
            AuditAction action,
            String entityType,
            String entityId,
            String what,
            List<String> fields,
            List<String> summaryArgs)
            implements PersonFileEvent {
        @Override
        public String timelineKind() {
            return "person";
        }

        @Override
        public String summaryKey() {
            return "timeline.person." + what + "." + action.name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * Someone opened a person's file or read special-category data: recorded in the audit log only. The person
     * module no longer publishes it — the record-access policy audits every read of a case, once per request — and
     * it goes when no module publishes it any more.
     */
    public record PersonDataRead(
            UUID eventId, Actor actor, Instant occurredAt, UUID personId, String entityType, List<String> fields)
            implements AuditableEvent {
        @Override
        public AuditAction action() {
            return AuditAction.READ;
        }

        @Override
        public String entityId() {
            return personId.toString();
        }
    }
}
