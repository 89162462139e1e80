package it.orienta.matching;

import it.orienta.person.CefrLevel;
import it.orienta.person.DrivingLicence;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * What a vacancy asks, as matching reads it: the input of {@link Matching}. The vacancy module maps its own vacancy
 * to this record (the lead's glue); matching knows nothing else of vacancies. Whether the vacancy is open is the
 * caller's to check.
 *
 * @param vacancyId the vacancy
 * @param professionCode the ISTAT CP2011 fifth-level unit ({@code 5.2.2.3.2})
 * @param municipalityCode the ISTAT code of the municipality of work (six digits), or null
 * @param provinceCode the ISTAT code of its province (three digits); derived from the municipality when null
 * @param contract the contract offered, or null when not said
 * @param workingTime the working time, or null when not said
 * @param minimumEducation the lowest education level accepted; {@link EducationLevel#NONE} when none is asked
 * @param licences the driving licences required, all of them
 * @param languages the languages required, each with its lowest CEFR level
 * @param minimumExperienceYears the years of experience in the profession asked (0: none)
 * @param reservedL68 reserved for the protected categories of L. 68/99: only protected persons are candidates
 */
public record Wanted(
        UUID vacancyId,
        String professionCode,
        String municipalityCode,
        String provinceCode,
        ContractType contract,
        WorkingTime workingTime,
        EducationLevel minimumEducation,
        Set<DrivingLicence> licences,
        List<LanguageRequirement> languages,
        int minimumExperienceYears,
        boolean reservedL68) {

    public Wanted {
        Objects.requireNonNull(vacancyId, "vacancyId");
        Objects.requireNonNull(professionCode, "professionCode");
        if (provinceCode == null) {
            provinceCode = Codes.provinceOf(municipalityCode);
        }
        minimumEducation = minimumEducation == null ? EducationLevel.NONE : minimumEducation;
        licences = licences == null ? Set.of() : Set.copyOf(licences);
        languages = languages == null ? List.of() : List.copyOf(languages);
        minimumExperienceYears = Math.max(0, minimumExperienceYears);
    }

    /** The contract types of the national vacancy vocabulary (ClicLavoro), as matching weighs them. */
    public enum ContractType {
        PERMANENT,
        FIXED_TERM,
        APPRENTICESHIP,
        AGENCY,
        TRAINEESHIP,
        SEASONAL,
        OTHER
    }

    /** The working time a vacancy offers. */
    public enum WorkingTime {
        FULL_TIME,
        PART_TIME,
        SHIFTS
    }

    /**
     * A language the vacancy requires at least at this level.
     *
     * @param language the ISO 639-1 code, lower case ({@code en})
     */
    public record LanguageRequirement(String language, CefrLevel level) {
        public LanguageRequirement {
            Objects.requireNonNull(language, "language");
            Objects.requireNonNull(level, "level");
            language = language.strip().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
