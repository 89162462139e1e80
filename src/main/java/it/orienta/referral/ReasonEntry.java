package it.orienta.referral;

import it.orienta.referral.ReferralView.Reason;
import it.orienta.referral.ReferralView.ReasonSource;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.UUID;

/** A reason of a referral as written when it was created (a row of {@code referral_reason}); never changed. */
@Embeddable
class ReasonEntry {

    @Enumerated(EnumType.STRING)
    @Column(name = "source")
    private ReasonSource source;

    @Column(name = "source_id")
    private UUID sourceId;

    @Column(name = "text")
    private String text;

    protected ReasonEntry() {}

    ReasonEntry(Reason reason) {
        this.source = reason.source();
        this.sourceId = reason.sourceId();
        this.text = reason.text();
    }

    Reason view() {
        return new Reason(source, sourceId, text);
    }
}
