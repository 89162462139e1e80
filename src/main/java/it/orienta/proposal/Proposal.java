package it.orienta.proposal;

import it.orienta.proposal.ProposalCommands.RecordAnswer;
import it.orienta.proposal.ProposalCommands.RecordOutcome;
import it.orienta.proposal.ProposalCommands.SendCandidature;
import it.orienta.proposal.ProposalTerms.Answer;
import it.orienta.proposal.ProposalTerms.CandidatureTo;
import it.orienta.proposal.ProposalTerms.Channel;
import it.orienta.proposal.ProposalTerms.RefusalReason;
import it.orienta.proposal.ProposalTerms.Status;
import it.orienta.proposal.ProposalTerms.WithdrawnBy;
import it.orienta.system.RuleViolationException;
import it.orienta.system.RuleViolationException.Violation;
import it.orienta.vacancy.VacancyTerms.ContractType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.ListIndexBase;
import org.hibernate.type.SqlTypes;

/**
 * A vacancy proposed to a person (measure d, B03) and what came of it. Guards the order of the steps: the person's
 * answer (interested, or not interested with a reason) only to a proposal awaiting it; a candidature only after an
 * answer of interest; an outcome only after a candidature (an interview may be followed by another outcome); the
 * final states (not interested, hired, not selected, withdrawn) take no more steps. Each step is dated — not in the
 * future, not before the step it follows — and kept in the history. A refusal changes nothing.
 *
 * <p>Whether the vacancy is open, the person consents and is in charge, and no other live proposal exists are the
 * service's checks (they need other modules); the database's unique partial index {@code proposal_live} makes the
 * last one hold under concurrent proposals.
 */
@Entity
@Table(name = "proposal")
class Proposal {

    static final int NOTE = 2000;
    static final int HOW = 300;

    @Id
    private UUID id;

    private UUID vacancyId;
    private String vacancyTitle;
    private String employerName;
    private UUID personId;
    private String centreCode;
    private String proposedBy;
    private LocalDate proposedOn;

    @Enumerated(EnumType.STRING)
    private Channel channel;

