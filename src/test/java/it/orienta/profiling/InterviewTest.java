package it.orienta.profiling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.orienta.system.RuleViolationException;
import it.orienta.system.RuleViolationException.Violation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every rule the interview guards, at its boundaries (no Spring, no database). */
class InterviewTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    static final Instant NOW = Instant.parse("2026-11-20T09:00:00Z");
    static final UUID QUESTION = UUID.randomUUID();
    static final UUID INDICATOR = UUID.randomUUID();

    /** The violations of a move, none when it is accepted. */
    static List<Violation> violations(Runnable move) {
        try {
            move.run();
            return List.of();
        } catch (RuleViolationException e) {
            return e.violations();
        }
    }

    static List<String> codes(List<Violation> violations) {
        return violations.stream().map(Violation::code).toList();
    }

    static List<String> fields(List<Violation> violations) {
        return violations.stream().map(Violation::field).toList();
    }

    static SaveInterview interview(Integer score) {
        return new SaveInterview(TODAY, Map.of(QUESTION, "Un lavoro stabile"), score, Set.of(INDICATOR), "");
    }

    static Interview.Saved record(Interview interview, SaveInterview command) {
        return interview.record(command, Set.of(QUESTION), Set.of(INDICATOR), TODAY, "CPI-FI", "Giulia Bianchi", NOW);
    }

    static List<Violation> checkInterview(SaveInterview command) {
        return violations(() -> record(Interview.none(UUID.randomUUID()), command));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5})
    void aScoreFromOneToFiveIsAccepted(int score) {
        assertThat(checkInterview(interview(score))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 6, -1, 10})
    void aScoreOutsideOneToFiveIsRefusedAtItsField(int score) {
        var violations = checkInterview(interview(score));
        assertThat(codes(violations)).containsExactly("profiling.score.range");
        assertThat(fields(violations)).containsExactly("score");
        assertThat(violations.getFirst().args()).containsExactly(1, 5);
    }

    @Test
    void noScoreYetIsAllowed() {
        assertThat(checkInterview(interview(null))).isEmpty();
    }

    @Test
    void theInterviewNeedsADateNotInTheFuture() {
        var noDate = new SaveInterview(null, Map.of(), 3, Set.of(), "");
        assertThat(codes(checkInterview(noDate))).containsExactly("profiling.date.required");
        var tomorrow = new SaveInterview(TODAY.plusDays(1), Map.of(), 3, Set.of(), "");
        assertThat(codes(checkInterview(tomorrow))).containsExactly("profiling.date.future");
        var today = new SaveInterview(TODAY, Map.of(), 3, Set.of(), "");
        assertThat(checkInterview(today)).isEmpty();
    }

    @Test
    void answersAndIndicatorsMustBeInTheLists() {
        var other = UUID.randomUUID();
        var command = new SaveInterview(TODAY, Map.of(other, "x"), 3, Set.of(other), "");
        assertThat(codes(checkInterview(command)))
                .containsExactlyInAnyOrder("profiling.question.unknown", "profiling.indicator.unknown");
    }

    @Test
    void aRetiredQuestionKeepsItsAnswerButANewInterviewCannotAnswerIt() {
        var retired = UUID.randomUUID();
        var answered = Interview.none(UUID.randomUUID());
        answered.record(
                new SaveInterview(TODAY, Map.of(retired, "Sì"), 3, Set.of(), ""),
                Set.of(retired),
                Set.of(),
                TODAY,
                "CPI-FI",
                "Giulia Bianchi",
                NOW);
        var again = new SaveInterview(TODAY, Map.of(retired, "Sì, patente B"), 3, Set.of(), "");
        // the question is no longer offered: the interview that answered it may keep and edit its answer
        assertThat(violations(() -> answered.record(again, Set.of(), Set.of(), TODAY, null, "G", NOW)))
                .isEmpty();
        assertThat(answered.answers()).containsEntry(retired, "Sì, patente B");
        assertThat(codes(violations(() ->
                        Interview.none(UUID.randomUUID()).record(again, Set.of(), Set.of(), TODAY, null, "G", NOW))))
                .containsExactly("profiling.question.unknown");
    }

    @Test
    void anAnswerTooLongOrWithControlCharactersIsRefused() {
        var tooLong = new SaveInterview(TODAY, Map.of(QUESTION, "a".repeat(4001)), 3, Set.of(), "");
        assertThat(codes(checkInterview(tooLong))).containsExactly("profiling.text.too-long");
        var control = new SaveInterview(TODAY, Map.of(QUESTION, "a\u0007b"), 3, Set.of(), "");
        assertThat(codes(checkInterview(control))).containsExactly("text.control-characters");
        var fourThousand = new SaveInterview(TODAY, Map.of(QUESTION, "a".repeat(4000)), 3, Set.of(), "riga\nriga");
        assertThat(checkInterview(fourThousand)).isEmpty();
    }

    @Test
    void aRefusalChangesNothing() {
        var interview = Interview.none(UUID.randomUUID());
        assertThatThrownBy(() -> record(interview, interview(9))).isInstanceOf(RuleViolationException.class);
        assertThat(interview.recorded()).isFalse();
        assertThat(interview.answers()).isEmpty();
        assertThat(interview.version()).isZero();
    }

    @Test
    void theFirstSaveIsVersionOneAndSaysWhatChanged() {
        var interview = Interview.none(UUID.randomUUID());
        var first = record(interview, interview(3));
        assertThat(first.first()).isTrue();
        assertThat(interview.version()).isEqualTo(1);
        assertThat(first.fields()).containsExactly("interviewDate", "answers", "indicators");
        assertThat(first.scoreChanged()).isTrue();
        assertThat(first.previousScore()).isNull();
        var second = record(interview, new SaveInterview(TODAY, Map.of(QUESTION, "  "), 3, Set.of(INDICATOR), "n"));
        assertThat(second.first()).isFalse();
        assertThat(second.fields()).containsExactly("answers", "notes");
        assertThat(second.scoreChanged()).isFalse();
        assertThat(interview.answers()).isEmpty(); // a blank answer is dropped
    }

    static Interview withIndicators(Set<UUID> indicators) {
        var interview = Interview.none(UUID.randomUUID());
        interview.record(
                new SaveInterview(TODAY, Map.of(), 3, indicators, ""),
                Set.of(),
                Set.of(INDICATOR),
                TODAY,
                "CPI-FI",
                "Giulia Bianchi",
                NOW);
        return interview;
    }

    @Test
    void theDeeperAssessmentIsProposedOnlyWhenAnIndicatorIsMarkedAndConfirmedOnce() {
        var none = withIndicators(Set.of());
        assertThat(codes(violations(() -> none.confirmAssessment(null, "G", NOW))))
                .containsExactly("profiling.assessment.no-indicator");
        var proposed = withIndicators(Set.of(INDICATOR));
        assertThat(violations(() -> proposed.confirmAssessment("colloquio con la persona", "G", NOW)))
                .isEmpty();
        assertThat(proposed.assessmentConfirmed()).isTrue();
        assertThat(codes(violations(() -> proposed.confirmAssessment(null, "G", NOW))))
                .containsExactly("profiling.assessment.already-confirmed");
        assertThat(withIndicators(Set.of(INDICATOR)).assessmentProposed()).isTrue();
        assertThat(withIndicators(Set.of()).assessmentProposed()).isFalse();
        var tooLong = withIndicators(Set.of(INDICATOR));
        assertThat(codes(violations(() -> tooLong.confirmAssessment("a".repeat(2001), "G", NOW))))
                .containsExactly("profiling.text.too-long");
        assertThat(tooLong.assessmentConfirmed()).isFalse();
    }
}
