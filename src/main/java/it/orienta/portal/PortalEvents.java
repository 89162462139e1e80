package it.orienta.portal;

import it.orienta.system.Actor;
import it.orienta.system.CaseEvent;
import java.time.Instant;
import java.util.UUID;

/** The events of the portal module: facts about a person's case (ADR 0020). */
public final class PortalEvents {

    private PortalEvents() {}

    /**
     * A transfer of a CV to the portal, or its removal from the CV search system, reached a state: requested by an
     * operator, sent, accepted, held until the person confirms, retrying, failed (with the portal's reason),
     * cancelled, removed.
     */
    public record TransferStepRecorded(
            UUID eventId,
            Actor actor,
            Instant occurredAt,
            UUID personId,
            UUID transferId,
            UUID cvId,
            TransferKind kind,
            TransferState state,
            String detail)
            implements CaseEvent {}

    /** The person's registration on the portal changed: pre-registered (awaiting confirmation) or confirmed. */
    public record RegistrationRecorded(
            UUID eventId, Actor actor, Instant occurredAt, UUID personId, RegistrationState state, String channel)
            implements CaseEvent {}
}
