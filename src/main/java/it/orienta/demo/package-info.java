/**
 * Demo data for the default run on the embedded database: three Tuscan centres, one account per role, a small
 * subset of the reference tables, a privacy notice and a handful of persons. Never loaded when an external
 * database is configured.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Demo data",
        allowedDependencies = {"system", "organisation", "reference", "person", "intake"})
package it.orienta.demo;
