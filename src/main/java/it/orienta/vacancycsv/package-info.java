/**
 * The CSV import of vacancies (issue 13, ADR 0032): a coordinator's or pre-selection operator's spreadsheet of
 * vacancies, uploaded on the page {@code /vacancy-import} or to {@code POST /api/v1/vacancy-imports}, read in UTF-8
 * or Windows-1252 with {@code ;} or {@code ,} between the columns (both detected), checked row by row against the
 * vacancy module's rules, and saved only when every row is right — all rows in one transaction, nothing otherwise,
 * with a report naming each row and column to fix. A row's vacancy is upserted by ({@code CSV}, its external id: the
 * {@code codice_annuncio} column, else the employer's tax code with the profession, the place and the title), so that
 * the same file imported again updates and never duplicates; an employer not yet registered is registered from the
 * row's employer columns. The template with the expected columns is downloadable ({@code /vacancy-import/template.csv}).
 *
 * <p>Owns no table: it writes through {@code vacancy}'s {@code EmployerService} and {@code VacancyService}, whose
 * rules and access it keeps (coordinators and pre-selection operators). Nothing depends on it.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Vacancy CSV import",
        allowedDependencies = {"system", "vacancy", "person", "organisation", "web"})
package it.orienta.vacancycsv;
