package it.orienta.person;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How a name query becomes the word-prefix query of the search's second part. */
class PersonSearchWordsTest {

    @Test
    void eachWordBecomesAPrefixAndAllMustMatch() {
        assertThat(PersonSearch.wordPrefixes("Mar Ros")).isEqualTo("mar:* & ros:*");
        assertThat(PersonSearch.wordPrefixes("  rossi  ")).isEqualTo("rossi:*");
    }

    @Test
    void accentsApostrophesAndQuerySyntaxAreTakenAsPlainLetters() {
        assertThat(PersonSearch.wordPrefixes("D’Angelò")).isEqualTo("d:* & angelo:*");
        assertThat(PersonSearch.wordPrefixes("ros & !(x) | 'y':*")).isEqualTo("ros:* & x:* & y:*");
    }

    @Test
    void needsOneWordOfThreeLettersOrMore() {
        assertThat(PersonSearch.wordPrefixes("de li")).isEmpty();
        assertThat(PersonSearch.wordPrefixes("")).isEmpty();
        assertThat(PersonSearch.wordPrefixes("de lio")).isEqualTo("de:* & lio:*");
    }
}
