/**
 * The regional job portal and the CV search system (R17–R19, R21): HTTP clients for their contracts
 * ({@code docs/portal-api.yaml}), the reliable delivery of CV transfers and removals, the person's registration on
 * the portal, and the pages and API of the transfer. Reads CVs through {@code cv}'s public API and reports the
 * transfer's state back to it.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Regional portal",
        allowedDependencies = {"system", "organisation", "person", "intake", "cv", "home", "web", "cluster"})
package it.orienta.portal;
