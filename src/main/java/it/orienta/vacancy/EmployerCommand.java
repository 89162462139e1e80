package it.orienta.vacancy;

import it.orienta.vacancy.VacancyTerms.SizeBand;
import it.orienta.vacancy.VacancyTerms.Source;
import java.util.Locale;

/**
 * What an employer is registered or changed with: the pages, the API, the regional feed and the CSV import build
 * it. {@code source} and {@code externalId} say where it comes from (MANUAL when not given).
 *
 * @param taxCode the 11-digit partita IVA / codice fiscale numerico, or a sole trader's 16-character codice fiscale
 * @param atecoCode ATECO 2007: a division ("62") or a finer code of it ("62.01", "62.01.00")
 * @param municipalityCode ISTAT code of the municipality (6 digits)
 */
public record EmployerCommand(
        String taxCode,
        String name,
        String atecoCode,
        String municipalityCode,
        String address,
        String email,
        String phone,
        String contactPerson,
        SizeBand sizeBand,
        String notes,
        Source source,
        String externalId) {

    /** Texts stripped (blank ones empty), the tax code upper case without spaces, MANUAL when no source is given. */
    public EmployerCommand normalised() {
        return new EmployerCommand(
                taxCode == null ? null : taxCode.replaceAll("[\\s\\p{Zs}]+", "").toUpperCase(Locale.ROOT),
                strip(name),
                strip(atecoCode),
                strip(municipalityCode),
                strip(address),
                strip(email),
                strip(phone),
                strip(contactPerson),
                sizeBand,
                strip(notes),
                source == null ? Source.MANUAL : source,
                externalId == null || externalId.isBlank() ? null : externalId.strip());
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }
}
