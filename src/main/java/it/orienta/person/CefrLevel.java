package it.orienta.person;

/** Common European Framework of Reference levels; NATIVE for a mother tongue. */
public enum CefrLevel {
    A1,
    A2,
    B1,
    B2,
    C1,
    C2,
    NATIVE
}
