package it.orienta.occupation;

import it.orienta.system.RuleViolationException.Violation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The rules of a desired occupation (R11–R13), without storage: each refusal with its code and field. */
final class OccupationRules {

    /** At most three desired occupations per person (R11). */
    static final int MAX = 3;

    static final int SKILLS_MAX = 2000;
    static final int DETAIL_MAX = 1000;
    static final int OTHER_MAX = 2000;
    static final int FIRST_YEAR = 1950;

    private OccupationRules() {}

    /** What the profession code names in the classification. */
    enum Profession {
        UNIT,
        NOT_UNIT,
        UNKNOWN
    }

    /** Every refusal of the command; empty when it may be saved. */
    static List<Violation> check(OccupationCommand c, Profession profession, LocalDate today) {
        var v = new ArrayList<Violation>();
        if (c.professionCode() == null || c.professionCode().isBlank()) {
            v.add(Violation.of("occupation.profession.required", "professionCode"));
        } else if (profession == Profession.UNKNOWN) {
            v.add(Violation.of("occupation.profession.unknown", "professionCode", c.professionCode()));
        } else if (profession == Profession.NOT_UNIT) {
            v.add(Violation.of("occupation.profession.not-unit", "professionCode", c.professionCode()));
        }
        if (!c.fromWork() && !c.fromEducation() && !c.fromTraining()) {
            v.add(Violation.of("occupation.source.required", "sources"));
        }
        if (c.interviewDate() == null) {
            v.add(Violation.of("occupation.interview-date.required", "interviewDate"));
        } else if (c.interviewDate().isAfter(today)) {
            v.add(Violation.of("occupation.interview-date.future", "interviewDate", c.interviewDate()));
        }
        if (c.sepSector() != null && (c.sepSector() < 1 || c.sepSector() > 24)) {
            v.add(Violation.of("occupation.sep.unknown", "sepSector", c.sepSector()));
        }
        if (c.experienceYears() != null && (c.experienceYears() < 0 || c.experienceYears() > 70)) {
            v.add(Violation.of("occupation.experience.range", "experienceYears", 0, 70));
        }
        if (c.lastYearWorked() != null && (c.lastYearWorked() < FIRST_YEAR || c.lastYearWorked() > today.getYear())) {
            v.add(Violation.of("occupation.last-year.range", "lastYearWorked", FIRST_YEAR, today.getYear()));
        }
        if (c.formalLearning() && blank(c.formalLearningDetail())) {
            v.add(Violation.of("occupation.formal-learning.which", "formalLearningDetail"));
        }
        tooLong(v, c.specificSkills(), SKILLS_MAX, "specificSkills");
        tooLong(v, c.formalLearningDetail(), DETAIL_MAX, "formalLearningDetail");
        tooLong(v, c.licencesTools(), DETAIL_MAX, "licencesTools");
        tooLong(v, c.otherInfo(), OTHER_MAX, "otherInfo");
        return v;
    }

    /** Whether one more occupation may be added to {@code existing}. */
    static boolean roomForOneMore(int existing) {
        return existing < MAX;
    }

    /**
     * The notes as the regional system's free-text block: one line per element in the card's order (SEP, specific
     * skills, years of experience, year of the last job, hours and travel, licences and tools, other information,
     * formal learning); elements not given are left out. {@code labels} gives the Italian label of each element.
     */
    static String regionalText(
            DesiredOccupationView o,
            String sepLabel,
            String availability,
            java.util.function.Function<String, String> labels) {
        var lines = new ArrayList<String>();
        if (o.sepSector() != null) {
            lines.add(labels.apply("sep") + ": " + o.sepSector() + (sepLabel == null ? "" : " - " + sepLabel));
        }
        line(lines, labels.apply("skills"), o.specificSkills());
        if (o.experienceYears() != null) {
            lines.add(labels.apply("experience") + ": " + o.experienceYears() + " " + labels.apply("years"));
        }
        if (o.lastYearWorked() != null) {
            lines.add(labels.apply("last-year") + ": " + o.lastYearWorked());
        }
        line(lines, labels.apply("availability"), availability);
        line(lines, labels.apply("licences"), o.licencesTools());
        line(lines, labels.apply("other"), o.otherInfo());
        lines.add(labels.apply("formal") + ": "
                + (o.formalLearning()
                        ? labels.apply("yes")
                                + (blank(o.formalLearningDetail()) ? "" : " - " + oneLine(o.formalLearningDetail()))
                        : labels.apply("no")));
        return String.join("\n", lines);
    }

    private static void line(List<String> lines, String label, String value) {
        if (!blank(value)) {
            lines.add(label + ": " + oneLine(value));
        }
    }

    /** Line breaks inside an element would split it; they become "; ". */
    static String oneLine(String s) {
        return s.strip().replaceAll("\\s*[\\r\\n]+\\s*", "; ");
    }

    private static void tooLong(List<Violation> v, String s, int max, String field) {
        if (s != null && s.length() > max) {
            v.add(Violation.of("occupation.text.too-long", field, max));
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
