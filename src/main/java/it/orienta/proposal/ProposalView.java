package it.orienta.proposal;

import it.orienta.proposal.ProposalTerms.CandidatureTo;
import it.orienta.proposal.ProposalTerms.Channel;
import it.orienta.proposal.ProposalTerms.RefusalReason;
import it.orienta.proposal.ProposalTerms.Status;
import it.orienta.proposal.ProposalTerms.WithdrawnBy;
import it.orienta.system.Versioned;
import it.orienta.vacancy.VacancyTerms.ContractType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A proposal as the pages, the API and other modules read it: the vacancy (title and employer as they were when
 * proposed), the person, the centre in charge, who proposed it, when and how, the match score and weights' version
 * of the snapshot, the answer, the candidature, the outcome, and the history of its steps.
 *
 * @param personName "Rossi Mario"; blank where the reader may not know it
 * @param refusalReason why the person is not interested; {@code null} where the reader is not the centre in charge
 */
public record ProposalView(
        UUID id,
        UUID vacancyId,
        String vacancyTitle,
        String employerName,
        UUID personId,
        String personName,
        String centreCode,
        String proposedBy,
        LocalDate proposedOn,
        Channel channel,
        Integer matchScore,
        String weightsVersion,
        Status status,
        LocalDate answeredOn,
        RefusalReason refusalReason,
        String refusalNote,
        LocalDate candidatureOn,
        CandidatureTo candidatureTo,
        String candidatureHow,
        LocalDate outcomeOn,
        LocalDate interviewOn,
        ContractType hiredContract,
        LocalDate hiredStart,
        WithdrawnBy withdrawnBy,
        UUID requestId,
        List<Step> steps,
        long version)
        implements Versioned {

    public ProposalView {
        steps = steps == null ? List.of() : List.copyOf(steps);
    }

    /** What the operator does next: ANSWER, CANDIDATURE, OUTCOME, or NONE for a final proposal. */
    public enum Next {
        ANSWER,
        CANDIDATURE,
        OUTCOME,
        NONE
    }

    public Next next() {
        return switch (status) {
            case PROPOSED -> Next.ANSWER;
            case INTERESTED -> Next.CANDIDATURE;
            case CANDIDATURE_SENT, INTERVIEW -> Next.OUTCOME;
            default -> Next.NONE;
        };
    }

    /** Hired: the pages offer to record the pathway's outcome (R26), never write it themselves. */
    public boolean hired() {
        return status == Status.HIRED;
    }

    /**
     * The proposal as another centre reads it on a vacancy's list: who, where, the status and the days; the reason of
     * a refusal, the notes and the history stay with the centre in charge.
     */
    public ProposalView withoutCaseDetail() {
        return new ProposalView(
                id,
                vacancyId,
                vacancyTitle,
                employerName,
                personId,
                personName,
                centreCode,
                proposedBy,
                proposedOn,
                channel,
                matchScore,
                weightsVersion,
                status,
                answeredOn,
                null,
                null,
                candidatureOn,
                candidatureTo,
                null,
                outcomeOn,
                interviewOn,
                hiredContract,
                hiredStart,
                withdrawnBy,
                requestId,
                List.of(),
                version);
    }

    /** One step as recorded: the status it reached, the day it happened, when and by whom it was recorded. */
    public record Step(Status step, LocalDate on, Instant recordedAt, String recordedBy, String detail) {}
}
