package it.orienta.intake;

/** The matching consent (consenso all’incontro domanda/offerta) at a point in time. */
public enum ConsentState {
    /** Never asked: the person was not taken in charge. */
    NONE,
    GIVEN,
    REFUSED,
    WITHDRAWN;

    public boolean allowsMatching() {
        return this == GIVEN;
    }
}
