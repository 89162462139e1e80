package it.orienta.profiling;

import it.orienta.system.PlainText;
import it.orienta.system.RuleViolationException;
import it.orienta.system.RuleViolationException.Violation;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.domain.Persistable;

/**
 * A person's qualitative profiling interview (R4), one per person, edited again whenever needed: the answers to the
 * questionnaire's questions, the employability score (1–5, or none yet), the vulnerability indicators marked and the
 * deeper assessment they propose (R5), confirmed once.
 *
 * <p>Guards: the date is given and not in the future; answers go to questions offered now or already answered
 * (a retired question keeps its answer); indicators likewise; texts have their limits; the assessment is confirmed
 * only when an indicator is marked, and only once. A refusal changes nothing. Its first save is version 1 (a person
 * never interviewed is at version 0).
 */
@Entity
@Table(name = "profiling_interview")
class Interview implements Persistable<UUID> {

    static final int MIN_SCORE = 1;
    static final int MAX_SCORE = 5;
    static final int LONG_TEXT = 4000;
    static final int ASSESSMENT_NOTES = 2000;

    @Id
    @Column(name = "person_id")
    private UUID personId;

    private String centreCode;
    private LocalDate interviewDate;
    private Short score;
    private String notes;
    private Instant assessmentAt;
    private String assessmentBy;
    private String assessmentNotes;
    private Instant updatedAt;
    private String updatedBy;

    @Version
    private long version;

    @ElementCollection
    @CollectionTable(name = "profiling_answer", joinColumns = @JoinColumn(name = "person_id"))
    @MapKeyColumn(name = "question_id")
    @Column(name = "answer")
    private Map<UUID, String> answers = new LinkedHashMap<>();

    @ElementCollection
    @CollectionTable(name = "profiling_marked_indicator", joinColumns = @JoinColumn(name = "person_id"))
    @Column(name = "indicator_id")
    private Set<UUID> indicators = new LinkedHashSet<>();

    /** Not yet written: the first save inserts it. */
    @Transient
    private boolean fresh;

    protected Interview() {}

    /** The empty interview of a person never interviewed (version 0, nothing recorded). */
    static Interview none(UUID personId) {
        var interview = new Interview();
        interview.personId = personId;
        interview.notes = "";
        interview.fresh = true;
        return interview;
    }

    /** What a save changed, for the events. */
    record Saved(boolean first, List<String> fields, boolean scoreChanged, Integer previousScore) {}

    /**
     * Records the interview as the operator left it: blank answers are dropped, texts stripped. {@code questions}
     * and {@code indicators} are the entries offered now; those already in this interview stay allowed.
     */
    Saved record(
            SaveInterview command,
            Set<UUID> questions,
            Set<UUID> indicatorsOffered,
            LocalDate today,
            String centre,
            String by,
            Instant now) {
        var allowedQuestions = new HashSet<>(questions);
        allowedQuestions.addAll(answers.keySet());
        var allowedIndicators = new HashSet<>(indicatorsOffered);
        allowedIndicators.addAll(indicators);
        var violations = check(command, today, allowedQuestions, allowedIndicators);
        if (!violations.isEmpty()) {
            throw RuleViolationException.of(violations);
        }
        var newAnswers = new LinkedHashMap<UUID, String>();
        if (command.answers() != null) {
            command.answers().forEach((q, a) -> {
                if (a != null && !a.isBlank()) {
                    newAnswers.put(q, a.strip());
                }
            });
        }
        Set<UUID> marked = command.indicators() == null ? Set.of() : Set.copyOf(command.indicators());
        String newNotes = command.notes() == null ? "" : command.notes().strip();
        var fields = new ArrayList<String>();
        if (!Objects.equals(interviewDate, command.interviewDate())) fields.add("interviewDate");
        if (!Map.copyOf(answers).equals(newAnswers)) fields.add("answers");
        if (!Set.copyOf(indicators).equals(marked)) fields.add("indicators");
        if (!Objects.equals(notes, newNotes)) fields.add("notes");
        Integer previous = score();
        boolean first = !recorded();

        interviewDate = command.interviewDate();
        score = command.score() == null ? null : command.score().shortValue();
        notes = newNotes;
        if (centre != null || centreCode == null) {
            centreCode = centre;
        }
        if (!newAnswers.equals(Map.copyOf(answers))) {
            answers.clear();
            answers.putAll(newAnswers);
        }
        if (!marked.equals(Set.copyOf(indicators))) {
            indicators.clear();
            indicators.addAll(marked);
        }
        updatedAt = now;
        updatedBy = by;
        if (first) {
            version = 1; // the first save is version 1: If-Match "0" is the never-interviewed person's
        }
        return new Saved(first, List.copyOf(fields), !Objects.equals(previous, command.score()), previous);
    }

