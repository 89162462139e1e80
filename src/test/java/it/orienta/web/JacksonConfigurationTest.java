package it.orienta.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;

/** The API's JSON: instants with offsets read as Rome's wall-clock time, across both DST changes; no coercion. */
class JacksonConfigurationTest {

    record When(LocalDateTime at) {}

    record Typed(
            String text,
            Integer whole,
            BigDecimal decimal,
            Boolean flag,
            Kind kind,
            LocalDate day,
            Instant instant,
            OffsetDateTime offset,
            List<String> items) {}

    enum Kind {
        ONE,
        TWO
    }

    static final JsonMapper JSON = mapper();

    static JsonMapper mapper() {
        var builder = JsonMapper.builder();
        new JacksonConfiguration().strictApiJson().customize(builder);
        return builder.build();
    }

    static LocalDateTime read(String value) {
        return JSON.readValue("{\"at\":\"" + value + "\"}", When.class).at();
    }

    @Test
    void anInstantWithItsOffsetIsRomesWallClockTime() {
        assertThat(read("2025-07-17T08:00:00Z")).isEqualTo(LocalDateTime.of(2025, 7, 17, 10, 0));
        assertThat(read("2025-07-17T08:00:00+00:00")).isEqualTo(LocalDateTime.of(2025, 7, 17, 10, 0));
        assertThat(read("2025-07-17T10:00:00+02:00")).isEqualTo(LocalDateTime.of(2025, 7, 17, 10, 0));
        assertThat(read("2025-07-17T03:00:00-05:00")).isEqualTo(LocalDateTime.of(2025, 7, 17, 10, 0));
        assertThat(read("2026-01-15T09:30Z")).isEqualTo(LocalDateTime.of(2026, 1, 15, 10, 30));
    }

    @Test
    void springForwardOnTheLastSundayOfMarch2026() {
        // 01:00Z: 02:00 CET becomes 03:00 CEST
        assertThat(read("2026-03-29T00:30:00Z")).isEqualTo(LocalDateTime.of(2026, 3, 29, 1, 30));
        assertThat(read("2026-03-29T00:59:00Z")).isEqualTo(LocalDateTime.of(2026, 3, 29, 1, 59));
        assertThat(read("2026-03-29T01:00:00Z")).isEqualTo(LocalDateTime.of(2026, 3, 29, 3, 0));
        assertThat(read("2026-03-29T01:30:00Z")).isEqualTo(LocalDateTime.of(2026, 3, 29, 3, 30));
        assertThat(read("2026-03-29T03:30:00+02:00")).isEqualTo(LocalDateTime.of(2026, 3, 29, 3, 30));
        // and back, as the services turn wall-clock time into instants
        assertThat(read("2026-03-29T01:30:00Z")
                        .atZone(JacksonConfiguration.ZONE)
                        .toInstant())
                .isEqualTo(Instant.parse("2026-03-29T01:30:00Z"));
        assertThat(read("2026-03-29T00:30:00Z")
                        .atZone(JacksonConfiguration.ZONE)
                        .toInstant())
                .isEqualTo(Instant.parse("2026-03-29T00:30:00Z"));
    }

    @Test
    void fallBackOnTheLastSundayOfOctober2026() {
        // 01:00Z: 03:00 CEST becomes 02:00 CET; 02:00-03:00 is lived twice
        assertThat(read("2026-10-25T00:30:00Z")).isEqualTo(LocalDateTime.of(2026, 10, 25, 2, 30));
        assertThat(read("2026-10-25T00:30:00Z")
                        .atZone(JacksonConfiguration.ZONE)
                        .toInstant())
                .isEqualTo(Instant.parse("2026-10-25T00:30:00Z"));
        assertThat(read("2026-10-25T02:00:00Z")).isEqualTo(LocalDateTime.of(2026, 10, 25, 3, 0));
        assertThat(read("2026-10-25T02:00:00Z")
                        .atZone(JacksonConfiguration.ZONE)
                        .toInstant())
                .isEqualTo(Instant.parse("2026-10-25T02:00:00Z"));
        // the second 02:30 would read back as the first, an hour earlier: refused, not stored wrong
        assertThatThrownBy(() -> read("2026-10-25T01:30:00Z"))
                .isInstanceOf(JacksonConfiguration.AmbiguousTimeException.class);
        assertThatThrownBy(() -> read("2026-10-25T02:30:00+01:00"))
                .isInstanceOf(JacksonConfiguration.AmbiguousTimeException.class);
    }

    @Test
    void aDateTimeWithoutOffsetIsRefusedAndSoIsAnImpossibleOne() {
        assertThatThrownBy(() -> read("2025-07-17T08:00"))
                .isInstanceOf(JacksonConfiguration.OffsetRequiredException.class);
        assertThatThrownBy(() -> read("2025-07-17T08:00:00"))
                .isInstanceOf(JacksonConfiguration.OffsetRequiredException.class);
        assertThatThrownBy(() -> read("2025-02-30T08:00:00Z"))
                .isInstanceOf(InvalidFormatException.class)
                .isNotInstanceOf(JacksonConfiguration.OffsetRequiredException.class);
        assertThatThrownBy(() -> JSON.readValue("{\"at\":12}", When.class))
                .isInstanceOf(MismatchedInputException.class);
    }

