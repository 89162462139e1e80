package it.orienta.portal;

/** The person's registration on the portal as Orienta knows it. */
public enum RegistrationState {
    /** Not known to Orienta: no transfer has asked the portal yet. */
    UNKNOWN,
    /** Pre-registered by Orienta; the portal sent the person a message; awaiting the person's confirmation. */
    PRE_REGISTERED,
    CONFIRMED
}
