package it.orienta.system;

/**
 * An update was based on a version that is no longer current: somebody else changed the record meanwhile.
 * Carries the current state so that the user can see it and redo their change (HTTP 409).
 */
public class StaleVersionException extends RuntimeException {

    private final long currentVersion;
    private final transient Object currentState;

    public StaleVersionException(long currentVersion, Object currentState) {
        super("stale version; current is " + currentVersion);
        this.currentVersion = currentVersion;
        this.currentState = currentState;
    }

    public long currentVersion() {
        return currentVersion;
    }

    public Object currentState() {
        return currentState;
    }
}
