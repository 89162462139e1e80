package it.orienta.agreement;

/** Who carries out a plan item (R9): the centre (a charter service), another actor of the network, the person. */
public enum ItemKind {
    CENTRE,
    NETWORK,
    PERSON
}
