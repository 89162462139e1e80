package it.orienta.portal;

import java.time.Duration;

/**
 * How an unavailable portal is retried: at most {@code maxAttempts} attempts, the wait after the first
 * {@code backoff}, doubled after each further failure, capped at {@code maxBackoff}. A pure calculator.
 */
record RetryPolicy(int maxAttempts, Duration backoff, Duration maxBackoff) {

    static RetryPolicy of(PortalProperties properties) {
        return new RetryPolicy(properties.maxAttempts(), properties.backoff(), properties.maxBackoff());
    }

    /** The wait before attempt {@code attempts + 1}. */
    Duration waitAfter(int attempts) {
        if (attempts <= 0 || backoff.isZero()) {
            return Duration.ZERO;
        }
        Duration wait = backoff;
        for (int i = 1; i < attempts && wait.compareTo(maxBackoff) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
    }
}
