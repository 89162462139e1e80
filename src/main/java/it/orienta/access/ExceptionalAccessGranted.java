package it.orienta.access;

import it.orienta.person.PersonFileEvent;
import it.orienta.system.Actor;
import it.orienta.system.AuditAction;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An operator of another centre was granted an exceptional, time-boxed read of the person's case, with a stated
 * reason: on the timeline so that the centre that has the person in charge sees it.
 */
public record ExceptionalAccessGranted(
        UUID eventId,
        Actor actor,
        Instant occurredAt,
        UUID personId,
        UUID grantId,
        String ownerCentre,
        ExceptionalAccessReason reason,
        Instant expiresAt)
        implements PersonFileEvent {
    @Override
    public AuditAction action() {
        return AuditAction.CREATE;
    }

    @Override
    public String entityType() {
        return "ExceptionalAccess";
    }

    @Override
    public String entityId() {
        return grantId.toString();
    }

    @Override
    public List<String> fields() {
        return List.of("reason", "text", "expiresAt");
    }

    @Override
    public String timelineKind() {
        return "access";
    }

    @Override
    public String summaryKey() {
        return "timeline.access.exceptional." + reason.name();
    }

    @Override
    public List<String> summaryArgs() {
        return List.of(actor.centreCode() == null ? "" : actor.centreCode());
    }
}
