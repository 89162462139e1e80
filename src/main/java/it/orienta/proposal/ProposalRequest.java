package it.orienta.proposal;

import it.orienta.proposal.ProposalTerms.RequestStatus;
import it.orienta.system.RuleViolationException;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * A centre's request to the centre in charge of a person to propose them a vacancy (the case is that centre's, ADR
 * 0017): pending until an operator of the centre in charge accepts it (and proposes, as that centre) or declines it
 * with a reason; then final. A refusal changes nothing.
 */
@Entity
@Table(name = "proposal_request")
class ProposalRequest {

    static final int TEXT = 2000;

    @Id
    private UUID id;

    private UUID vacancyId;
    private String vacancyTitle;
    private String employerName;
    private UUID personId;
    private String fromCentre;
    private String toCentre;
    private String requestedBy;
    private Instant requestedAt;
    private String note;

    @Enumerated(EnumType.STRING)
    private RequestStatus status;

    private String answeredBy;
    private Instant answeredAt;
    private String declineReason;
    private UUID proposalId;

    @Version
    private Long version;

    protected ProposalRequest() {}

    static ProposalRequest ask(
            Proposal.Vacancy vacancy,
            UUID personId,
            String fromCentre,
            String toCentre,
            String note,
            String by,
            Instant now) {
        String text = note == null ? "" : note.strip();
        if (text.length() > TEXT) {
            throw new RuleViolationException("proposal.text.too-long", "note", TEXT);
        }
        var r = new ProposalRequest();
        r.id = UUID.randomUUID();
        r.vacancyId = vacancy.id();
        r.vacancyTitle = vacancy.title();
        r.employerName = vacancy.employerName();
        r.personId = personId;
        r.fromCentre = fromCentre;
        r.toCentre = toCentre;
        r.requestedBy = by;
        r.requestedAt = now;
        r.note = text;
        r.status = RequestStatus.PENDING;
        return r;
    }

    /** Accepted: the proposal the centre in charge made. */
    void accept(UUID proposalId, String by, Instant now) {
        pending();
        this.proposalId = proposalId;
        this.status = RequestStatus.ACCEPTED;
        this.answeredBy = by;
        this.answeredAt = now;
    }

    /** The proposal made on accepting. */
    void linkProposal(UUID proposalId) {
        this.proposalId = proposalId;
    }

    /** Declined, with the reason the requester reads. */
    void decline(String reason, String by, Instant now) {
        pending();
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty()) {
            throw new RuleViolationException("proposal.request.reason.required", "reason");
        }
        if (text.length() > TEXT) {
            throw new RuleViolationException("proposal.text.too-long", "reason", TEXT);
        }
        this.declineReason = text;
        this.status = RequestStatus.DECLINED;
        this.answeredBy = by;
        this.answeredAt = now;
    }

    private void pending() {
        if (status != RequestStatus.PENDING) {
            throw new RuleViolationException("proposal.request.answered", null, status.name());
        }
    }

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

    String fromCentre() {
        return fromCentre;
    }

    String toCentre() {
        return toCentre;
    }

    String declineReason() {
        return declineReason;
    }

    RequestStatus status() {
        return status;
    }

    long version() {
        return version == null ? 0 : version;
    }
}
