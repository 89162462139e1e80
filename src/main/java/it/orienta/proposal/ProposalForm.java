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
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The pages' one form of proposals: the proposal itself (vacancy, person, channel, day, note for a request), each
 * step after it (answer, candidature, outcome) and a request's answer (accept with channel and day, decline with a
 * reason). Each page binds the fields it shows; the field names are the commands', so that a refusal lands on its
 * field.
 */
class ProposalForm {

    private UUID vacancyId;
    private UUID personId;
    private Channel channel;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate proposedOn;

    private String note;
    private Answer answer;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate on;

    private RefusalReason reason;
    private CandidatureTo to;
    private String how;
    private Outcome outcome;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate interviewOn;

    private ContractType contract;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate startDate;

    private WithdrawnBy withdrawnBy;
    private String declineReason;
    private long version;

    static ProposalForm on(LocalDate today, long version) {
        var f = new ProposalForm();
        f.proposedOn = today;
        f.on = today;
        f.version = version;
        return f;
    }

    ProposalCommands.Propose propose() {
        return new ProposalCommands.Propose(vacancyId, personId, channel, proposedOn, note);
    }

    ProposalCommands.RecordAnswer recordAnswer() {
        return new ProposalCommands.RecordAnswer(answer, on, answer == Answer.NOT_INTERESTED ? reason : null, note);
    }

    ProposalCommands.SendCandidature sendCandidature() {
        return new ProposalCommands.SendCandidature(on, to, how);
    }

    ProposalCommands.RecordOutcome recordOutcome() {
        return new ProposalCommands.RecordOutcome(outcome, on, interviewOn, contract, startDate, withdrawnBy, note);
    }

    public UUID getVacancyId() {
        return vacancyId;
    }

    public void setVacancyId(UUID v) {
        this.vacancyId = v;
    }

    public UUID getPersonId() {
        return personId;
    }

    public void setPersonId(UUID v) {
        this.personId = v;
    }

    public Channel getChannel() {
        return channel;
    }

    public void setChannel(Channel v) {
        this.channel = v;
    }

    public LocalDate getProposedOn() {
        return proposedOn;
    }

    public void setProposedOn(LocalDate v) {
        this.proposedOn = v;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String v) {
        this.note = v;
    }

    public Answer getAnswer() {
        return answer;
    }

    public void setAnswer(Answer v) {
        this.answer = v;
    }

    public LocalDate getOn() {
        return on;
    }

    public void setOn(LocalDate v) {
        this.on = v;
    }

    public RefusalReason getReason() {
        return reason;
    }

    public void setReason(RefusalReason v) {
        this.reason = v;
    }

    public CandidatureTo getTo() {
        return to;
    }

    public void setTo(CandidatureTo v) {
        this.to = v;
    }

    public String getHow() {
        return how;
    }

    public void setHow(String v) {
        this.how = v;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public void setOutcome(Outcome v) {
        this.outcome = v;
    }

    public LocalDate getInterviewOn() {
        return interviewOn;
    }

    public void setInterviewOn(LocalDate v) {
        this.interviewOn = v;
    }

    public ContractType getContract() {
        return contract;
    }

    public void setContract(ContractType v) {
        this.contract = v;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate v) {
        this.startDate = v;
    }

    public WithdrawnBy getWithdrawnBy() {
        return withdrawnBy;
    }

    public void setWithdrawnBy(WithdrawnBy v) {
        this.withdrawnBy = v;
    }

    public String getDeclineReason() {
        return declineReason;
    }

    public void setDeclineReason(String v) {
        this.declineReason = v;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long v) {
        this.version = v;
    }
}
