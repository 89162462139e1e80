package it.orienta.intake;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Taking a person in charge: the date, the privacy-notice version shown and whether the person acknowledged it,
 * the matching consent given or refused, and the quantitative profiling index (0–1) with its date if known.
 */
public record IntakeCommand(
        @NotNull(message = "{field.required}") LocalDate intakeDate,
        @NotNull(message = "{field.required}") UUID privacyNoticeId,
        boolean privacyAcknowledged,
        @NotNull(message = "{field.required}") ConsentState matchingConsent,

        @DecimalMin(value = "0", message = "{field.profiling-index}")
        @DecimalMax(value = "1", message = "{field.profiling-index}")
        BigDecimal profilingIndex,

        LocalDate profilingDate) {}
