package it.orienta.vacancyfeed;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A vacancy as the regional system publishes it (docs/vacancy-api.yaml, Vacancy), its requirements flattened. Terms
 * keep the contract's names, which are those of {@code vacancy}'s VacancyTerms: contract PERMANENT, FIXED_TERM,
 * APPRENTICESHIP, AGENCY, TRAINEESHIP, SEASONAL, OTHER; working time FULL_TIME, PART_TIME, SHIFTS; status OPEN,
 * SUSPENDED, FILLED, EXPIRED, WITHDRAWN.
 *
 * @param externalId the regional system's stable id
 * @param employerExternalId the {@link FeedEmployer#externalId()} of its employer
 * @param professionCode ISTAT CP2011 fifth-level unit
 * @param municipalityCode ISTAT code of the place of work
 * @param educationLevel the least ISTAT education level (1–8), null when none is asked
 * @param experienceYears years in the profession asked, null when none
 * @param reservedL68 reserved to the protected categories of L. 68/99
 */
public record FeedVacancy(
        String externalId,
        int version,
        Instant changedAt,
        String employerExternalId,
        String professionCode,
        String title,
        String description,
        int posts,
        String municipalityCode,
        String contractType,
        Integer contractMonths,
        String workingTime,
        Integer weeklyHours,
        LocalDate startDate,
        LocalDate publishedOn,
        LocalDate expiresOn,
        Integer educationLevel,
        String educationField,
        List<String> drivingLicences,
        List<Language> languages,
        Integer experienceYears,
        boolean reservedL68,
        String status) {

    /** A language asked: ISO 639-1 code, CEFR level (A1 … C2). */
    public record Language(String code, String level) {}
}
