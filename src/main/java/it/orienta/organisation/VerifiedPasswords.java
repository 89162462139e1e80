package it.orienta.organisation;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Remembers for a few minutes that a password matched a stored hash, so that an API client, which sends HTTP
 * Basic with every request of the stateless API, pays bcrypt's deliberate cost (about 70 ms of CPU here) once and
 * not on every request (docs/performance.md).
 *
 * <p>Only successes are remembered, under an HMAC of the stored hash and the password with a key that exists only
 * in this process; neither is kept. A wrong password is always checked by the real encoder; a changed password has a
 * new hash and is checked afresh; the account itself (active, locked, roles, centres) is still loaded and checked on
 * every request by Spring Security.
 */
final class VerifiedPasswords implements PasswordEncoder {

    private final PasswordEncoder encoder;
    private final long ttlNanos;
    private final int maxEntries;
    private final SecretKeySpec key;
    private final ConcurrentHashMap<String, Long> verified = new ConcurrentHashMap<>();

    VerifiedPasswords(PasswordEncoder encoder, Duration ttl, int maxEntries) {
        this.encoder = encoder;
        this.ttlNanos = ttl.toNanos();
        this.maxEntries = maxEntries;
        var secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return encoder.encode(rawPassword);
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        if (rawPassword == null || encodedPassword == null || ttlNanos <= 0) {
            return encoder.matches(rawPassword, encodedPassword);
        }
        String k = key(rawPassword, encodedPassword);
        long now = System.nanoTime();
        Long until = verified.get(k);
        if (until != null && now - until < 0) {
            return true;
        }
        boolean matches = encoder.matches(rawPassword, encodedPassword);
        if (matches) {
            if (verified.size() >= maxEntries) {
                verified.clear();
            }
            verified.put(k, now + ttlNanos);
        } else if (until != null) {
            verified.remove(k);
        }
        return matches;
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return encoder.upgradeEncoding(encodedPassword);
    }

    private String key(CharSequence rawPassword, String encodedPassword) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(encodedPassword.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            mac.update(rawPassword.toString().getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
