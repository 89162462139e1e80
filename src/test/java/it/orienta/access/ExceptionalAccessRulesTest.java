package it.orienta.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.orienta.system.RuleViolationException.Violation;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The reason of an exceptional access, its text, its duration. */
class ExceptionalAccessRulesTest {

    static String codes(ExceptionalAccessReason reason, String text) {
        return String.join(
                ",",
                ExceptionalAccessService.check(reason, it.orienta.system.TypedText.normalise(text)).stream()
                        .map(v -> v.field() + ":" + v.code())
                        .toList());
    }

    @Test
    void aReasonOfTheListAndATextOfTenToAThousandCharacters() {
        assertThat(codes(ExceptionalAccessReason.PERSON_AT_DESK, "La persona è qui allo sportello."))
                .isEmpty();
        assertThat(codes(null, "La persona è qui allo sportello.")).isEqualTo("reason:field.required-rule");
        assertThat(codes(ExceptionalAccessReason.OTHER, null)).isEqualTo("text:field.required-rule");
        assertThat(codes(ExceptionalAccessReason.OTHER, "   ")).isEqualTo("text:field.required-rule");
        assertThat(codes(ExceptionalAccessReason.OTHER, "  breve   ")).isEqualTo("text:field.too-short-rule");
        assertThat(codes(ExceptionalAccessReason.OTHER, "x".repeat(1000))).isEmpty();
        assertThat(codes(ExceptionalAccessReason.OTHER, "x".repeat(1001))).isEqualTo("text:field.too-long-rule");
        assertThat(codes(ExceptionalAccessReason.OTHER, "Omonimia\u0000sospetta"))
                .isEqualTo("text:text.control-characters");
        assertThat(codes(ExceptionalAccessReason.OTHER, "Due righe:\r\nomonimia sospetta"))
                .isEmpty();
    }

    @Test
    void theTooShortTextSaysHowLongItMustBe() {
        var violations = ExceptionalAccessService.check(ExceptionalAccessReason.OTHER, "corto");
        assertThat(violations).extracting(Violation::args).containsExactly(java.util.List.of(10));
    }

    @Test
    void textsAreTrimmedWithUnixLineBreaks() {
        assertThat(it.orienta.system.TypedText.normalise("  a\r\nb\rc  ")).isEqualTo("a\nb\nc");
        assertThat(it.orienta.system.TypedText.normalise(" \t ")).isNull();
        assertThat(it.orienta.system.TypedText.normalise(null)).isNull();
    }

    @Test
    void theDurationIsAnHourUnlessConfiguredAndBounded() {
        var binder = new org.springframework.boot.context.properties.bind.Binder(
                new org.springframework.boot.context.properties.source.MapConfigurationPropertySource(
                        java.util.Map.of("orienta.access.exceptional-duration", "PT5M")));
        assertThat(binder.bindOrCreate("orienta.access", AccessProperties.class).exceptionalDuration())
                .hasMinutes(5);
        assertThat(new org.springframework.boot.context.properties.bind.Binder()
                        .bindOrCreate("orienta.access", AccessProperties.class)
                        .exceptionalDuration())
                .hasHours(1);
        assertThat(new AccessProperties(Duration.ofMinutes(30)).exceptionalDuration())
                .hasMinutes(30);
        assertThatThrownBy(() -> new AccessProperties(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AccessProperties(Duration.ofDays(2))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aGrantIsActiveUntilItExpires() {
        var at = Instant.parse("2026-11-20T09:00:00Z");
        var grant = new ExceptionalAccessView(
                UUID.randomUUID(),
                UUID.randomUUID(),
                "operatore",
                "Giulia Bianchi",
                "CPI-FI",
                "CPI-PI",
                ExceptionalAccessReason.CONTINUITY,
                "In attesa del trasferimento",
                at,
                at.plus(Duration.ofHours(1)));
        assertThat(grant.activeAt(at.plusSeconds(3599))).isTrue();
        assertThat(grant.activeAt(at.plusSeconds(3600))).isFalse();
    }
}
