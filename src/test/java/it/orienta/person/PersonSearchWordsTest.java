package it.orienta.person;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How a name query becomes the word-prefix query of the search's second part. */
class PersonSearchWordsTest {

    @Test
    void eachWordBecomesAPrefixAndAllMustMatch() {
        assertThat(PersonService.wordPrefixes("Mar Ros")).isEqualTo("mar:* & ros:*");
        assertThat(PersonService.wordPrefixes("  rossi  ")).isEqualTo("rossi:*");
    }

    @Test
    void accentsApostrophesAndQuerySyntaxAreTakenAsPlainLetters() {
        assertThat(PersonService.wordPrefixes("D’Angelò")).isEqualTo("d:* & angelo:*");
        assertThat(PersonService.wordPrefixes("ros & !(x) | 'y':*")).isEqualTo("ros:* & x:* & y:*");
    }

    @Test
    void needsOneWordOfThreeLettersOrMore() {
        assertThat(PersonService.wordPrefixes("de li")).isEmpty();
        assertThat(PersonService.wordPrefixes("")).isEmpty();
        assertThat(PersonService.wordPrefixes("de lio")).isEqualTo("de:* & lio:*");
    }
}
