package it.orienta.agreement;

/** The person's registration on the regional job portal, as found or promoted in phase 2 (R8). */
public enum PortalRegistration {
    REGISTERED,
    PROMOTED,
    REFUSED
}
