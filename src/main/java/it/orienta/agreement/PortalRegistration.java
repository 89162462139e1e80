package it.orienta.agreement;

/**
 * The person's registration on the regional job portal, as found or promoted in phase 2 (R8): already registered,
 * registration promoted in the interview, or refused by the person. The PSP's own record of the interview, not the
 * portal module's {@code RegistrationState} (unknown / pre-registered / confirmed, learnt from transfers): a signed
 * version keeps it as it was at signing.
 */
public enum PortalRegistration {
    REGISTERED,
    PROMOTED,
    REFUSED
}
