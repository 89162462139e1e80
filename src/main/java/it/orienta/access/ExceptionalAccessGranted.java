package it.orienta.access;

import it.orienta.system.Actor;
import it.orienta.system.CaseEvent;
import java.time.Instant;
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
        implements CaseEvent {}
