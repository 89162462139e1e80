package it.orienta.portal;

/**
 * The states of a transfer to the portal (uploads) or of a removal from the CV search system (R17–R19, R21).
 * Uploads: REQUESTED → SENT → ACCEPTED, or → PRE_REGISTERED (held until the person confirms) → ACCEPTED; RETRYING
 * while the portal is unavailable; FAILED on a refusal (retried by hand); CANCELLED when consent is withdrawn or
 * the CV deleted. Removals: REQUESTED → REMOVED, RETRYING, FAILED.
 */
public enum TransferState {
    REQUESTED,
    SENT,
    ACCEPTED,
    PRE_REGISTERED,
    FAILED,
    RETRYING,
    CANCELLED,
    REMOVED;

    /** Waiting for the worker. */
    public boolean pending() {
        return this == REQUESTED || this == RETRYING;
    }

    /** Nothing more will happen unless an operator acts. */
    public boolean settled() {
        return this == ACCEPTED || this == FAILED || this == CANCELLED || this == REMOVED;
    }
}
