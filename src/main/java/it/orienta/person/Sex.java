package it.orienta.person;

/** Sex as written in the codice fiscale. */
public enum Sex {
    M,
    F
}
