package it.orienta.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An actor's roles are told apart by their whole names. */
class ActorTest {

    @Test
    void aPreSelectionOperatorIsNotAnOperator() {
        var matcher = new Actor(null, "pre", "Pre Selezione", "CPI-FI", "MATCHING_OPERATOR");
        assertThat(matcher.hasRole("OPERATOR")).isFalse();
        assertThat(matcher.hasRole("MATCHING_OPERATOR")).isTrue();
        var both = new Actor(null, "coord", "Coordinatore", "CPI-FI", "COORDINATOR, OPERATOR");
        assertThat(both.hasRole("OPERATOR")).isTrue();
        assertThat(both.hasRole("COORDINATOR")).isTrue();
        assertThat(both.hasRole("ADMIN")).isFalse();
        assertThat(new Actor(null, "x", "X", null, null).hasRole("OPERATOR")).isFalse();
        assertThat(Actor.SYSTEM.hasRole("OPERATOR")).isFalse();
    }
}
