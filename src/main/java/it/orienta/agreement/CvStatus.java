package it.orienta.agreement;

/** The person's CV as left by phase 2 (R8). */
public enum CvStatus {
    DRAFTED,
    UPDATED,
    TO_DO
}
