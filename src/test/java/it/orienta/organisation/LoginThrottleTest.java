package it.orienta.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-11-26T09:00:00Z"));
    final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };
    final LoginThrottle throttle = new LoginThrottle(new SecurityProperties(3, Duration.ofMinutes(15), "email"), clock);

    @Test
    void locksAfterTheConfiguredFailuresAndUnlocksAfterTheLockout() {
        throttle.recordFailure("Operatore");
        throttle.recordFailure("operatore ");
        assertThat(throttle.isLocked("operatore")).isFalse();
        throttle.recordFailure("OPERATORE");
        assertThat(throttle.isLocked("operatore")).isTrue();
        assertThat(throttle.isLocked("altro")).isFalse();

        now.set(now.get().plus(Duration.ofMinutes(14)));
        assertThat(throttle.isLocked("operatore")).isTrue();
        now.set(now.get().plus(Duration.ofMinutes(2)));
        assertThat(throttle.isLocked("operatore")).isFalse();

        throttle.recordFailure("operatore");
        assertThat(throttle.isLocked("operatore"))
                .as("the count starts again after a lockout")
                .isFalse();
    }
}
