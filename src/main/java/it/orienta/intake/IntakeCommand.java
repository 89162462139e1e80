package it.orienta.intake;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Taking a person in charge: the date, the privacy-notice version shown and whether the person acknowledged it,
 * the matching consent given or refused, and the quantitative profiling index (0–1) with its date if known.
 * Every rule is checked by {@link IntakeService#takeInCharge}, all at once.
 */
public record IntakeCommand(
        LocalDate intakeDate,
        UUID privacyNoticeId,
        boolean privacyAcknowledged,
        ConsentState matchingConsent,
        BigDecimal profilingIndex,
        LocalDate profilingDate) {}
