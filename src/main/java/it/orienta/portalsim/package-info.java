/**
 * A simulator of the regional job portal (Toscana Lavoro) and of the CV search system, inside the application and
 * on by default with the embedded database only: it speaks the contracts Orienta's clients are written against
 * (docs/portal-api.yaml, docs/cv-search-api.yaml) under {@code /sim/…}, keeps its own tables ({@code portalsim_*}),
 * sends its notices to Orienta's webhook, and can be told to fail (unreachable, slow, 5xx, refusal) from its admin
 * page or by tests through {@link it.orienta.portalsim.PortalSimulator}. Nothing depends on it.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Portal simulator",
        allowedDependencies = {"system", "organisation"})
package it.orienta.portalsim;
