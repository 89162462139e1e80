package it.orienta.notification;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How messages go out (README, ADR 0007).
 *
 * @param email e-mail: {@code transport} {@code mailbox} (stored in the local mailbox that administrators read at
 *     /admin/mailbox; no real sending) or {@code smtp} (through {@code spring.mail.*}); {@code auto}, the default,
 *     is the mailbox on the embedded database and SMTP with an external one
 * @param sms the SMS gateway: its base URL and API key; a blank URL means the in-app simulator (which writes to the
 *     local mailbox) when it is enabled
 * @param maxAttempts attempts per channel before a message is recorded as undeliverable
 * @param backoff the wait after the first failed attempt, doubled after each further one, up to {@code maxBackoff}
 * @param scheduling the scheduled jobs: every {@code retryInterval} a delivery run and the resubmission of the
 *     module's failed event publications (messages made from other modules' events), reminders
 *     of the next day's appointments at {@code reminderCron} (Europe/Rome); {@code enabled=false} in tests, which
 *     call the jobs themselves
 * @param delivery the outbox's worker (ADR 0025): a run every {@code interval} (fixed delay) claims at most
 *     {@code batchSize} due deliveries for {@code lease}, after which a delivery its worker did not record (the
 *     node died) is claimed again
 */
@ConfigurationProperties("orienta.notification")
record NotificationProperties(
        @DefaultValue Email email,
        @DefaultValue Sms sms,
        @DefaultValue Simulator simulator,
        @DefaultValue("6") int maxAttempts,
        @DefaultValue("1m") Duration backoff,
        @DefaultValue("2h") Duration maxBackoff,
        @DefaultValue Scheduling scheduling,
        @DefaultValue Delivery delivery) {

    /** The wait before the next attempt after {@code attempts} failed ones (1, 2, …): doubling, capped. */
    Duration backoffAfter(int attempts) {
        if (attempts <= 0 || backoff.isZero()) {
            return Duration.ZERO;
        }
        Duration wait = backoff;
        for (int i = 1; i < attempts && wait.compareTo(maxBackoff) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
    }

    record Email(
            @DefaultValue("auto") String transport,

            @DefaultValue("Orienta <noreply@orienta.invalid>")
            String from) {}

    record Sms(
            @DefaultValue("") String baseUrl,
            @DefaultValue("") String apiKey,
            @DefaultValue("10s") Duration timeout) {}

    /** The in-app SMS gateway simulator; {@code enabled} defaults to true on the embedded database only. */
    record Simulator(@DefaultValue("orienta-simulator") String apiKey) {}

    record Delivery(
            @DefaultValue("5s") Duration interval,
            @DefaultValue("2m") Duration lease,
            @DefaultValue("20") int batchSize) {}

    record Scheduling(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("1m") Duration retryInterval,
            @DefaultValue("0 30 6 * * *") String reminderCron) {}
}
