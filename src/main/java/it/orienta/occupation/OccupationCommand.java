package it.orienta.occupation;

import java.time.LocalDate;

/**
 * A desired occupation as entered (R12, R13): the profession, where the skills come from (at least one source), the
 * interview date and the card's structured notes.
 *
 * @param professionCode a fifth-level ISTAT CP2011 code (unità professionale)
 * @param sepSector one of the 24 SEP sectors, or null
 * @param experienceYears years of experience in the profession (0–70), or null
 * @param lastYearWorked the year of the last job in it, or null
 * @param formalLearning whether the skills come from formal learning (education, training); which in the detail
 * @param jobTitle the person's own name for the job ("Impiegata amministrativa"), optional: the CV shows it above the
 *     ISTAT unit, whose titles are category names
 */
public record OccupationCommand(
        String professionCode,
        Boolean fromWork,
        Boolean fromEducation,
        Boolean fromTraining,
        LocalDate interviewDate,
        Integer sepSector,
        String specificSkills,
        Integer experienceYears,
        Integer lastYearWorked,
        Boolean formalLearning,
        String formalLearningDetail,
        String licencesTools,
        String otherInfo,
        String jobTitle) {

    /** An occupation without the person's own title. */
    public OccupationCommand(
            String professionCode,
            Boolean fromWork,
            Boolean fromEducation,
            Boolean fromTraining,
            LocalDate interviewDate,
            Integer sepSector,
            String specificSkills,
            Integer experienceYears,
            Integer lastYearWorked,
            Boolean formalLearning,
            String formalLearningDetail,
            String licencesTools,
            String otherInfo) {
        this(
                professionCode,
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
                null);
    }

    /** A flag left out is not ticked. */
    public OccupationCommand {
        fromWork = Boolean.TRUE.equals(fromWork);
        fromEducation = Boolean.TRUE.equals(fromEducation);
        fromTraining = Boolean.TRUE.equals(fromTraining);
        formalLearning = Boolean.TRUE.equals(formalLearning);
    }

    /** Blank texts as empty strings, codes stripped. */
    OccupationCommand normalised() {
        return new OccupationCommand(
                professionCode == null ? null : professionCode.strip(),
                fromWork,
                fromEducation,
                fromTraining,
                interviewDate,
                sepSector,
                text(specificSkills),
                experienceYears,
                lastYearWorked,
                formalLearning,
                formalLearning ? text(formalLearningDetail) : "",
                text(licencesTools),
                text(otherInfo),
                text(jobTitle));
    }

    private static String text(String s) {
        return s == null ? "" : s.strip();
    }
}
