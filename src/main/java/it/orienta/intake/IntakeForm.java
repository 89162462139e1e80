package it.orienta.intake;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;

/** The intake form of the page. */
class IntakeForm {
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate intakeDate;

    private UUID privacyNoticeId;
    private boolean privacyAcknowledged;

    private ConsentState matchingConsent;

    @org.springframework.format.annotation.NumberFormat(
            style = org.springframework.format.annotation.NumberFormat.Style.NUMBER)
    private BigDecimal profilingIndex;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate profilingDate;

    /** Only on the transfer-of-charge page. */
    private String transferReason;

    IntakeCommand toCommand() {
        return new IntakeCommand(
                intakeDate,
                privacyNoticeId,
                privacyAcknowledged,
                matchingConsent,
                profilingIndex,
                profilingDate,
                transferReason);
    }

    public String getTransferReason() {
        return transferReason;
    }

    public void setTransferReason(String v) {
        transferReason = v;
    }

    public LocalDate getIntakeDate() {
        return intakeDate;
    }

    public void setIntakeDate(LocalDate v) {
        intakeDate = v;
    }

    public UUID getPrivacyNoticeId() {
        return privacyNoticeId;
    }

    public void setPrivacyNoticeId(UUID v) {
        privacyNoticeId = v;
    }

    public boolean isPrivacyAcknowledged() {
        return privacyAcknowledged;
    }

    public void setPrivacyAcknowledged(boolean v) {
        privacyAcknowledged = v;
    }

    public ConsentState getMatchingConsent() {
        return matchingConsent;
    }

    public void setMatchingConsent(ConsentState v) {
        matchingConsent = v;
    }

    public BigDecimal getProfilingIndex() {
        return profilingIndex;
    }

    public void setProfilingIndex(BigDecimal v) {
        profilingIndex = v;
    }

    public LocalDate getProfilingDate() {
        return profilingDate;
    }

    public void setProfilingDate(LocalDate v) {
        profilingDate = v;
    }
}
