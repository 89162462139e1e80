package it.orienta.extraction;

import it.orienta.system.Actor;
import it.orienta.system.DomainEvent;
import java.time.Instant;
import java.util.UUID;

/** The extraction's facts (ADR 0020): the audit log records each. */
public final class ExtractionEvents {

    private ExtractionEvents() {}

    /** Somebody extracted persons by their desired occupations (audit only: it names no single person). */
    public record ExtractionRun(
            UUID eventId, Actor actor, Instant occurredAt, UUID extractionId, String filter, String format, long rows)
            implements DomainEvent {}
}
