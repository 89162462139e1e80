package it.orienta.referral;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A referral to the social services (R5) or to another service (R26) with its steps.
 *
 * @param reasons the reasons as written when the referral was created (copied from the interview)
 * @param overdue sent, not answered, and its due date has passed
 */
record ReferralView(
        UUID id,
        UUID personId,
        String personName,
        String centreCode,
        ReferralKind kind,
        String serviceName,
        String recipient,
        List<Reason> reasons,
        Set<DataCategory> sharedData,
        boolean consentGiven,
        LocalDate dueDate,
        ReferralStatus status,
        Instant createdAt,
        LocalDate createdOn,
        String createdBy,
        LocalDate sentOn,
        LocalDate acknowledgedOn,
        LocalDate answeredOn,
        String answer,
        LocalDate outcomeOn,
        String outcome,
        LocalDate cancelledOn,
        String cancelReason,
        boolean overdue,
        long version) {

    /** One reason: a marked indicator, an interview answer, or the operator's own words. */
    public record Reason(ReasonSource source, UUID sourceId, String text) {}

    public enum ReasonSource {
        INDICATOR,
        ANSWER,
        TEXT
    }

    /** Waiting for the recipient's answer. */
    @com.fasterxml.jackson.annotation.JsonProperty
    public boolean awaitingAnswer() {
        return status == ReferralStatus.SENT || status == ReferralStatus.ACKNOWLEDGED;
    }
}
