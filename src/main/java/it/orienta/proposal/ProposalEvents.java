package it.orienta.proposal;

import it.orienta.proposal.ProposalTerms.Answer;
import it.orienta.proposal.ProposalTerms.CandidatureTo;
import it.orienta.proposal.ProposalTerms.Channel;
import it.orienta.proposal.ProposalTerms.Outcome;
import it.orienta.proposal.ProposalTerms.RefusalReason;
import it.orienta.system.Actor;
import it.orienta.system.CaseEvent;
import it.orienta.vacancy.VacancyTerms.ContractType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** The facts of proposals: each step is a fact about the person's case (ADR 0020), on the timeline and in the audit. */
public final class ProposalEvents {

    private ProposalEvents() {}

    /** A vacancy was proposed to the person (by the centre in charge; {@code requestId} when another centre asked). */
    public record ProposalMade(
            UUID eventId,
            Actor actor,
            Instant occurredAt,
            UUID personId,
            UUID proposalId,
            UUID vacancyId,
            String vacancyTitle,
            String employerName,
            Channel channel,
            LocalDate proposedOn,
            Integer score,
            UUID requestId)
            implements CaseEvent {}

    /** The person answered: interested, or not interested with the reason (no sanction follows by itself). */
    public record ProposalAnswered(
            UUID eventId,
            Actor actor,
            Instant occurredAt,
            UUID personId,
            UUID proposalId,
            String vacancyTitle,
            Answer answer,
            RefusalReason reason,
            LocalDate on)
            implements CaseEvent {}

    /** The candidature was sent to the employer or the pre-selection office. */
    public record CandidatureSent(
            UUID eventId,
            Actor actor,
            Instant occurredAt,
            UUID personId,
            UUID proposalId,
            String vacancyTitle,
            CandidatureTo to,
            LocalDate on)
            implements CaseEvent {}

    /** What came of the candidature; {@code contract} and {@code startDate} for HIRED, else {@code null}. */
    public record ProposalOutcomeRecorded(
            UUID eventId,
            Actor actor,
            Instant occurredAt,
            UUID personId,
            UUID proposalId,
            String vacancyTitle,
            Outcome outcome,
            LocalDate on,
            ContractType contract,
            LocalDate startDate)
            implements CaseEvent {}

    /** Another centre asked the centre in charge to propose a vacancy to the person. */
    public record ProposalRequested(
            UUID eventId,
            Actor actor,
            Instant occurredAt,
            UUID personId,
            UUID requestId,
            UUID vacancyId,
            String vacancyTitle,
            String fromCentre,
            String toCentre)
            implements CaseEvent {}

    /** The centre in charge accepted (and proposed) or declined another centre's request, with the reason. */
    public record ProposalRequestAnswered(
            UUID eventId,
            Actor actor,
            Instant occurredAt,
            UUID personId,
            UUID requestId,
            String vacancyTitle,
            boolean accepted,
            String reason)
            implements CaseEvent {}
}
