package it.orienta.web;

import static org.assertj.core.api.Assertions.assertThat;

import it.orienta.Api;
import it.orienta.OrientaAppTest;
import it.orienta.Persons;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The API's JSON over real HTTP: date-times are instants with an offset, stored as that instant whatever the
 * offset (across both DST changes of 2026), answered with an offset; a value of the wrong type, an impossible date,
 * an unknown enum value or an unknown field is refused naming the field by its JSON pointer.
 */
@OrientaAppTest
class ApiJsonIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    Api api() {
        return Api.as(port, "operatore");
    }

    String person() {
        var created = api().post("/api/v1/persons", Persons.florentine("Orari"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().path("id").asString();
    }

    static Map<String, Object> meeting(String start, String end) {
        var m = new HashMap<String, Object>();
        m.put("activityId", "A05-INFO");
        m.put("start", start);
        m.put("end", end);
        m.put("attendance", "PRESENT");
        m.put("notes", "Colloquio");
        return m;
    }

    /** Records a meeting and answers its start as the API gives it, checking the database holds that instant. */
    String recorded(String person, String start, String end) {
        var answer = api().post("/api/v1/persons/" + person + "/meetings", meeting(start, end));
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        String id = answer.json().path("id").asString();
        String startedAt = answer.json().path("startedAt").asString();
        String stored = jdbc.queryForObject(
                "select to_char(started_at at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') from meeting"
                        + " where id = ?::uuid",
                String.class,
                id);
        assertThat(stored).isEqualTo(startedAt);
        return startedAt;
    }

    String romeWallClock(String instant) {
        return jdbc.queryForObject(
                "select to_char(?::timestamptz at time zone 'Europe/Rome', 'YYYY-MM-DD HH24:MI')",
                String.class,
                instant);
    }

    @Test
    void anInstantIsStoredAsThatInstantWhateverItsOffset() {
        String person = person();
        // summer: Z and +00:00 are the same instant, 05:00 in Rome (it was stored two hours early, at 03:00Z)
        assertThat(recorded(person, "2025-07-17T03:00:00Z", "2025-07-17T03:30:00Z"))
                .isEqualTo("2025-07-17T03:00:00Z");
        assertThat(recorded(person, "2025-07-17T04:00:00+00:00", "2025-07-17T04:30:00+00:00"))
                .isEqualTo("2025-07-17T04:00:00Z");
        assertThat(recorded(person, "2025-07-17T07:00:00+02:00", "2025-07-17T07:30:00+02:00"))
                .isEqualTo("2025-07-17T05:00:00Z");
        // winter
        assertThat(recorded(person, "2025-01-16T04:00:00Z", "2025-01-16T04:30:00Z"))
                .isEqualTo("2025-01-16T04:00:00Z");
        assertThat(romeWallClock("2025-01-16T04:00:00Z")).isEqualTo("2025-01-16 05:00");
    }

    @Test
    void aroundTheChangesOfSummerTime2026() {
        String person = person();
        // last Sunday of March: 02:00 CET jumps to 03:00 CEST at 01:00Z
        assertThat(recorded(person, "2026-03-29T00:10:00Z", "2026-03-29T00:25:00Z"))
                .isEqualTo("2026-03-29T00:10:00Z");
        assertThat(romeWallClock("2026-03-29T00:10:00Z")).isEqualTo("2026-03-29 01:10");
        assertThat(recorded(person, "2026-03-29T01:30:00Z", "2026-03-29T01:45:00Z"))
                .isEqualTo("2026-03-29T01:30:00Z");
        assertThat(romeWallClock("2026-03-29T01:30:00Z")).isEqualTo("2026-03-29 03:30");
        // a meeting across the jump lasts its real minutes: 01:50 CET to 03:10 CEST is 20 minutes
        var across = api().post(
                        "/api/v1/persons/" + person + "/meetings",
                        meeting("2026-03-29T01:50:00+01:00", "2026-03-29T03:10:00+02:00"));
        assertThat(across.status()).as(across.body()).isEqualTo(201);
        assertThat(across.json().path("startedAt").asString()).isEqualTo("2026-03-29T00:50:00Z");
        assertThat(across.json().path("endedAt").asString()).isEqualTo("2026-03-29T01:10:00Z");
        assertThat(across.json().path("minutes").asInt()).isEqualTo(20);

        // last Sunday of October: 03:00 CEST goes back to 02:00 CET at 01:00Z
        assertThat(recorded(person, "2026-10-25T00:30:00Z", "2026-10-25T00:50:00Z"))
                .isEqualTo("2026-10-25T00:30:00Z");
        assertThat(romeWallClock("2026-10-25T00:30:00Z")).isEqualTo("2026-10-25 02:30");
        assertThat(recorded(person, "2026-10-25T02:30:00Z", "2026-10-25T02:50:00Z"))
                .isEqualTo("2026-10-25T02:30:00Z");
        // the second 02:30 (01:30Z) cannot be told from the first in wall-clock time: refused, not stored an hour off
        var ambiguous = api().post(
                        "/api/v1/persons/" + person + "/meetings",
                        meeting("2026-10-25T01:30:00Z", "2026-10-25T01:50:00Z"));
        assertThat(ambiguous.status()).isEqualTo(400);
        assertThat(ambiguous.code()).isEqualTo("request.time-ambiguous");
        assertThat(pointer(ambiguous)).isEqualTo("/start");
    }

    @Test
    void aDateTimeWithoutOffsetIsRefusedNamingTheField() {
        String person = person();
        var local = api().post(
                        "/api/v1/persons/" + person + "/meetings", meeting("2025-07-17T10:00", "2025-07-17T10:30:00Z"));
        assertThat(local.status()).isEqualTo(400);
        assertThat(local.contentType()).startsWith("application/problem+json");
        assertThat(local.code()).isEqualTo("request.offset-required");
        assertThat(pointer(local)).isEqualTo("/start");
        assertThat(local.fieldCode("start")).isEqualTo("request.offset-required");
        assertThat(local.json().path("detail").asString()).contains("/start", "fuso orario");
        var english = api().header("Accept-Language", "en")
                .post("/api/v1/persons/" + person + "/meetings", meeting("2025-07-17T10:00:00Z", "2025-07-17T10:30"));
        assertThat(pointer(english)).isEqualTo("/end");
        assertThat(english.json().path("detail").asString()).contains("/end", "offset");
    }

    @Test
    void wrongTypesImpossibleDatesUnknownValuesAndFieldsAreRefusedWithTheirPointer() {
        var number = Persons.florentine("Tipi");
        number.put("firstName", 12345);
        var refused = api().post("/api/v1/persons", number);
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.code()).isEqualTo("request.invalid-type");
        assertThat(pointer(refused)).isEqualTo("/firstName");
        assertThat(refused.fieldCode("firstName")).isEqualTo("request.invalid-type");
        assertThat(refused.json().path("detail").asString()).contains("/firstName", "testo");

        var notABoolean = Persons.florentine("Tipi");
        notABoolean.put("licences", "B");
        assertThat(pointer(api().post("/api/v1/persons", notABoolean))).isEqualTo("/licences");

        var impossible = Persons.florentine("Tipi");
        impossible.put("birthDate", "1990-02-30");
        var date = api().post("/api/v1/persons", impossible);
        assertThat(date.code()).isEqualTo("request.invalid-date");
        assertThat(pointer(date)).isEqualTo("/birthDate");

        var sex = Persons.florentine("Tipi");
        sex.put("sex", "X");
        var enumeration = api().post("/api/v1/persons", sex);
        assertThat(enumeration.status()).isEqualTo(400);
        assertThat(enumeration.code()).isEqualTo("request.invalid-enum");
        assertThat(pointer(enumeration)).isEqualTo("/sex");
        assertThat(enumeration
                        .json()
                        .path("errors")
                        .get(0)
                        .path("accepted")
                        .valueStream()
                        .map(JsonNode::asString)
                        .toList())
                .containsExactly("M", "F");
        assertThat(enumeration.json().path("detail").asString()).contains("M, F");

        var nested = Persons.florentine("Tipi");
        nested.put(
                "languages",
                List.of(Map.of("language", "it", "level", "NATIVE"), Map.of("language", "en", "level", "GOOD-ISH")));
        var deep = api().post("/api/v1/persons", nested);
        assertThat(deep.code()).isEqualTo("request.invalid-enum");
        assertThat(pointer(deep)).isEqualTo("/languages/1/level");
        assertThat(deep.fieldCode("languages[1].level")).isEqualTo("request.invalid-enum");

        var unknown = Persons.florentine("Tipi");
        unknown.put("nickname", "Gigi");
        var extra = api().post("/api/v1/persons", unknown);
        assertThat(extra.status()).isEqualTo(400);
        assertThat(extra.code()).isEqualTo("request.unknown-field");
        assertThat(pointer(extra)).isEqualTo("/nickname");
        var english = api().header("Accept-Language", "en").post("/api/v1/persons", unknown);
        assertThat(english.json().path("detail").asString())
                .isEqualTo("The field /nickname does not exist in this operation.");

        // nothing of the refused requests was stored
        assertThat(jdbc.queryForObject("select count(*) from person where last_name = 'Tipi'", Integer.class))
                .isZero();

        // not JSON at all: no field to name
        var garbage = api().send("POST", "/api/v1/persons", "{\"firstName\": ", "application/json");
        assertThat(garbage.status()).isEqualTo(400);
        assertThat(garbage.code()).isEqualTo("request.malformed-body");
    }

    @Test
    void validationErrorsOfTheBodyNameTheirPointerToo() {
        var blank = Persons.florentine("Vuoti");
        blank.put("firstName", " ");
        var refused = api().post("/api/v1/persons", blank);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.fieldCode("firstName")).isNotNull();
        assertThat(pointer(refused, "firstName")).isEqualTo("/firstName");
    }

    static String pointer(Api.Response response) {
        return response.json().path("errors").get(0).path("pointer").asString();
    }

    static String pointer(Api.Response response, String field) {
        for (JsonNode error : response.json().path("errors")) {
            if (field.equals(error.path("field").asString())) {
                return error.path("pointer").asString();
            }
        }
        return null;
    }
}
