/**
 * The person registry: identity and codice fiscale (one person, one record), contacts, education titles, work
 * history, languages, licences, and special-category data (disability, vulnerability). The registry is regional
 * (registration, the search with the centre that has each person in charge, {@code PersonService#identity}); the
 * record is the case's, read and changed under the record-access policy ({@code system.CaseAccess}), every read
 * audited once per request. Public surface: {@link it.orienta.person.PersonService}, its views and commands,
 * {@link it.orienta.person.TaxCode}, {@link it.orienta.person.PersonCommand.CleanText}, and its events
 * ({@link it.orienta.person.PersonEvents}: facts, ADR 0020).
 *
 * <p><b>Owns</b> the tables {@code person}, {@code person_licence}, {@code person_language},
 * {@code person_education_title} and {@code person_work_experience} (V4 and later). The rules live in the aggregate
 * {@code Person}; the search and the identity reads of many persons in {@code PersonSearch}.
 *
 * <p><b>Publishes</b> for SQL readers in other modules the view {@code person_directory_v} (V38: identity and
 * contacts, one row per person) — the occupation module's extraction joins it, and the portal module should read
 * persons through it or through {@code PersonService#summaries} instead of the table {@code person}. Other modules
 * never lock this module's rows: {@link it.orienta.person.PersonService#lockCase} takes a transaction-scoped
 * advisory lock on the person's key for changes of a case that must not interleave (the limit of three desired
 * occupations, the one current CV).
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Person registry",
        allowedDependencies = {"system", "organisation", "reference", "web"})
package it.orienta.person;
