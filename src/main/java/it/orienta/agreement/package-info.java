/**
 * The personalised service agreement (patto di servizio personalizzato, PSP) as an aggregate: its versions (a draft,
 * the version in force, the superseded ones), the three phases of the interview's content (R6–R9), the ten
 * assessment areas, the measures agreed (R25), the legal content of art. 20 D.Lgs. 150/2015 (R10), the action plan
 * with its follow-up, the signature (signed versions never change) and updates as new versions. {@link
 * it.orienta.agreement.Agreement} guards every rule; {@link it.orienta.agreement.AgreementService} is its one service.
 *
 * <p>Owns the tables {@code agreement}, {@code agreement_area}, {@code agreement_item}, {@code
 * agreement_item_status}, {@code agreement_measure}, {@code agreement_meeting} and {@code agreement_scan}. Offers
 * {@link it.orienta.agreement.AgreementService} (drafts, phases, plan items, linking the interview's meetings,
 * signature, follow-up, reads), its views ({@link it.orienta.agreement.AgreementView}, {@link
 * it.orienta.agreement.AgreementSummary}), commands and events ({@link it.orienta.agreement.AgreementEvents}, for the
 * worker file and the audit log), the home page's worklist and the pathway's agreement stage. Used by the interview
 * module (the interview's pages and meetings), pspversions (the version pages and documents) and the worker file.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Service agreement",
        allowedDependencies = {"system", "organisation", "person", "intake", "charter", "guidance", "pathway", "home"})
package it.orienta.agreement;
