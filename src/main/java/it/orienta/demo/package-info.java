/**
 * Demo data for the default run on the embedded database: three Tuscan centres, one account per role, a small
 * subset of the reference tables, a privacy notice, a handful of persons and the first two persons' desired
 * occupations (written through the occupation module's API). Never loaded when an external database is configured.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Demo data",
        allowedDependencies = {"system", "organisation", "reference", "person", "intake", "occupation"})
package it.orienta.demo;
