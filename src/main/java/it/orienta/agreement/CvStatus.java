package it.orienta.agreement;

/**
 * The person's CV as left by phase 2 (R8): written or updated in the interview, or still to do. The PSP's own record
 * of what the interview did, not the cv module's state (which says whether a CV is current, obsolete or deleted): a
 * signed version keeps it as it was at signing.
 */
public enum CvStatus {
    DRAFTED,
    UPDATED,
    TO_DO
}
