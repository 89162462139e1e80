package it.orienta.guidance;

/** Whether the person came to a meeting. */
public enum Attendance {
    PRESENT,
    ABSENT,
    /** Absent with a justification, which is kept. */
    ABSENT_JUSTIFIED;

    /**
     * The one rule of a justified absence, for individual meetings and group sessions alike: it needs its
     * justification (blank is none).
     */
    public boolean needsJustification(String justification) {
        return this == ABSENT_JUSTIFIED && (justification == null || justification.isBlank());
    }
}
