package it.orienta.reference;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The full-text query the occupation search sends for what was typed (issue 14: "impiegat" found nothing). */
class ProfessionGlossaryTest {

    @Test
    void aWordTypedUpToAConsonantIsAlsoTriedWithEachFinalVowelSoThatItsStemMatches() {
        assertThat(ProfessionGlossary.tsquery("impiegat"))
                .isEqualTo("(impiegat:* | impiegato:* | impiegati:* | impiegata:* | impiegate:*)");
    }

    @Test
    void aWordEndingInAVowelOrTooShortIsAPlainPrefixAndEveryWordMustMatch() {
        assertThat(ProfessionGlossary.tsquery("camerie di sal"))
                .isEqualTo("camerie:* & di:* & (sal:* | salo:* | sali:* | sala:* | sale:*)");
        assertThat(ProfessionGlossary.tsquery("ab 5")).isEqualTo("ab:* & 5:*");
    }

    @Test
    void theTypedTextIsReducedToAccentFreeLowerCaseWords() {
        assertThat(ProfessionGlossary.words("  Impiegàt, contabile! ")).isEqualTo("impiegat contabile");
    }
}
