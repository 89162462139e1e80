package it.orienta.system;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A change to data that is not part of a person's file (centres, operators, reference data, notices): it goes
 * to the audit log only. The generic fact "non-case data changed": what was done to which record, and which
 * fields, is its content.
 */
public record DataChanged(
        UUID eventId,
        Actor actor,
        Instant occurredAt,
        AuditAction action,
        String entityType,
        String entityId,
        UUID personId,
        List<String> fields)
        implements DomainEvent {

    /** A change made at {@code at} (the injected clock's instant). */
    public static DataChanged of(
            Instant at, Actor actor, AuditAction action, String entityType, Object entityId, List<String> fields) {
        return new DataChanged(
                UUID.randomUUID(), actor, at, action, entityType, String.valueOf(entityId), null, List.copyOf(fields));
    }
}
