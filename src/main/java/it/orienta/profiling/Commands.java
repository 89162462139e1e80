package it.orienta.profiling;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** What operators and administrators ask of profiling. Dates are the centres' days (Europe/Rome). */
public final class Commands {

    private Commands() {}

    /** A question or an indicator as an administrator writes it. */
    public record SaveItem(String code, String labelIt, String labelEn) {}

    /**
     * The interview as the operator leaves it: every answer (blank answers are dropped), the score (1–5, or
     * {@code null} while not given) and the indicators marked.
     */
    public record SaveInterview(
            LocalDate interviewDate, Map<UUID, String> answers, Integer score, Set<UUID> indicators, String notes) {}

    /** Confirms the deeper assessment the marked indicators proposed (R5). */
    public record ConfirmAssessment(String notes) {}

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
