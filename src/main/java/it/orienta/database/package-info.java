/**
 * The embedded PostgreSQL of the default run and the tests (ADR 0002): started by the application when no
 * {@code spring.datasource.url} is given, on a persistent data directory. With an external database this module does
 * nothing. Also the event publication registry's upkeep on several nodes ({@code FailedPublications}: failed and stale
 * publications resubmitted instead of republished at restart, ADR 0025). Owns no table.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Embedded database",
        allowedDependencies = {"system"})
package it.orienta.database;
