package it.orienta.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchTextTest {

    @Test
    void foldsAccentsCaseAndSeparators() {
        assertThat(SearchText.normalize("  D’Àngelo-Rossi  Niccolò ")).isEqualTo("d angelo rossi niccolo");
        assertThat(SearchText.normalize("FORLÌ")).isEqualTo("forli");
        assertThat(SearchText.normalize(null)).isEmpty();
    }

    @Test
    void escapesLikeWildcards() {
        assertThat(SearchText.escapeLike("50%_a\\")).isEqualTo("50\\%\\_a\\\\");
    }

    @Test
    void plainTextRefusesControlCharactersButKeepsMarkup() {
        assertThat(PlainText.Validator.isPlain("<script>alert(1)</script>", false))
                .isTrue();
        assertThat(PlainText.Validator.isPlain("a\u0000b", false)).isFalse();
        assertThat(PlainText.Validator.isPlain("a\nb", false)).isFalse();
        assertThat(PlainText.Validator.isPlain("a\nb\tc", true)).isTrue();
        assertThat(PlainText.Validator.isPlain("a\u001bb", true)).isFalse();
    }
}
