package it.orienta.skillsaudit;

import it.orienta.person.PersonView;
import it.orienta.person.PersonView.EducationTitleView;
import it.orienta.person.PersonView.WorkExperienceView;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;

/**
 * The skills-audit document's study and work path as the registry holds it (once only, issue 14): the person's
 * education titles and work experiences, oldest first, as the text that prefills the draft's first section. The
 * operator edits it freely; nothing is saved until the draft is.
 *
 * @param titles labels of the education-title codes (unknown codes fall back to the code)
 * @param professions labels of the ISTAT profession codes
 * @param countries labels of the country codes (Italy, "100", is not named)
 */
record StudyWorkPath(Map<String, String> titles, Map<String, String> professions, Map<String, String> countries) {

    private static final String ITALY = "100";
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");

    /** The path's text, or an empty string when the registry holds neither titles nor work experiences. */
    String text(PersonView person, MessageSource messages, Locale locale) {
        var lines = new ArrayList<String>();
        var educations = person.educationTitles().stream()
                .sorted(Comparator.comparing(EducationTitleView::year, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        if (!educations.isEmpty()) {
            lines.add(messages.getMessage("skillsaudit.path.education", null, locale));
            educations.forEach(t -> lines.add("- " + education(t)));
        }
        var works = person.workExperiences().stream()
                .sorted(Comparator.comparing(
                        WorkExperienceView::fromDate, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        if (!works.isEmpty()) {
            if (!lines.isEmpty()) {
                lines.add("");
            }
            lines.add(messages.getMessage("skillsaudit.path.work", null, locale));
            works.forEach(w -> lines.add("- " + work(w, messages, locale)));
        }
        return String.join("\n", lines);
    }

    private String education(EducationTitleView t) {
        var parts = new ArrayList<String>(List.of(titles.getOrDefault(t.titleCode(), t.titleCode())));
        if (t.institution() != null) {
            parts.add(t.institution());
        }
        if (t.countryCode() != null && !ITALY.equals(t.countryCode())) {
            parts.add(countries.getOrDefault(t.countryCode(), t.countryCode()));
        }
        var line = String.join(", ", parts);
        if (t.year() != null) {
            line += " (" + t.year() + ")";
        }
        return withDescription(line, t.description());
    }

    private String work(WorkExperienceView w, MessageSource messages, Locale locale) {
        String role =
                w.professionCode() == null ? null : professions.getOrDefault(w.professionCode(), w.professionCode());
        String line = role == null
                ? w.employer()
                : messages.getMessage("skillsaudit.path.job", new Object[] {role, w.employer()}, locale);
        String period = period(w.fromDate(), w.toDate(), messages, locale);
        if (period != null) {
            line += ", " + period;
        }
        return withDescription(line, w.description());
    }

    private static String period(LocalDate from, LocalDate to, MessageSource messages, Locale locale) {
        if (from == null) {
            return null; // the registry requires the start; older rows may lack it
        }
        return to == null
                ? messages.getMessage("skillsaudit.path.since", new Object[] {month(from)}, locale)
                : messages.getMessage("skillsaudit.path.period", new Object[] {month(from), month(to)}, locale);
    }

    private static String month(LocalDate date) {
        return MONTH.format(date);
    }

    private static String withDescription(String line, String description) {
        return description == null || description.isBlank() ? line : line + ": " + description.strip();
    }
}
