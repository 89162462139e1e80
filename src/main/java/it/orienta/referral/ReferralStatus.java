package it.orienta.referral;

/**
 * A referral's steps, in order: written (draft), sent, acknowledged by the recipient, answered, closed with its
 * outcome; or cancelled with a reason before it closed. Acknowledgement may be skipped when the answer comes first.
 */
public enum ReferralStatus {
    DRAFT,
    SENT,
    ACKNOWLEDGED,
    ANSWERED,
    CLOSED,
    CANCELLED
}
