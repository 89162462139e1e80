package it.orienta.organisation;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after {@code maxFailedLogins} failures in a row an account is locked for
 * {@code lockout}; a success resets the count. Kept in memory: one application node (ADR 0004).
 */
@Component
class LoginThrottle {

    private final int maxFailures;
    private final java.time.Duration lockout;
    private final Clock clock;
    private final ConcurrentHashMap<String, Failures> failures = new ConcurrentHashMap<>();

    LoginThrottle(SecurityProperties properties, Clock clock) {
        this.maxFailures = properties.maxFailedLogins();
        this.lockout = properties.lockout();
        this.clock = clock;
    }

    boolean isLocked(String username) {
        var f = failures.get(key(username));
        return f != null && f.lockedUntil != null && clock.instant().isBefore(f.lockedUntil);
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        recordFailure(event.getAuthentication().getName());
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        failures.remove(key(event.getAuthentication().getName()));
    }

    void recordFailure(String username) {
        failures.compute(key(username), (k, f) -> {
            Instant now = clock.instant();
            if (f == null || (f.lockedUntil != null && !now.isBefore(f.lockedUntil))) {
                f = new Failures(0, null);
            }
            int count = f.count + 1;
            return new Failures(count, count >= maxFailures ? now.plus(lockout) : f.lockedUntil);
        });
    }

    private static String key(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }

    private record Failures(int count, Instant lockedUntil) {}
}
