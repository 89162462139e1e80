/**
 * Demo data for the default run on the embedded database: three Tuscan centres, one account per role, a small
 * subset of the reference tables, a privacy notice, a handful of persons, the first two persons' desired
 * occupations and a few messages to them, and a year of history for CPI Firenze ({@link DemoHistory}: persons
 * taken in charge month by month, their meetings and PSPs, for the monitoring) — each written through the owning module's public API, under one
 * condition ({@code @DemoRun}). Never loaded when an external database is configured.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Demo data",
        allowedDependencies = {
            "system",
            "organisation",
            "reference",
            "person",
            "intake",
            "occupation",
            "notification",
            "guidance",
            "agreement"
        })
package it.orienta.demo;
