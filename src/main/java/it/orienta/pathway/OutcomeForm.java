package it.orienta.pathway;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;

class OutcomeForm {
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate closedOn;

    private Set<Outcome> outcomes = new HashSet<>();

    private UUID referralId;

    private String referredTo;

    private String notes;

    public LocalDate getClosedOn() {
        return closedOn;
    }

    public void setClosedOn(LocalDate v) {
        closedOn = v;
    }

    public Set<Outcome> getOutcomes() {
        return outcomes;
    }

    public void setOutcomes(Set<Outcome> v) {
        outcomes = v;
    }

    public UUID getReferralId() {
        return referralId;
    }

    public void setReferralId(UUID v) {
        referralId = v;
    }

    public String getReferredTo() {
        return referredTo;
    }

    public void setReferredTo(String v) {
        referredTo = v;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String v) {
        notes = v;
    }
}
