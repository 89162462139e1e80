/**
 * Taking a person in charge at a centre (presa in carico) with the privacy notice shown and acknowledged, the
 * matching consent and its history, and the quantitative profiling index. Public surface:
 * {@link it.orienta.intake.IntakeService} with its views, commands and events; other modules ask
 * {@link it.orienta.intake.IntakeService#currentMatchingConsent} for the consent state.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Intake",
        allowedDependencies = {"system", "organisation", "person", "home", "web"})
package it.orienta.intake;
