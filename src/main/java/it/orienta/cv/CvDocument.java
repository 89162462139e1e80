package it.orienta.cv;

import java.util.List;
import java.util.Map;

/**
 * The content of a CV generated from the person's data, already labelled in the CV's language: the same record
 * feeds the page's preview and the PDF, so the two never differ.
 *
 * @param language {@code it} or {@code en}
 * @param labels the headings and captions in that language (keys as in {@code cv.doc.*} without the prefix)
 */
record CvDocument(
        String language,
        Map<String, String> labels,
        String fullName,
        String birth,
        String citizenship,
        String address,
        String email,
        String phone,
        List<Occupation> occupations,
        List<Work> work,
        List<Education> education,
        List<String> languages,
        List<String> licences,
        String generatedOn) {

    /**
     * A desired occupation with the skills from its notes, one line each.
     *
     * @param title the person's own name for the job, or the ISTAT unit's name in the singular when none
     * @param unit the ISTAT unit's name in the singular, as a secondary line; empty when it is the title already
     */
    public record Occupation(String title, String code, List<String> skills, String unit) {}

    /**
     * One job: its period, role, employer and description.
     *
     * @param role the person's own name for the job, or the ISTAT unit's name in the singular when none
     * @param unit the ISTAT unit's name in the singular, as a secondary line; empty when it is the role already
     */
    public record Work(String period, String role, String employer, String description, String unit) {}

    /** One education title: its name, year and institution. */
    public record Education(String title, String year, String institution) {}
}
