package it.orienta.occupation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One desired occupation of a person (R12), as other modules read it.
 *
 * @param professionCode the fifth-level ISTAT CP2011 code
 * @param professionTitle its title in the classification
 * @param sepSector the SEP sector code (2022 edition), or null
 * @param jobTitle the person's own name for the job, or empty (then the profession's title names it)
 */
public record DesiredOccupationView(
        UUID id,
        UUID personId,
        String professionCode,
        String professionTitle,
        boolean fromWork,
        boolean fromEducation,
        boolean fromTraining,
        LocalDate interviewDate,
        Integer sepSector,
        String specificSkills,
        Integer experienceYears,
        Integer lastYearWorked,
        boolean formalLearning,
        String formalLearningDetail,
        String licencesTools,
        String otherInfo,
        Instant updatedAt,
        long version,
        String jobTitle) {

    /** An occupation without the person's own title. */
    public DesiredOccupationView(
            UUID id,
            UUID personId,
            String professionCode,
            String professionTitle,
            boolean fromWork,
            boolean fromEducation,
            boolean fromTraining,
            LocalDate interviewDate,
            Integer sepSector,
            String specificSkills,
            Integer experienceYears,
            Integer lastYearWorked,
            boolean formalLearning,
            String formalLearningDetail,
            String licencesTools,
            String otherInfo,
            Instant updatedAt,
            long version) {
        this(
                id,
                personId,
                professionCode,
                professionTitle,
                fromWork,
                fromEducation,
                fromTraining,
                interviewDate,
                sepSector,
                specificSkills,
                experienceYears,
                lastYearWorked,
                formalLearning,
                formalLearningDetail,
                licencesTools,
                otherInfo,
                updatedAt,
                version,
                "");
    }
}
