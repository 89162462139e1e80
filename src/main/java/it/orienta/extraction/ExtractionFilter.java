package it.orienta.extraction;

import java.util.ArrayList;
import java.util.List;

/**
 * Which person–occupations an extraction takes; every criterion optional.
 *
 * @param professionCode a profession code: the unit itself, or every unit under a group ("5.2.2")
 * @param sepSector one of the 24 SEP sectors
 * @param municipalityCode the ISTAT code of the municipality of residence
 * @param fromWork with fromEducation and fromTraining: occupations with any of the sources ticked (none: any)
 * @param cv the state of the person's current CV (R20)
 */
record ExtractionFilter(
        String professionCode,
        Integer sepSector,
        String municipalityCode,
        Boolean fromWork,
        Boolean fromEducation,
        Boolean fromTraining,
        CvState cv) {

    /** The state of the person's current CV, as of today. */
    public enum CvState {
        ANY,
        VALID,
        OBSOLETE,
        NONE
    }

    public ExtractionFilter {
        professionCode = blankToNull(professionCode);
        municipalityCode = blankToNull(municipalityCode);
        cv = cv == null ? CvState.ANY : cv;
        fromWork = Boolean.TRUE.equals(fromWork);
        fromEducation = Boolean.TRUE.equals(fromEducation);
        fromTraining = Boolean.TRUE.equals(fromTraining);
    }

    /** The filter in one line, for the audit log. */
    String describe() {
        var parts = new ArrayList<String>();
        if (professionCode != null) parts.add("profession=" + professionCode);
        if (sepSector != null) parts.add("sep=" + sepSector);
        if (municipalityCode != null) parts.add("municipality=" + municipalityCode);
        var sources = new ArrayList<String>();
        if (fromWork) sources.add("work");
        if (fromEducation) sources.add("education");
        if (fromTraining) sources.add("training");
        if (!sources.isEmpty()) parts.add("sources=" + String.join("+", sources));
        parts.add("cv=" + cv);
        return String.join(",", parts);
    }

    List<String> sources() {
        var s = new ArrayList<String>();
        if (fromWork) s.add("from_work");
        if (fromEducation) s.add("from_education");
        if (fromTraining) s.add("from_training");
        return s;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
