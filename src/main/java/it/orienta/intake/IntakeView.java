package it.orienta.intake;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A taking in charge as shown on the worker file.
 *
 * @param transferredFrom the centre that had the person in charge before, when this intake is a transfer of charge
 * @param transferReason why the centre took the person over (transfers only)
 */
public record IntakeView(
        UUID id,
        UUID personId,
        String centreCode,
        String operatorName,
        LocalDate intakeDate,
        int privacyNoticeNumber,
        Instant privacyAcknowledgedAt,
        BigDecimal profilingIndex,
        LocalDate profilingDate,
        boolean current,
        Instant endedAt,
        long version,
        String transferredFrom,
        String transferReason) {

    /** An intake that is not a transfer. */
    public IntakeView(
            UUID id,
            UUID personId,
            String centreCode,
            String operatorName,
            LocalDate intakeDate,
            int privacyNoticeNumber,
            Instant privacyAcknowledgedAt,
            BigDecimal profilingIndex,
            LocalDate profilingDate,
            boolean current,
            Instant endedAt,
            long version) {
        this(
                id,
                personId,
                centreCode,
                operatorName,
                intakeDate,
                privacyNoticeNumber,
                privacyAcknowledgedAt,
                profilingIndex,
                profilingDate,
                current,
                endedAt,
                version,
                null,
                null);
    }

    /** Whether this intake took the person over from another centre. */
    public boolean transfer() {
        return transferredFrom != null;
    }
}
