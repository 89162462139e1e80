package it.orienta.guidance;

/** Whether the person came to a meeting. */
public enum Attendance {
    PRESENT,
    ABSENT,
    /** Absent with a justification, which is kept. */
    ABSENT_JUSTIFIED
}
