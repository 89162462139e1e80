package it.orienta.vacancysim;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A vacancy of the simulated regional system, as the contract publishes it (docs/vacancy-api.yaml). */
record SimVacancy(
        String id,
        int version,
        Instant changedAt,
        String employerId,
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
        List<String> drivingLicences,
        List<Language> languages,
        Integer experienceYears,
        boolean reservedL68,
        String status) {

    /** A language asked for: ISO 639-1 code and CEFR level. */
    record Language(String code, String level) {}
}
