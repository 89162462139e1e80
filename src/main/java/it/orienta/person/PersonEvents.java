package it.orienta.person;

import it.orienta.system.Actor;
import it.orienta.system.AuditAction;
import it.orienta.system.CaseEvent;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The events of the person registry: facts, described for the audit log and the timeline by their readers. */
public final class PersonEvents {

    private PersonEvents() {}

    /** A person was registered, with the fields the registration set. */
    public record PersonRegistered(
            UUID eventId,
            Actor actor,
            Instant occurredAt,
            UUID personId,
            String taxCode,
            String fullName,
            List<String> fields)
            implements CaseEvent {}

    /**
     * Something in a person's record changed: identity and contacts, an education title, a work experience, the
     * special-category data. {@code what} names which ({@code details}, {@code education}, {@code work},
     * {@code special}); {@code action}, {@code entityType} and {@code entityId} which record and how, {@code fields}
     * the fields that changed. {@code labels} are the names of what was added, as they were (the education title;
     * the employer and the profession); never special-category data.
     */
    public record PersonChanged(
            UUID eventId,
            Actor actor,
            Instant occurredAt,
            UUID personId,
            AuditAction action,
            String entityType,
            UUID entityId,
            String what,
            List<String> fields,
            List<String> labels)
            implements CaseEvent {}
}
