package it.orienta.occupation;

import it.orienta.system.Actor;
import it.orienta.system.CaseEvent;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The events of desired occupations and availability: facts (ADR 0020), each about a person's case. */
public final class OccupationEvents {

    private OccupationEvents() {}

    /** A desired occupation was added. */
    public record OccupationAdded(
            UUID eventId,
            Actor actor,
            Instant occurredAt,
            UUID personId,
            UUID occupationId,
            String professionCode,
            String professionTitle)
            implements CaseEvent {}

    /** A desired occupation was changed; {@code fields} names what changed. */
    public record OccupationChanged(
            UUID eventId,
            Actor actor,
            Instant occurredAt,
            UUID personId,
            UUID occupationId,
            String professionCode,
            String professionTitle,
            List<String> fields)
            implements CaseEvent {}

    /** A desired occupation was removed. */
    public record OccupationRemoved(
            UUID eventId,
            Actor actor,
            Instant occurredAt,
            UUID personId,
            UUID occupationId,
            String professionCode,
            String professionTitle)
            implements CaseEvent {}

    /** The person's availability (hours, travel, transport) was saved. */
    public record AvailabilityChanged(UUID eventId, Actor actor, Instant occurredAt, UUID personId, List<String> fields)
            implements CaseEvent {}
}
