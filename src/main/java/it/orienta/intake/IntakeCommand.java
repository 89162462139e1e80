package it.orienta.intake;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Taking a person in charge: the date, the privacy-notice version shown and whether the person acknowledged it,
 * the matching consent given or refused, and the quantitative profiling index (0–1) with its date if known.
 * Every rule is checked by {@link IntakeService#takeInCharge}, all at once.
 *
 * @param transferReason why this centre takes over a person in charge at another centre (transfer of charge):
 *     required then, 1–1000 characters; ignored otherwise
 */
public record IntakeCommand(
        LocalDate intakeDate,
        UUID privacyNoticeId,
        boolean privacyAcknowledged,
        ConsentState matchingConsent,
        BigDecimal profilingIndex,
        LocalDate profilingDate,
        String transferReason) {

    /** Taking in charge a person who is in charge nowhere else (no transfer reason). */
    public IntakeCommand(
            LocalDate intakeDate,
            UUID privacyNoticeId,
            boolean privacyAcknowledged,
            ConsentState matchingConsent,
            BigDecimal profilingIndex,
            LocalDate profilingDate) {
        this(intakeDate, privacyNoticeId, privacyAcknowledged, matchingConsent, profilingIndex, profilingDate, null);
    }
}
