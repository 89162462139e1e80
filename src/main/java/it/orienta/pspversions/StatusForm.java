package it.orienta.pspversions;

import it.orienta.agreement.AgreementView;
import it.orienta.agreement.Commands.ChangeStatus;

/** A plan item's status change on a version's page, with the item's version the operator saw. */
class StatusForm {
    private long version;
    private AgreementView.PlanItem.Status status;
    private String note = "";

    ChangeStatus toCommand() {
        return new ChangeStatus(status, note);
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public AgreementView.PlanItem.Status getStatus() {
        return status;
    }

    public void setStatus(AgreementView.PlanItem.Status status) {
        this.status = status;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