    private Integer matchScore;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "match_explanation")
    private String matchExplanation;

    private String weightsVersion;

    @Enumerated(EnumType.STRING)
    private Status status;

    private LocalDate answeredOn;

    @Enumerated(EnumType.STRING)
    private RefusalReason refusalReason;

    private String refusalNote;
    private LocalDate candidatureOn;

    @Enumerated(EnumType.STRING)
    private CandidatureTo candidatureTo;

    private String candidatureHow;
    private LocalDate outcomeOn;
    private LocalDate interviewOn;

    @Enumerated(EnumType.STRING)
    private ContractType hiredContract;

    private LocalDate hiredStart;

    @Enumerated(EnumType.STRING)
    private WithdrawnBy withdrawnBy;

    private UUID requestId;
    private Instant createdAt;
    private Instant updatedAt;
    private String updatedBy;

    @Version
    private Long version;

    @ElementCollection
    @CollectionTable(name = "proposal_step", joinColumns = @JoinColumn(name = "proposal_id"))
    @OrderColumn(name = "position")
    @ListIndexBase(1)
    private List<ProposalStep> steps = new ArrayList<>();

    protected Proposal() {}

    /** The vacancy proposed, as it is named when proposed. */
    record Vacancy(UUID id, String title, String employerName) {}

    /** The match as it was when the vacancy was proposed: score, explanation (JSON) and weights' version. */
    record Snapshot(Integer score, String json, String weightsVersion) {
        static final Snapshot NONE = new Snapshot(null, null, null);
    }

    /**
     * Proposes a vacancy to a person: on a day not in the future, through a channel.
     *
     * @param centreCode the centre in charge, whose operator proposes
     * @param requestId the request of another centre this proposal answers, or null
     */
    static Proposal propose(
            Vacancy vacancy,
            UUID personId,
            String centreCode,
            Channel channel,
            LocalDate proposedOn,
            Snapshot match,
            UUID requestId,
            String by,
            LocalDate today,
            Instant now) {
        var v = new ArrayList<Violation>();
        if (channel == null) {
            v.add(Violation.of("proposal.channel.required", "channel"));
        }
        day(v, proposedOn, "proposedOn", null, today);
        refuse(v);
        var p = new Proposal();
        p.id = UUID.randomUUID();
        p.vacancyId = vacancy.id();
        p.vacancyTitle = vacancy.title();
        p.employerName = vacancy.employerName();
        p.personId = personId;
        p.centreCode = centreCode;
        p.proposedBy = by;
        p.proposedOn = proposedOn;
        p.channel = channel;
        p.matchScore = match.score();
        p.matchExplanation = match.json();
        p.weightsVersion = match.weightsVersion();
        p.status = Status.PROPOSED;
        p.requestId = requestId;
        p.createdAt = now;
        p.step(Status.PROPOSED, proposedOn, now, by, channel.name());
        return p;
    }

    /** The person's answer: to a proposal awaiting it; NOT_INTERESTED with a reason (OTHER with a note) is final. */
    void answer(RecordAnswer c, String by, LocalDate today, Instant now) {
        order(Status.PROPOSED);
        var v = new ArrayList<Violation>();
        if (c.answer() == null) {
            v.add(Violation.of("proposal.answer.required", "answer"));
        }
        day(v, c.on(), "on", proposedOn, today);
        String note = clean(c.note());
        boolean refused = c.answer() == Answer.NOT_INTERESTED;
        if (refused && c.reason() == null) {
            v.add(Violation.of("proposal.refusal.reason.required", "reason"));
        }
        if (refused && c.reason() == RefusalReason.OTHER && note.isEmpty()) {
            v.add(Violation.of("proposal.refusal.note.required", "note"));
        }
        length(v, note, NOTE, "note");
        refuse(v);
        answeredOn = c.on();
        if (refused) {
            refusalReason = c.reason();
            refusalNote = note.isEmpty() ? null : note;
            status = Status.NOT_INTERESTED;
        } else {
            status = Status.INTERESTED;
        }
        step(status, c.on(), now, by, refused ? c.reason().name() + (note.isEmpty() ? "" : ": " + note) : note);
    }

    /** The candidature: only after the person said they are interested. */
    void sendCandidature(SendCandidature c, String by, LocalDate today, Instant now) {
        order(Status.INTERESTED);
        var v = new ArrayList<Violation>();
        if (c.to() == null) {
            v.add(Violation.of("proposal.candidature.to.required", "to"));
        }
        day(v, c.on(), "on", answeredOn, today);
        String how = clean(c.how());
        length(v, how, HOW, "how");
        refuse(v);
        candidatureOn = c.on();
        candidatureTo = c.to();
        candidatureHow = how.isEmpty() ? null : how;
        status = Status.CANDIDATURE_SENT;
        step(status, c.on(), now, by, c.to().name() + (how.isEmpty() ? "" : ": " + how));
    }

    /**
     * What came of the candidature: only after one was sent (or after an interview). INTERVIEW with its date (it may
     * be ahead), HIRED with the contract and the start date, NOT_SELECTED, WITHDRAWN by the person or the employer.
     */
    void recordOutcome(RecordOutcome c, String by, LocalDate today, Instant now) {
        order(Status.CANDIDATURE_SENT, Status.INTERVIEW);
        var v = new ArrayList<Violation>();
        if (c.outcome() == null) {
            v.add(Violation.of("proposal.outcome.required", "outcome"));
        }
        day(v, c.on(), "on", candidatureOn, today);
        String note = clean(c.note());
        length(v, note, NOTE, "note");
        if (c.outcome() != null) {
            switch (c.outcome()) {
                case INTERVIEW -> {
                    if (c.interviewOn() == null) {
                        v.add(Violation.of("proposal.interview.date.required", "interviewOn"));
                    } else if (c.interviewOn().isBefore(candidatureOn)) {
                        v.add(Violation.of("proposal.date.before-previous", "interviewOn"));
                    }
                }
                case HIRED -> {
                    if (c.contract() == null) {
                        v.add(Violation.of("proposal.hired.contract.required", "contract"));
                    }
                    if (c.startDate() == null) {
                        v.add(Violation.of("proposal.hired.start.required", "startDate"));
                    } else if (c.startDate().isBefore(candidatureOn)) {
                        v.add(Violation.of("proposal.date.before-previous", "startDate"));
                    }
                }
                case WITHDRAWN -> {
                    if (c.withdrawnBy() == null) {
                        v.add(Violation.of("proposal.withdrawn.by.required", "withdrawnBy"));
                    }
                }
                case NOT_SELECTED -> {}
            }
        }
        refuse(v);
        outcomeOn = c.on();
        String detail = switch (c.outcome()) {
            case INTERVIEW -> {
                interviewOn = c.interviewOn();
                status = Status.INTERVIEW;
                yield c.interviewOn().toString();
            }
            case HIRED -> {
                hiredContract = c.contract();
                hiredStart = c.startDate();
                status = Status.HIRED;
                yield c.contract().name() + " " + c.startDate();
            }
            case NOT_SELECTED -> {
                status = Status.NOT_SELECTED;
                yield "";
            }
            case WITHDRAWN -> {
                withdrawnBy = c.withdrawnBy();
                status = Status.WITHDRAWN;
                yield c.withdrawnBy().name();
            }
        };
        step(status, c.on(), now, by, note.isEmpty() ? detail : (detail.isEmpty() ? note : detail + ": " + note));
    }

    // ---------------------------------------------------------------- helpers

    private void order(Status... allowed) {
        for (var s : allowed) {
            if (status == s) {
                return;
            }
        }
        throw new RuleViolationException(status.fin() ? "proposal.final" : "proposal.step.order", null, status.name());
    }

    private void step(Status step, LocalDate on, Instant now, String by, String detail) {
        steps.add(new ProposalStep(step, on, now, by, detail));
        updatedAt = now;
        updatedBy = by;
    }

    private static void day(List<Violation> v, LocalDate day, String field, LocalDate previous, LocalDate today) {
        if (day == null) {
            v.add(Violation.of("proposal.date.required", field));
        } else if (day.isAfter(today)) {
            v.add(Violation.of("proposal.date.future", field));
        } else if (previous != null && day.isBefore(previous)) {
            v.add(Violation.of("proposal.date.before-previous", field));
        }
    }

    private static void length(List<Violation> v, String text, int max, String field) {
        if (text.length() > max) {
            v.add(Violation.of("proposal.text.too-long", field, max));
        }
    }

    private static String clean(String text) {
        return text == null ? "" : text.strip();
    }

    private static void refuse(List<Violation> v) {
        if (!v.isEmpty()) {
            throw RuleViolationException.of(v);
        }
    }

    // ---------------------------------------------------------------- reads

    UUID id() {
        return id;
    }

    UUID vacancyId() {
        return vacancyId;
    }

    UUID personId() {
        return personId;
    }

    String vacancyTitle() {
        return vacancyTitle;
    }

    String centreCode() {
        return centreCode;
    }

    Status status() {
        return status;
    }

    Channel channel() {
        return channel;
    }

    LocalDate proposedOn() {
        return proposedOn;
    }

    Integer matchScore() {
        return matchScore;
    }

    RefusalReason refusalReason() {
        return refusalReason;
    }

    CandidatureTo candidatureTo() {
        return candidatureTo;
    }

    ContractType hiredContract() {
        return hiredContract;
    }

    LocalDate hiredStart() {
        return hiredStart;
    }

    LocalDate interviewOn() {
        return interviewOn;
    }

    WithdrawnBy withdrawnBy() {
        return withdrawnBy;
    }

    List<ProposalView.Step> steps() {
        return steps.stream().map(ProposalStep::view).toList();
    }

    long version() {
        return version == null ? 0 : version;
    }
}
