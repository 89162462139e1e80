/**
 * Qualitative profiling (R4): the standard interview with its administrator-editable questions, the operator's
 * employability score (1–5) beside the quantitative index recorded at intake; vulnerability indicators that propose
 * a deeper assessment (R5); referrals to the social services (R5) and to other services (R26) with their steps and
 * due dates. Public surface: {@link it.orienta.profiling.ProfilingService} with its views, commands and events.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Profiling",
        allowedDependencies = {"system", "organisation", "reference", "person", "intake", "home", "web"})
package it.orienta.profiling;
