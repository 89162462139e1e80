package it.orienta.agreement;

/** Where a plan item stands; every change is kept. Abandoning and cancelling need a note saying why. */
public enum ItemStatus {
    PLANNED,
    IN_PROGRESS,
    DONE,
    /** The person gave it up. */
    ABANDONED,
    /** The centre cancelled it. */
    CANCELLED;

    /** Still to be done: shown on the home page when due. */
    public boolean open() {
        return this == PLANNED || this == IN_PROGRESS;
    }

    public boolean needsNote() {
        return this == ABANDONED || this == CANCELLED;
    }
}
