package it.orienta.charter;

/** How an activity is delivered: to one person, to a group, or either. */
public enum Delivery {
    INDIVIDUAL,
    GROUP,
    BOTH;

    /** Whether a meeting held in a group ({@code true}) or individually may be of this activity. */
    public boolean allows(boolean group) {
        return this == BOTH || (group ? this == GROUP : this == INDIVIDUAL);
    }
}
