/**
 * The person's orientation pathway: its seven stages derived from what was delivered (R1, the stepper of the
 * guidance page, the worker file and the agreement), the person's guidance page that shows it, and the pathway's
 * closing with its outcomes (R26, ADR 0012).
 *
 * <p>Owns the table {@code pathway_outcome}. Reads guidance's meetings and engagements through
 * {@link it.orienta.guidance.GuidanceService}; a stage another module knows better (the PSP's) comes from that
 * module's {@link it.orienta.pathway.PathwayStageSource} bean. A "referred" outcome cites one of the person's
 * sent referrals, read through {@link it.orienta.referral.SentReferrals}.
 *
 * <p>Offers {@link it.orienta.pathway.PathwayService} and {@link it.orienta.pathway.PathwayView} (used by
 * {@code workerfile} and {@code agreement}), {@link it.orienta.pathway.PathwayStageSource} (implemented by
 * {@code agreement}), {@link it.orienta.pathway.PathwayOutcomes} and its event {@link it.orienta.pathway.PathwayClosed}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Pathway",
        allowedDependencies = {"system", "organisation", "person", "intake", "charter", "guidance", "referral", "web"})
package it.orienta.pathway;
