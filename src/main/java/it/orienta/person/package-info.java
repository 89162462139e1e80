/**
 * The person registry: identity and codice fiscale (one person, one record), contacts, education titles, work
 * history, languages, licences, and special-category data (disability, vulnerability) shown only to the roles
 * that need it, every read audited. Public surface: {@link it.orienta.person.PersonService}, its views and
 * commands, {@link it.orienta.person.TaxCode}, and the {@link it.orienta.person.PersonFileEvent} contract that
 * every module's events about a person implement to appear on the worker file.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Person registry",
        allowedDependencies = {"system", "organisation", "reference"})
package it.orienta.person;
