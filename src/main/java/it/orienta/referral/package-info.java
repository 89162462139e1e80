/**
 * Referrals to the municipal social services (R5) and to other services (R26): written with reasons copied from the
 * profiling interview (or the operator's words), sent with the person's consent, the data shared and a due date,
 * then acknowledged, answered and closed with the outcome, or cancelled; overdue when the due date passed without an
 * answer. A social-services referral needs the deeper assessment confirmed in profiling. The aggregate is
 * {@code Referral}, which guards every rule of it.
 *
 * <p>Owns tables {@code referral} and {@code referral_reason} (created by V14). Offers {@link
 * it.orienta.referral.ReferralService} (a person's referrals, a centre's awaiting and overdue ones), {@link
 * it.orienta.referral.SentReferrals} (a person's sent referrals, which a pathway's "referred" outcome cites), {@link
 * it.orienta.referral.ReferralView} and {@link it.orienta.referral.ReferralEvents}; the pages
 * {@code /persons/{id}/referrals}, {@code /referrals/{id}}, {@code /centre/referrals}, their API, and the home
 * worklist's REFERRALS. Uses {@code profiling} (assessment and reasons), {@code person} and {@code reference} (the
 * residence's municipality for the default recipient).
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Referral",
        allowedDependencies = {"system", "organisation", "reference", "person", "profiling", "home", "web"})
package it.orienta.referral;
