package it.orienta.caseload;

import it.orienta.system.Actor;
import it.orienta.system.CaseEvent;
import java.time.Instant;
import java.util.UUID;

/** The caseload's facts about a person's case (ADR 0020). */
public final class CaseloadEvents {

    private CaseloadEvents() {}

    /**
     * The coordinator made an operator of the centre responsible for the person, with a reason; {@code fromOperatorId}
     * and {@code fromOperatorName} are null when nobody was.
     */
    public record PersonAssigned(
            UUID eventId,
            Actor actor,
            Instant occurredAt,
            UUID personId,
            String centreCode,
            UUID fromOperatorId,
            String fromOperatorName,
            UUID toOperatorId,
            String toOperatorName,
            String reason)
            implements CaseEvent {}
}
