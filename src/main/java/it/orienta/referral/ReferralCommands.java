package it.orienta.referral;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** What operators ask of referrals (the pages' forms and the API's bodies). Dates are the centres' days (Rome). */
final class ReferralCommands {

    private ReferralCommands() {}

    /**
     * A new referral. {@code reasons} names reasons drawn from the interview ({@code INDICATOR:<id>} for a marked
     * indicator, {@code ANSWER:<question id>} for an answer); {@code reasonText} is the operator's own; at least
     * one of them is required. {@code recipient} blank means the municipal social service of the person's
     * residence.
     */
    public record CreateReferral(
            ReferralKind kind,
            String serviceName,
            String recipient,
            List<String> reasons,
            String reasonText,
            Set<DataCategory> sharedData,
            Boolean consentGiven,
            LocalDate dueDate) {}

    /** Sends a referral: on that day, with the person's consent to share the data, answer due by {@code dueDate}. */
    public record SendReferral(LocalDate sentOn, LocalDate dueDate, Boolean consentGiven) {}

    /** A later step: the day it happened and, for the answer and the outcome, what was said. */
    public record RecordStep(LocalDate on, String text) {}

    public record CancelReferral(String reason) {}
}
