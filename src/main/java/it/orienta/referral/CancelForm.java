package it.orienta.referral;

/** The cancellation of a referral: the reason, and the version the operator saw. */
class CancelForm {
    private String reason;
    private long version;

    CancelForm() {}

    CancelForm(ReferralView referral) {
        this.version = referral.version();
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
