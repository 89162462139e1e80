package it.orienta.notification;

import static org.assertj.core.api.Assertions.assertThat;

import it.orienta.notification.DeliveryRules.Failed;
import it.orienta.notification.DeliveryRules.NoAddress;
import it.orienta.notification.DeliveryRules.Sent;
import it.orienta.notification.MessageView.DeliveryView.Status;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The delivery's state machine without a database: sent, retried with doubling backoff, given up. */
class DeliveryRulesTest {

    static final Instant NOW = Instant.parse("2031-03-12T09:00:00Z");
    static final NotificationProperties PROPERTIES =
            NotificationRulesTest.properties(Duration.ofMinutes(1), Duration.ofMinutes(10), 4);

    @Test
    void aSentDeliveryIsDoneWithNothingToRetry() {
        var step = DeliveryRules.after(new Sent(), 1, NOW, PROPERTIES);
        assertThat(step.status()).isEqualTo(Status.SENT);
        assertThat(step.nextAttemptAt()).isNull();
        assertThat(step.error()).isNull();
        assertThat(step.undeliverable()).isNull();
    }

    @Test
    void aFailedAttemptWaitsTheDoublingBackoffCappedThenTheLastOneGivesUp() {
        var first = DeliveryRules.after(new Failed("smtp: refused"), 1, NOW, PROPERTIES);
        assertThat(first.status()).isEqualTo(Status.PENDING);
        assertThat(first.nextAttemptAt()).isEqualTo(NOW.plus(Duration.ofMinutes(1)));
        assertThat(first.error()).isEqualTo("smtp: refused");
        assertThat(first.undeliverable()).isNull();

        assertThat(DeliveryRules.after(new Failed("x"), 2, NOW, PROPERTIES).nextAttemptAt())
                .isEqualTo(NOW.plus(Duration.ofMinutes(2)));
        assertThat(DeliveryRules.after(new Failed("x"), 3, NOW, PROPERTIES).nextAttemptAt())
                .isEqualTo(NOW.plus(Duration.ofMinutes(4)));

        var last = DeliveryRules.after(new Failed("sms: gateway answered HTTP 503"), 4, NOW, PROPERTIES);
        assertThat(last.status()).isEqualTo(Status.FAILED);
        assertThat(last.nextAttemptAt()).isNull();
        assertThat(last.error()).isEqualTo("sms: gateway answered HTTP 503");
        assertThat(last.undeliverable()).isEqualTo("attempts-exhausted");
    }

    @Test
    void aClaimBeyondTheLastAttemptAfterACrashStillGivesUpOnFailure() {
        // a node died holding the fourth attempt: the fifth claim's failure is the end, not a sixth wait
        var step = DeliveryRules.after(new Failed("x"), 5, NOW, PROPERTIES);
        assertThat(step.status()).isEqualTo(Status.FAILED);
        assertThat(step.undeliverable()).isEqualTo("attempts-exhausted");
        assertThat(DeliveryRules.after(new Sent(), 5, NOW, PROPERTIES).status()).isEqualTo(Status.SENT);
    }

    @Test
    void aPersonWithoutAnAddressForTheChannelIsGivenUpAtOnce() {
        var step = DeliveryRules.after(new NoAddress(), 1, NOW, PROPERTIES);
        assertThat(step.status()).isEqualTo(Status.FAILED);
        assertThat(step.error()).isEqualTo("no-address");
        assertThat(step.undeliverable()).isEqualTo("no-address");
    }
}
