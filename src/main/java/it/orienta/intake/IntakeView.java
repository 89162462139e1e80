package it.orienta.intake;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A taking in charge as shown on the worker file. */
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
        long version) {}
