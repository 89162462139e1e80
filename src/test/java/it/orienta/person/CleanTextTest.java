package it.orienta.person;

import static org.assertj.core.api.Assertions.assertThat;

import it.orienta.person.PersonCommand.CleanText;
import it.orienta.system.RuleViolationException.Violation;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CleanTextTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "\u200B", // zero-width space
                "\u200C", // zero-width non-joiner
                "\u200D", // zero-width joiner
                "\u2060", // word joiner
                "\uFEFF", // byte-order mark
                "\u202A",
                "\u202B",
                "\u202C",
                "\u202D",
                "\u202E", // bidi embeddings and overrides
                "\u2066",
                "\u2067",
                "\u2068",
                "\u2069", // bidi isolates
                "\u0000",
                "\u0007",
                "\u001B",
                "\u007F", // C0 controls and DEL
                "\u0085",
                "\u009B", // C1 controls
                "\u2028",
                "\u2029" // line and paragraph separators
            })
    void refusesInvisibleAndControlCharactersAnywhere(String bad) {
        assertThat(CleanText.isClean("Ros" + bad + "si", false)).isFalse();
        assertThat(CleanText.isClean("Ros" + bad + "si", true))
                .as("not even in long free text")
                .isFalse();
    }

    @Test
    void lineBreaksAndTabsOnlyInLongFreeText() {
        assertThat(CleanText.isClean("prima riga\r\nseconda\triga", true)).isTrue();
        assertThat(CleanText.isClean("Rossi\nMario", false)).isFalse();
        assertThat(CleanText.isClean("Rossi\tMario", false)).isFalse();
    }

    @Test
    void acceptsWhatNamesReallyHold() {
        assertThat(CleanText.isClean("D’Angelo-Öztürk Ñúñez ŁÓDŹ 王 <b>&amp;", false))
                .isTrue();
        assertThat(CleanText.isClean(null, false)).isTrue();
    }

    @Test
    void composesToNfc() {
        String decomposed = "Nicc" + "o\u0300"; // o + combining grave accent
        assertThat(CleanText.nfc(decomposed)).isEqualTo("Niccò").hasSize(5);
        assertThat(CleanText.nfc(null)).isNull();
    }

    @Test
    void checkNamesTheFieldWithItsOwnCodeAndReturnsTheComposedText() {
        var violations = new ArrayList<Violation>();
        assertThat(CleanText.check("lastName", "Nicco\u0300", false, violations))
                .isEqualTo("Niccò");
        assertThat(violations).isEmpty();
        CleanText.check("lastName", "Ros\u200Bsi", false, violations);
        assertThat(violations).containsExactly(Violation.of("text.control-characters", "lastName"));
    }
}
