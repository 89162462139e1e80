package it.orienta.vacancy;

import it.orienta.person.CefrLevel;
import it.orienta.person.DrivingLicence;
import it.orienta.system.Versioned;
import it.orienta.vacancy.VacancyTerms.ContractType;
import it.orienta.vacancy.VacancyTerms.Source;
import it.orienta.vacancy.VacancyTerms.Status;
import it.orienta.vacancy.VacancyTerms.WorkingTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A vacancy as other modules, pages and the API read it: everything the employer asked for, with the employer's
 * name, ATECO division and place, the profession's title and the municipality's name.
 *
 * @param professionCode a fifth-level ISTAT CP2011 unit ("5.2.2.3.2")
 * @param provinceCode the two-letter province of the municipality of work ("FI")
 * @param employerProvinceCode the two-letter province of the employer's municipality
 */
public record VacancyView(
        UUID id,
        UUID employerId,
        String employerName,
        String employerAtecoDivision,
        String employerMunicipalityCode,
        String employerProvinceCode,
        String professionCode,
        String professionTitle,
        String title,
        String description,
        int posts,
        String municipalityCode,
        String municipalityLabel,
        String provinceCode,
        ContractType contractType,
        WorkingTime workingTime,
        LocalDate startDate,
        LocalDate publicationDate,
        LocalDate expiryDate,
        Requirements requirements,
        boolean reservedL68,
        Status status,
        Source source,
        String externalId,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy,
        long version)
        implements Versioned {

    /**
     * What the vacancy requires of a candidate; each {@code null} or empty when not asked.
     *
     * @param minEducationLevel the ISTAT education level (first digit of the CTSI03 title code, 1–8; see {@link
     *     VacancyTerms#educationLevel})
     * @param minExperienceYears years of experience in the profession
     */
    public record Requirements(
            Integer minEducationLevel,
            List<DrivingLicence> drivingLicences,
            List<Language> languages,
            Integer minExperienceYears) {

        public Requirements {
            // a null element (a JSON body's "null") is no requirement, not a 500
            drivingLicences = drivingLicences == null
                    ? List.of()
                    : drivingLicences.stream()
                            .filter(java.util.Objects::nonNull)
                            .toList();
            languages = languages == null
                    ? List.of()
                    : languages.stream().filter(java.util.Objects::nonNull).toList();
        }

        /** None asked. */
        public static Requirements none() {
            return new Requirements(null, List.of(), List.of(), null);
        }
    }

    /** A language with its minimum CEFR level; {@code code} is ISO 639-1 ("en"), as person_language. */
    public record Language(String code, CefrLevel level) {}

    /** One change of status; {@code from} is {@code null} for the publication. */
    public record StatusChange(Status from, Status to, Instant at, String by, String reason) {}
}
