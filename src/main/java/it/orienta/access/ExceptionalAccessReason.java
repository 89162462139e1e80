package it.orienta.access;

/** Why an operator reads the case of a person in charge at another centre (accesso straordinario). */
public enum ExceptionalAccessReason {
    /** Checking a possible homonym or duplicate record. */
    IDENTITY_CHECK,
    /** The person is at this centre's desk and asks about their pathway. */
    PERSON_AT_DESK,
    /** Continuity of the service while the transfer of charge is pending. */
    CONTINUITY,
    /** Another reason, told in the text. */
    OTHER
}
