package it.orienta.access;

import it.orienta.system.Actor;
import it.orienta.system.CaseEvent;
import java.time.Instant;
import java.util.UUID;

/**
 * A look at a person's case, written to the audit log at once by the record-access policy, one per request and
 * person: {@code what} was read (e.g. {@code meetings}), and the reason of the exceptional access that allowed it,
 * or {@code null} for an ordinary access. Not published, and not on the timeline (ADR 0020).
 */
public record CaseRead(
        UUID eventId, Actor actor, Instant occurredAt, UUID personId, String what, String exceptionalReason)
        implements CaseEvent {}
