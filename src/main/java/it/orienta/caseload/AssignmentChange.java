package it.orienta.caseload;

import java.time.Instant;
import java.util.UUID;

/**
 * One change of who is responsible for a person: taken in charge, taken over from another centre, or assigned by
 * the coordinator with a reason.
 */
public record AssignmentChange(
        UUID id,
        String centreCode,
        Kind kind,
        UUID fromOperatorId,
        String fromOperatorName,
        UUID toOperatorId,
        String toOperatorName,
        String reason,
        Instant changedAt,
        String changedByName) {

    /** Why the responsible operator changed. */
    public enum Kind {
        INTAKE,
        TRANSFER,
        ASSIGN
    }
}
