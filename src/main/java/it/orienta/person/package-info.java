/**
 * The person registry: identity and codice fiscale (one person, one record), contacts, education titles, work
 * history, languages, licences, and special-category data (disability, vulnerability). The registry is regional
 * (registration, the search with the centre that has each person in charge, {@code PersonService#identity}); the
 * record is the case's, read and changed under the record-access policy ({@code system.CaseAccess}), every read
 * audited once per request. Public surface: {@link it.orienta.person.PersonService}, its views and commands,
 * {@link it.orienta.person.TaxCode}, {@link it.orienta.person.PersonCommand.CleanText}, and the
 * {@link it.orienta.person.PersonFileEvent} contract that every module's events about a person implement to appear
 * on the worker file.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Person registry",
        allowedDependencies = {"system", "organisation", "reference"})
package it.orienta.person;
