package it.orienta.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The module's rules without Spring: rendering, requests and their defaults, backoff, numbers for the gateway. */
class NotificationRulesTest {

    static final UUID PERSON = UUID.fromString("0b7a2f0e-4a38-4f7c-9d4e-5a1b2c3d4e5f");
    static final List<String> ARGS = List.of(
            "Mario Rossi", "Orientamento di base", "12/03/2031", "10:00", "CPI Firenze, stanza 3", "Giulia Bianchi");

    static ResourceBundleMessageSource bundles() {
        var source = new ResourceBundleMessageSource();
        source.setBasename("messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    static NotificationProperties properties(Duration backoff, Duration max, int attempts) {
        return new NotificationProperties(
                new NotificationProperties.Email("auto", "x@y.it"),
                new NotificationProperties.Sms("", "", Duration.ofSeconds(5)),
                new NotificationProperties.Simulator("k"),
                attempts,
                backoff,
                max,
                new NotificationProperties.Scheduling(false, Duration.ofMinutes(1), "0 30 6 * * *"),
                new NotificationProperties.Delivery(Duration.ofSeconds(5), Duration.ofMinutes(2), 20));
    }

    @Test
    void aConvocationIsRenderedInItalianByDefault() {
        var request = MessageRequest.of(
                PERSON, "appointment:1:convocation", MessageRequest.APPOINTMENT_CONVOCATION, ARGS, null, null);
        var rendered = NotificationService.render(bundles(), request);
        assertThat(rendered.subject()).isEqualTo("Convocazione: appuntamento del 12/03/2031 alle 10:00");
        assertThat(rendered.body())
                .startsWith("Gentile Mario Rossi,\n")
                .contains("Orientamento di base", "il giorno 12/03/2031 alle ore 10:00", "CPI Firenze, stanza 3")
                .contains("con Giulia Bianchi.");
        assertThat(rendered.sms())
                .isEqualTo("Centro per l’Impiego: appuntamento (Orientamento di base) il 12/03/2031 alle 10:00"
                        + " presso CPI Firenze, stanza 3. Se non può venire, ci avvisi.")
                .hasSizeLessThanOrEqualTo(160);
    }

    @Test
    void aMessageIsRenderedInThePersonsLanguage() {
        var request = MessageRequest.of(
                PERSON, "k", MessageRequest.APPOINTMENT_CANCELLED, ARGS, Set.of(Channel.EMAIL), Locale.ENGLISH);
        var rendered = NotificationService.render(bundles(), request);
        assertThat(rendered.subject()).isEqualTo("Appointment on 12/03/2031 cancelled");
        assertThat(rendered.body()).startsWith("Dear Mario Rossi,");
    }

    @Test
    void everyTemplateHasASubjectABodyAndAnSmsTextInBothLanguages() {
        var bundles = bundles();
        for (var template : List.of(
                MessageRequest.APPOINTMENT_CONVOCATION,
                MessageRequest.APPOINTMENT_CHANGED,
                MessageRequest.APPOINTMENT_CANCELLED,
                MessageRequest.APPOINTMENT_REMINDER,
                MessageRequest.SESSION_CONVOCATION,
                MessageRequest.SESSION_REMINDER)) {
            for (var locale : List.of(Locale.ITALIAN, Locale.ENGLISH)) {
                var rendered = NotificationService.render(
                        bundles, MessageRequest.of(PERSON, "k", template, ARGS, null, locale));
                assertThat(rendered.subject()).as(template + " " + locale).doesNotContain("{");
                assertThat(rendered.body()).as(template + " " + locale).contains("Mario Rossi");
                assertThat(rendered.sms()).as(template + " " + locale).isNotEqualTo(rendered.body());
            }
        }
    }

    @Test
    void withoutAnSmsTextTheBodyIsSentBySms() {
        var request = new MessageRequest(
                PERSON, "k", "notification.mailbox.title", "notification.mailbox.empty", List.of(), null, null);
        var rendered = NotificationService.render(bundles(), request);
        assertThat(rendered.sms()).isEqualTo(rendered.body()).isEqualTo("La casella è vuota.");
    }

    @Test
    void aRequestDefaultsToBothChannelsAndItalianAndNeedsADedupKey() {
        var request = MessageRequest.of(PERSON, "k", MessageRequest.SESSION_REMINDER, null, Set.of(), null);
        assertThat(request.channels()).containsExactlyInAnyOrder(Channel.EMAIL, Channel.SMS);
        assertThat(request.locale()).isEqualTo(Locale.ITALIAN);
        assertThat(request.args()).isEmpty();
        assertThat(request.subjectKey()).isEqualTo("notification.session.reminder.subject");
        assertThatThrownBy(() -> MessageRequest.of(PERSON, " ", MessageRequest.SESSION_REMINDER, null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() ->
                        MessageRequest.of(PERSON, "x".repeat(201), MessageRequest.SESSION_REMINDER, null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MessageRequest.of(null, "k", MessageRequest.SESSION_REMINDER, null, null, null))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void theWaitDoublesAfterEachFailedAttemptUpToTheMaximum() {
        var p = properties(Duration.ofMinutes(1), Duration.ofMinutes(10), 6);
        assertThat(p.backoffAfter(0)).isZero();
        assertThat(p.backoffAfter(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(p.backoffAfter(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(p.backoffAfter(3)).isEqualTo(Duration.ofMinutes(4));
        assertThat(p.backoffAfter(4)).isEqualTo(Duration.ofMinutes(8));
        assertThat(p.backoffAfter(5)).isEqualTo(Duration.ofMinutes(10));
        assertThat(p.backoffAfter(60)).isEqualTo(Duration.ofMinutes(10));
        assertThat(properties(Duration.ZERO, Duration.ofMinutes(10), 3).backoffAfter(3))
                .isZero();
    }

    @Test
    void mobileNumbersGoToTheGatewayAsPlusAndDigits() {
        assertThat(SmsGatewayClient.e164("+39 333 123 4567")).isEqualTo("+393331234567");
        assertThat(SmsGatewayClient.e164("0039 (333) 123-4567")).isEqualTo("+393331234567");
        assertThat(SmsGatewayClient.e164("333.1234567")).isEqualTo("+393331234567");
    }
}
