package it.orienta.referral;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The referral's next step: its day and, for the answer and outcome, the text; to send, consent and due date. */
class StepForm {
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate on;

    private String text;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate dueDate;

    private boolean consentGiven;
    private long version;

    static StepForm next(ReferralView referral, LocalDate today) {
        var f = new StepForm();
        f.on = today;
        f.dueDate = referral.dueDate();
        f.consentGiven = referral.consentGiven();
        f.version = referral.version();
        return f;
    }

    public LocalDate getOn() {
        return on;
    }

    public void setOn(LocalDate on) {
        this.on = on;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public void setDueDate(LocalDate dueDate) {
        this.dueDate = dueDate;
    }

    public boolean isConsentGiven() {
        return consentGiven;
    }

    public void setConsentGiven(boolean consentGiven) {
        this.consentGiven = consentGiven;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