    /** Confirms the deeper assessment the marked indicators propose (R5): only when proposed, and once. */
    void confirmAssessment(String assessmentNotes, String by, Instant now) {
        var v = new ArrayList<Violation>();
        if (!assessmentProposed()) {
            v.add(Violation.of("profiling.assessment.no-indicator", "indicators"));
        } else if (assessmentConfirmed()) {
            v.add(Violation.of("profiling.assessment.already-confirmed", null));
        }
        text(v, assessmentNotes, "assessmentNotes", ASSESSMENT_NOTES);
        if (!v.isEmpty()) {
            throw RuleViolationException.of(v);
        }
        this.assessmentAt = now;
        this.assessmentBy = by;
        this.assessmentNotes = assessmentNotes == null ? null : assessmentNotes.strip();
    }

    /** Some indicator is marked: a deeper assessment is proposed (R5). */
    boolean assessmentProposed() {
        return !indicators.isEmpty();
    }

    boolean assessmentConfirmed() {
        return assessmentAt != null;
    }

    /** The operator's employability score: 1 to 5 when given (R4). */
    static List<Violation> checkScore(Integer score) {
        if (score != null && (score < MIN_SCORE || score > MAX_SCORE)) {
            return List.of(Violation.of("profiling.score.range", "score", MIN_SCORE, MAX_SCORE));
        }
        return List.of();
    }

    private static List<Violation> check(
            SaveInterview command, LocalDate today, Set<UUID> questions, Set<UUID> indicators) {
        var v = new ArrayList<Violation>();
        if (command.interviewDate() == null) {
            v.add(Violation.of("profiling.date.required", "interviewDate"));
        } else if (command.interviewDate().isAfter(today)) {
            v.add(Violation.of("profiling.date.future", "interviewDate"));
        }
        v.addAll(checkScore(command.score()));
        if (command.answers() != null) {
            command.answers().forEach((question, answer) -> {
                if (!questions.contains(question)) {
                    v.add(Violation.of("profiling.question.unknown", "answers", question));
                } else {
                    text(v, answer, "answers[" + question + "]", LONG_TEXT);
                }
            });
        }
        if (command.indicators() != null) {
            for (UUID indicator : command.indicators()) {
                if (!indicators.contains(indicator)) {
                    v.add(Violation.of("profiling.indicator.unknown", "indicators", indicator));
                }
            }
        }
        text(v, command.notes(), "notes", LONG_TEXT);
        return v;
    }

    /** An optional text: at most {@code max} characters, no control characters but line breaks and tabs. */
    private static void text(List<Violation> v, String value, String field, int max) {
        if (value == null || value.isBlank()) {
            return;
        }
        if (value.strip().length() > max) {
            v.add(Violation.of("profiling.text.too-long", field, max));
        } else if (!PlainText.Validator.isPlain(value, true)) {
            v.add(Violation.of("text.control-characters", field));
        }
    }

    boolean recorded() {
        return version > 0;
    }

    long version() {
        return version;
    }

    Integer score() {
        return score == null ? null : score.intValue();
    }

    Map<UUID, String> answers() {
        return Map.copyOf(answers);
    }

    Set<UUID> indicators() {
        return Set.copyOf(indicators);
    }

    /** The view, with the quantitative index recorded at intake beside it. */
    InterviewView view(BigDecimal quantitativeIndex, LocalDate quantitativeDate) {
        return new InterviewView(
                personId,
                recorded(),
                interviewDate,
                answers(),
                score(),
                indicators(),
                notes,
                assessmentAt,
                assessmentBy,
                assessmentNotes,
                quantitativeIndex,
                quantitativeDate,
                updatedAt,
                updatedBy,
                version);
    }

    @Override
    public UUID getId() {
        return personId;
    }

    @Override
    public boolean isNew() {
        return fresh;
    }

    @PostLoad
    @PostPersist
    void written() {
        fresh = false;
    }
}
