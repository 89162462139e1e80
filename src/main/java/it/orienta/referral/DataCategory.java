package it.orienta.referral;

/** The categories of the person's data a referral shares with its recipient (with the person's consent). */
enum DataCategory {
    IDENTITY,
    CONTACTS,
    EDUCATION_WORK,
    INTERVIEW,
    INDICATORS,
    EMPLOYMENT_STATUS
}
