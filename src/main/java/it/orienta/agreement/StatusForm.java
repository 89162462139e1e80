package it.orienta.agreement;

import it.orienta.agreement.Commands.ChangeStatus;

/** A plan item's status change on a version's page, with the item's version the operator saw. */
class StatusForm {
    private long version;
    private ItemStatus status;
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

    public ItemStatus getStatus() {
        return status;
    }

    public void setStatus(ItemStatus status) {
        this.status = status;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
