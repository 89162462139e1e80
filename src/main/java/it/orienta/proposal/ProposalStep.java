package it.orienta.proposal;

import it.orienta.proposal.ProposalTerms.Status;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.time.LocalDate;

/** One step of a proposal as it was recorded (a row of {@code proposal_step}); never changed. */
@Embeddable
class ProposalStep {

    @Enumerated(EnumType.STRING)
    @Column(name = "step")
    private Status step;

    @Column(name = "step_on")
    private LocalDate on;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    @Column(name = "recorded_by")
    private String recordedBy;

    @Column(name = "detail")
    private String detail;

    protected ProposalStep() {}

    ProposalStep(Status step, LocalDate on, Instant recordedAt, String recordedBy, String detail) {
        this.step = step;
        this.on = on;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
        this.detail = detail == null ? "" : detail;
    }

    ProposalView.Step view() {
        return new ProposalView.Step(step, on, recordedAt, recordedBy, detail);
    }
}
