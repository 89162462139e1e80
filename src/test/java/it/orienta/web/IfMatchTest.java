package it.orienta.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.orienta.system.RuleViolationException;
import org.junit.jupiter.api.Test;

/** The If-Match header: strong or weak tags read, a missing or unreadable one refused only when asked for. */
class IfMatchTest {

    @Test
    void readsStrongAndWeakTags() {
        assertThat(new IfMatch("\"3\"").version()).isEqualTo(3);
        assertThat(new IfMatch("W/\"12\"").version()).isEqualTo(12);
        assertThat(new IfMatch(" \"0\" ").versionIfGiven()).isZero();
    }

    @Test
    void aMissingTagIsRefusedOnlyWhereTheVersionIsRequired() {
        assertThat(new IfMatch(null).versionIfGiven()).isNull();
        assertThat(new IfMatch(" ").versionIfGiven()).isNull();
        assertThatThrownBy(() -> new IfMatch(null).version())
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.violations()).singleElement().satisfies(v -> {
                            assertThat(v.code()).isEqualTo("version.required");
                            assertThat(v.field()).isEqualTo("If-Match");
                        }));
    }

    @Test
    void anUnreadableTagIsRefusedEvenWhereItIsOptional() {
        assertThatThrownBy(() -> new IfMatch("\"tre\"").versionIfGiven())
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("version.required");
    }
}
