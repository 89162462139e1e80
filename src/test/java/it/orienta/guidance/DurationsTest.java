package it.orienta.guidance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * A total below a limit never reads as the limit: 479 minutes is not "8,0 ore" (the timeline's decimal hours are
 * workerfile.TimelineDescriptionsTest's).
 */
class DurationsTest {

    static final ResourceBundleMessageSource MESSAGES = new ResourceBundleMessageSource();

    static {
        MESSAGES.setBasename("messages");
        MESSAGES.setDefaultEncoding("UTF-8");
        MESSAGES.setFallbackToSystemLocale(false);
    }

    static String it(int minutes) {
        return MESSAGES.getMessage(Engagement.Durations.spoken(minutes), Locale.ITALIAN);
    }

    static String en(int minutes) {
        return MESSAGES.getMessage(Engagement.Durations.spoken(minutes), Locale.ENGLISH);
    }

    @Test
    void hoursAndMinutesInWordsWithTheirSingulars() {
        assertThat(it(479)).isEqualTo("7 ore e 59 minuti");
        assertThat(it(480)).isEqualTo("8 ore");
        assertThat(it(61)).isEqualTo("1 ora e 1 minuto");
        assertThat(it(60)).isEqualTo("1 ora");
        assertThat(it(1)).isEqualTo("1 minuto");
        assertThat(it(0)).isEqualTo("0 minuti");
        assertThat(it(125)).isEqualTo("2 ore e 5 minuti");
        assertThat(en(479)).isEqualTo("7 hours and 59 minutes");
        assertThat(en(61)).isEqualTo("1 hour and 1 minute");
        assertThat(en(1)).isEqualTo("1 minute");
    }

    @Test
    void theMessageOfATotalUnderTheMinimumNeverShowsTheMinimumTwice() {
        var message = MESSAGES.getMessage(
                "rule.guidance.engagement.under-minimum",
                new Object[] {Engagement.Durations.spoken(479), Engagement.Durations.spoken(480)},
                Locale.ITALIAN);
        assertThat(message)
                .startsWith("Gli incontri sommano 7 ore e 59 minuti, sotto il minimo di 8 ore dello standard");
    }
}
