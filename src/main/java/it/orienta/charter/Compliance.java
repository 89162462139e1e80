package it.orienta.charter;

/** A duration judged against a time standard. */
public enum Compliance {
    /** Within the standard, its limits included. */
    WITHIN,
    UNDER_MINIMUM,
    OVER_MAXIMUM,
    /** The activity has no limit of this kind. */
    NO_STANDARD;

    /** Whether the duration fell outside the standard and so needs a reason. */
    public boolean outside() {
        return this == UNDER_MINIMUM || this == OVER_MAXIMUM;
    }
}
