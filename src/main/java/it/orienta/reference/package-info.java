/**
 * Reference data: the ISTAT code tables (professions CP2011, education titles, municipalities, foreign states)
 * imported from FHIR CodeSystem XML, and the SEP sectors. Public surface:
 * {@link it.orienta.reference.ReferenceService}, {@link it.orienta.reference.CodeSystem},
 * {@link it.orienta.reference.ReferenceCode}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Reference data",
        allowedDependencies = {"system", "organisation", "web"})
package it.orienta.reference;
