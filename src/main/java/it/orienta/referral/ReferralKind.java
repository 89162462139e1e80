package it.orienta.referral;

/** Where a person is referred: the municipal social service (R5) or another named service (R26). */
enum ReferralKind {
    SOCIAL_SERVICES,
    OTHER_SERVICE
}
