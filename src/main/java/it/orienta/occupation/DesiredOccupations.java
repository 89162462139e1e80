package it.orienta.occupation;

import it.orienta.system.Actor;
import it.orienta.system.RuleViolationException;
import it.orienta.system.RuleViolationException.Violation;
import it.orienta.system.StaleVersionException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * The aggregate of a person's desired occupations (R11–R13, ADR 0018): the set of the person's rows of
 * {@code desired_occupation}, loaded whole, and every rule about them — at most three ({@link #add} refuses a fourth
 * with 409 {@code occupation.limit} naming the three), a profession at most once (409 {@code occupation.duplicate}),
 * at least one source, the interview date not in the future, a current fifth-level ISTAT profession, the notes'
 * ranges and lengths ({@link #check}). A refusal changes nothing.
 *
 * <p><b>How the limit holds under concurrency.</b> There is no per-person root table to carry a {@code @Version}
 * (the rows hang off {@code person}, which is the person module's), and an optimistic version on a root would turn
 * the second of two simultaneous adds into a 409 {@code version.stale} where the card promises
 * {@code occupation.limit}. So the service takes {@link it.orienta.person.PersonService#lockCase} — a
 * transaction-scoped advisory lock on the person's key — before it loads the aggregate, and holds it through the
 * check and the save: two operators adding at once are served one after the other and the second sees the first's
 * occupation. Each row keeps its own {@code @Version}, the version the API carries for a change or a removal (a
 * stale one answers 409 {@code version.stale} with the current state). The unique constraint
 * {@code desired_occupation_once} and the source check stay in the database as the second line.
 */
final class DesiredOccupations {

    /** At most three desired occupations per person (R11). */
    static final int MAX = 3;

    static final int SKILLS_MAX = 2000;
    static final int DETAIL_MAX = 1000;
    static final int OTHER_MAX = 2000;
    static final int JOB_TITLE_MAX = 200;
    static final int FIRST_YEAR = 1950;

    /** What the profession code names in the classification. */
    enum Profession {
        UNIT,
        NOT_UNIT,
        UNKNOWN
    }

    private final UUID personId;
    private final List<DesiredOccupation> occupations;

    /** The person's occupations, oldest first, as loaded under the person's lock. */
    DesiredOccupations(UUID personId, List<DesiredOccupation> occupations) {
        this.personId = personId;
        this.occupations = new ArrayList<>(occupations);
    }

    /** Whether one more occupation may be added to {@code existing}. */
    static boolean roomForOneMore(int existing) {
        return existing < MAX;
    }

    List<DesiredOccupation> occupations() {
        return List.copyOf(occupations);
    }

    /** One of the person's occupations, or 404 (also when it is another person's). */
    DesiredOccupation require(UUID occupationId) {
        return find(occupationId)
                .orElseThrow(() -> new it.orienta.system.NotFoundException("DesiredOccupation", occupationId));
    }

    Optional<DesiredOccupation> find(UUID occupationId) {
        return occupations.stream().filter(o -> o.id().equals(occupationId)).findFirst();
    }

    /**
     * Adds an occupation: a fourth is refused first (naming the three, {@code titles} giving each code's title), then
     * the command is checked, then a profession already chosen is refused. The caller persists the new row.
     */
    DesiredOccupation add(
            OccupationCommand command,
            Profession profession,
            LocalDate today,
            Actor actor,
            Instant now,
            Function<String, String> titles) {
        if (!roomForOneMore(occupations.size())) {
            throw new OccupationLimitException(occupations.stream()
                    .map(o -> titles.apply(o.professionCode()) + " (" + o.professionCode() + ")")
                    .toList());
        }
        var c = validated(command, profession, today);
        if (occupations.stream().anyMatch(o -> o.professionCode().equals(c.professionCode()))) {
            throw new Duplicate(titles.apply(c.professionCode()));
        }
        var added = new DesiredOccupation(personId, c, actor.centreCode(), actor.displayName(), now);
        occupations.add(added);
        return added;
    }

    /**
     * Changes an occupation read at {@code version} (stale: 409 with the current state, {@code current} giving it);
     * returns the fields changed, empty when the command changes nothing (then nothing is saved).
     */
    List<String> change(
            UUID occupationId,
            long version,
            OccupationCommand command,
            Profession profession,
            LocalDate today,
            Actor actor,
            Instant now,
            Function<String, String> titles) {
        var o = require(occupationId);
        checkVersion(o, version, titles);
        var c = validated(command, profession, today);
        var changed = o.changes(c);
        if (changed.isEmpty()) {
            return changed;
        }
        if (occupations.stream()
                .anyMatch(other -> !other.id().equals(occupationId)
                        && other.professionCode().equals(c.professionCode()))) {
            throw new Duplicate(titles.apply(c.professionCode()));
        }
        o.set(c, actor.displayName(), now);
        return changed;
    }

    /** Removes an occupation read at {@code version}; the caller deletes the returned row. */
    DesiredOccupation remove(UUID occupationId, long version, Function<String, String> titles) {
        var o = require(occupationId);
        checkVersion(o, version, titles);
        occupations.remove(o);
        return o;
    }

    private static void checkVersion(DesiredOccupation o, long version, Function<String, String> titles) {
        if (o.version() != version) {
            throw new StaleVersionException(o.version(), o.view(titles.apply(o.professionCode())));
        }
    }

    /** The command normalised, or every refusal at once. */
    static OccupationCommand validated(OccupationCommand command, Profession profession, LocalDate today) {
        var c = command.normalised();
        var violations = check(c, profession, today);
        if (!violations.isEmpty()) {
            throw RuleViolationException.of(violations);
        }
        return c;
    }

    /** The person has that profession among their desired occupations already (409). */
    static final class Duplicate extends RuleViolationException {

        Duplicate(String title) {
            super(List.of(new Violation("occupation.duplicate", "professionCode", List.of(title))), true);
        }
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
        tooLong(v, c.jobTitle(), JOB_TITLE_MAX, "jobTitle");
        return v;
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
