package it.orienta.pathway;

import it.orienta.system.Actor;
import it.orienta.system.CaseEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A pathway was closed with its outcomes: a fact about the person's case (ADR 0020). */
public record PathwayClosed(
        UUID eventId,
        Actor actor,
        Instant occurredAt,
        UUID personId,
        UUID outcomeId,
        LocalDate closedOn,
        List<Outcome> outcomes)
        implements CaseEvent {}
