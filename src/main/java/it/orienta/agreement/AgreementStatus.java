package it.orienta.agreement;

/** A version of a PSP: being written, in force (signed), or replaced by a later signed version. */
public enum AgreementStatus {
    DRAFT,
    SIGNED,
    SUPERSEDED
}
