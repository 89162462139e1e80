package it.orienta.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

class VerifiedPasswordsTest {

    /** Counts the real checks; "hash-of-x" is the hash of x. */
    static final class CountingEncoder implements PasswordEncoder {
        final AtomicInteger checks = new AtomicInteger();

        @Override
        public String encode(CharSequence raw) {
            return "hash-of-" + raw;
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            checks.incrementAndGet();
            return encoded.equals(encode(raw));
        }
    }

    @Test
    void aVerifiedPasswordIsNotCheckedAgainWhileRemembered() {
        var real = new CountingEncoder();
        var passwords = new VerifiedPasswords(real, Duration.ofMinutes(5), 100);

        assertThat(passwords.matches("secret", "hash-of-secret")).isTrue();
        assertThat(passwords.matches("secret", "hash-of-secret")).isTrue();
        assertThat(passwords.matches("secret", "hash-of-secret")).isTrue();

        assertThat(real.checks).hasValue(1);
    }

    @Test
    void wrongPasswordsAreAlwaysCheckedAndNeverAccepted() {
        var real = new CountingEncoder();
        var passwords = new VerifiedPasswords(real, Duration.ofMinutes(5), 100);
        passwords.matches("secret", "hash-of-secret");

        assertThat(passwords.matches("guess", "hash-of-secret")).isFalse();
        assertThat(passwords.matches("guess", "hash-of-secret")).isFalse();

        assertThat(real.checks).hasValue(3);
    }

    @Test
    void aChangedPasswordHashIsCheckedAfresh() {
        var real = new CountingEncoder();
        var passwords = new VerifiedPasswords(real, Duration.ofMinutes(5), 100);
        passwords.matches("secret", "hash-of-secret");

        assertThat(passwords.matches("secret", "hash-of-new-secret")).isFalse();
        assertThat(passwords.matches("new-secret", "hash-of-new-secret")).isTrue();

        assertThat(real.checks).hasValue(3);
    }

    @Test
    void nothingIsRememberedWithoutATimeToLive() {
        var real = new CountingEncoder();
        var passwords = new VerifiedPasswords(real, Duration.ZERO, 100);

        passwords.matches("secret", "hash-of-secret");
        passwords.matches("secret", "hash-of-secret");

        assertThat(real.checks).hasValue(2);
    }

    @Test
    void encodingIsTheRealEncoders() {
        var passwords = new VerifiedPasswords(new CountingEncoder(), Duration.ofMinutes(5), 100);

        assertThat(passwords.encode("x")).isEqualTo("hash-of-x");
    }
}