    @Test
    void wallClockTimeIsWrittenWithRomesOffset() {
        assertThat(JSON.writeValueAsString(new When(LocalDateTime.of(2026, 3, 29, 3, 30))))
                .isEqualTo("{\"at\":\"2026-03-29T03:30:00+02:00\"}");
        assertThat(JSON.writeValueAsString(new When(LocalDateTime.of(2026, 1, 10, 9, 0))))
                .isEqualTo("{\"at\":\"2026-01-10T09:00:00+01:00\"}");
    }

    @Test
    void instantsAndOffsetDateTimesAcceptZAndOffsets() {
        var typed = JSON.readValue(
                "{\"instant\":\"2026-03-29T03:30:00+02:00\",\"offset\":\"2026-03-29T01:30:00Z\"}", Typed.class);
        assertThat(typed.instant()).isEqualTo(Instant.parse("2026-03-29T01:30:00Z"));
        assertThat(typed.offset().toInstant()).isEqualTo(Instant.parse("2026-03-29T01:30:00Z"));
        assertThat(JSON.writeValueAsString(Instant.parse("2026-03-29T01:30:00Z")))
                .isEqualTo("\"2026-03-29T01:30:00Z\"");
    }

    @Test
    void numbersAreNotStringsAndStringsAreNotNumbers() {
        for (String refused : List.of(
                "{\"text\":12345}",
                "{\"text\":1.5}",
                "{\"text\":true}",
                "{\"whole\":\"12\"}",
                "{\"whole\":1.5}",
                "{\"decimal\":\"1.5\"}",
                "{\"flag\":\"true\"}",
                "{\"flag\":1}",
                "{\"kind\":0}",
                "{\"kind\":\"THREE\"}",
                "{\"day\":\"2026-02-30\"}",
                "{\"items\":\"one\"}")) {
            assertThatThrownBy(() -> JSON.readValue(refused, Typed.class))
                    .as(refused)
                    .isInstanceOf(MismatchedInputException.class);
        }
        var fine = JSON.readValue(
                "{\"text\":\"x\",\"whole\":12,\"decimal\":12,\"flag\":true,\"kind\":\"TWO\",\"day\":\"2026-02-28\"}",
                Typed.class);
        assertThat(fine.decimal()).isEqualByComparingTo("12");
        assertThat(fine.kind()).isEqualTo(Kind.TWO);
    }

    @Test
    void unknownFieldsAreRefusedOnTheApiOnly() {
        var request = new org.springframework.mock.web.MockHttpServletRequest("POST", "/api/v1/persons");
        org.springframework.web.context.request.RequestContextHolder.setRequestAttributes(
                new org.springframework.web.context.request.ServletRequestAttributes(request));
        try {
            assertThatThrownBy(() -> JSON.readValue("{\"text\":\"x\",\"nickname\":\"y\"}", Typed.class))
                    .isInstanceOf(UnrecognizedPropertyException.class);
            request.setRequestURI("/integrations/portal/notices");
            assertThat(JSON.readValue("{\"text\":\"x\",\"nickname\":{\"a\":[1]}}", Typed.class)
                            .text())
                    .isEqualTo("x");
        } finally {
            org.springframework.web.context.request.RequestContextHolder.resetRequestAttributes();
        }
        // outside any request (events read back from the publication registry)
        assertThat(JSON.readValue("{\"text\":\"x\",\"nickname\":\"y\"}", Typed.class)
                        .text())
                .isEqualTo("x");
    }

    @Test
    void apiTextIsComposedToNfcAndRefusesInvisibleCharacters() {
        org.springframework.web.context.request.RequestContextHolder.setRequestAttributes(
                new org.springframework.web.context.request.ServletRequestAttributes(
                        new org.springframework.mock.web.MockHttpServletRequest("POST", "/api/v1/persons")));
        try {
            // "è" typed as e + combining grave accent is stored as the one precomposed letter
            assertThat(JSON.readValue("{\"text\":\"Nicol\\u0065\\u0300\"}", Typed.class)
                            .text())
                    .isEqualTo("Nicol\u00e8");
            assertThat(JSON.readValue("{\"text\":\"riga uno\\nriga due\\tfine\"}", Typed.class)
                            .text())
                    .isEqualTo("riga uno\nriga due\tfine");
            for (String hostile :
                    List.of("\\u0000", "\\u200B", "\\u202E", "\\u2066", "\\uFEFF", "\\u0085", "\\u00AD")) {
                assertThatThrownBy(() -> JSON.readValue("{\"items\":[\"ok\",\"a" + hostile + "b\"]}", Typed.class))
                        .as(hostile)
                        .isInstanceOf(JacksonConfiguration.ControlCharactersException.class);
            }
        } finally {
            org.springframework.web.context.request.RequestContextHolder.resetRequestAttributes();
        }
        // outside the API (events read back, the portal's notices) text is taken as it is
        assertThat(JSON.readValue("{\"text\":\"a\\u200Bb\"}", Typed.class).text())
                .isEqualTo("a\u200Bb");
    }
}
