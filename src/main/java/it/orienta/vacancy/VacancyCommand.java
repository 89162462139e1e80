package it.orienta.vacancy;

import it.orienta.vacancy.VacancyTerms.ContractType;
import it.orienta.vacancy.VacancyTerms.Source;
import it.orienta.vacancy.VacancyTerms.WorkingTime;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

/**
 * What a vacancy is published or changed with: the pages, the API, the regional feed and the CSV import build it.
 * Its status is not part of it (a new vacancy is OPEN; statuses change through {@code VacancyService#changeStatus}).
 *
 * @param professionCode a current fifth-level ISTAT CP2011 unit
 * @param municipalityCode ISTAT code of the municipality of work
 */
public record VacancyCommand(
        UUID employerId,
        String professionCode,
        String title,
        String description,
        Integer posts,
        String municipalityCode,
        ContractType contractType,
        WorkingTime workingTime,
        LocalDate startDate,
        LocalDate publicationDate,
        LocalDate expiryDate,
        VacancyView.Requirements requirements,
        boolean reservedL68,
        Source source,
        String externalId) {

    /**
     * Texts stripped, language codes lower case and by code, licences in order, MANUAL when no source is given, no
     * requirements when none.
     */
    public VacancyCommand normalised() {
        var r = requirements == null ? VacancyView.Requirements.none() : requirements;
        var languages = r.languages().stream()
                .filter(java.util.Objects::nonNull)
                .map(l -> new VacancyView.Language(
                        l.code() == null ? "" : l.code().strip().toLowerCase(Locale.ROOT), l.level()))
                // in the order the aggregate keeps them, so that the same languages in another order change nothing
                .sorted(java.util.Comparator.comparing(VacancyView.Language::code))
                .toList();
        return new VacancyCommand(
                employerId,
                strip(professionCode),
                strip(title),
                strip(description),
                posts,
                strip(municipalityCode),
                contractType,
                workingTime,
                startDate,
                publicationDate,
                expiryDate,
                new VacancyView.Requirements(
                        r.minEducationLevel(),
                        r.drivingLicences().stream()
                                .filter(java.util.Objects::nonNull)
                                .distinct()
                                .sorted()
                                .toList(),
                        languages,
                        r.minExperienceYears()),
                reservedL68,
                source == null ? Source.MANUAL : source,
                externalId == null || externalId.isBlank() ? null : externalId.strip());
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }
}
