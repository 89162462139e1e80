package it.orienta.agreement;

/** The kinds of actors of the employment network a plan item may name (R9). */
public enum NetworkActorKind {
    EMPLOYMENT_AGENCY,
    CHAMBER_OF_COMMERCE,
    TRAINING_BODY,
    SOCIAL_SERVICES,
    THIRD_SECTOR,
    SCHOOL_UNIVERSITY,
    OTHER
}
