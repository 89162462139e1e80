package it.orienta.proposal;

import it.orienta.proposal.ProposalTerms.Answer;
import it.orienta.proposal.ProposalTerms.CandidatureTo;
import it.orienta.proposal.ProposalTerms.Channel;
import it.orienta.proposal.ProposalTerms.Outcome;
import it.orienta.proposal.ProposalTerms.RefusalReason;
import it.orienta.proposal.ProposalTerms.WithdrawnBy;
import it.orienta.vacancy.VacancyTerms.ContractType;
import java.time.LocalDate;
import java.util.UUID;

/** What operators ask of proposals (the pages' forms and the API's bodies). Dates are the centres' days (Rome). */
public final class ProposalCommands {

    private ProposalCommands() {}

    /**
     * Proposes a vacancy to a person, on that day through that channel. For a person in charge at another centre it
     * becomes a request to that centre, with the note for its operators.
     */
    public record Propose(UUID vacancyId, UUID personId, Channel channel, LocalDate proposedOn, String note) {}

    /** The person's answer: INTERESTED, or NOT_INTERESTED with a reason (OTHER with a note). */
    public record RecordAnswer(Answer answer, LocalDate on, RefusalReason reason, String note) {}

    /** The candidature sent, on that day, to the employer or the pre-selection office, and how. */
    public record SendCandidature(LocalDate on, CandidatureTo to, String how) {}

    /**
     * What came of the candidature, recorded on {@code on}: INTERVIEW with its date, HIRED with the contract and the
     * start date, NOT_SELECTED, WITHDRAWN by the person or the employer.
     */
    public record RecordOutcome(
            Outcome outcome,
            LocalDate on,
            LocalDate interviewOn,
            ContractType contract,
            LocalDate startDate,
            WithdrawnBy withdrawnBy,
            String note) {}

    /** The centre in charge accepts a request: it proposes the vacancy itself, on that day through that channel. */
    public record AcceptRequest(Channel channel, LocalDate proposedOn) {}

    /** The centre in charge declines a request, with the reason the requester reads. */
    public record DeclineRequest(String reason) {}
}
