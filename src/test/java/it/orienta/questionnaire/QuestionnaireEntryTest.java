package it.orienta.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.orienta.questionnaire.ProfilingItem.ItemList;
import it.orienta.questionnaire.ProfilingItem.Source;
import it.orienta.system.DuplicateException;
import it.orienta.system.RuleViolationException;
import it.orienta.system.RuleViolationException.Violation;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Every rule a questionnaire entry guards (no Spring, no database). */
class QuestionnaireEntryTest {

    static List<String> codes(Runnable move) {
        try {
            move.run();
            return List.of();
        } catch (RuleViolationException e) {
            return e.violations().stream().map(Violation::code).toList();
        }
    }

    static List<String> check(SaveItem item) {
        return codes(() -> QuestionnaireEntry.check(item, code -> false));
    }

    @Test
    void listEntriesNeedAWellFormedCodeAndBothLabels() {
        assertThat(check(new SaveItem("AREA-LINGUA", "Lingua", "Language"))).isEmpty();
        assertThat(check(new SaveItem("", "Lingua", "Language"))).containsExactly("profiling.item.code.required");
        assertThat(check(new SaveItem("area lingua", "Lingua", "Language")))
                .containsExactly("profiling.item.code.format");
        assertThat(check(new SaveItem("AREA", " ", null)))
                .containsExactly("profiling.item.label.required", "profiling.item.label.required");
        assertThat(check(new SaveItem("AREA", "x".repeat(501), "x"))).containsExactly("profiling.text.too-long");
    }

    @Test
    void aCodeIsUniqueWithinItsList() {
        assertThatThrownBy(() -> QuestionnaireEntry.add(
                        ItemList.QUESTION,
                        new SaveItem("AREA-LINGUA", "Lingua", "Language"),
                        20,
                        "AREA-LINGUA"::equals))
                .isInstanceOf(DuplicateException.class)
                .satisfies(e -> assertThat(
                                ((DuplicateException) e).violations().getFirst().code())
                        .isEqualTo("profiling.item.code.duplicate"));
    }

    @Test
    void anAddedEntryIsLocalAtTheEndOfItsListAndAnEditRefusedChangesNothing() {
        var entry = QuestionnaireEntry.add(
                ItemList.INDICATOR, new SaveItem(" HOUSING-2 ", " Casa ", "Housing"), 110, code -> false);
        var view = entry.view();
        assertThat(view.source()).isEqualTo(Source.LOCAL);
        assertThat(view.position()).isEqualTo(120);
        assertThat(view.code()).isEqualTo("HOUSING-2");
        assertThat(view.labelIt()).isEqualTo("Casa");
        assertThat(view.retired()).isFalse();
        assertThat(codes(() -> entry.edit(new SaveItem("bad code", "x", "y"), code -> false)))
                .containsExactly("profiling.item.code.format");
        assertThat(entry.view().code()).isEqualTo("HOUSING-2");
        entry.retire(true);
        assertThat(entry.view().retired()).isTrue();
    }

    @Test
    void anEntryMovesOnePlaceAndStaysAtEitherEnd() {
        var a = UUID.randomUUID();
        var b = UUID.randomUUID();
        var c = UUID.randomUUID();
        assertThat(QuestionnaireEntry.moved(List.of(a, b, c), c, true)).containsExactly(a, c, b);
        assertThat(QuestionnaireEntry.moved(List.of(a, b, c), a, false)).containsExactly(b, a, c);
        assertThat(QuestionnaireEntry.moved(List.of(a, b, c), a, true)).containsExactly(a, b, c);
        assertThat(QuestionnaireEntry.moved(List.of(a, b, c), c, false)).containsExactly(a, b, c);
    }
}
