package it.orienta.api;

import static org.assertj.core.api.Assertions.assertThat;

import it.orienta.Api;
import it.orienta.OrientaAppTest;
import it.orienta.Persons;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Group sessions through the REST API on the embedded PostgreSQL: the capacity under concurrency, the waiting
 * list and its promotion, attendance that writes one meeting per participant, refusals that save nothing, and no
 * participant's data in another's file. Sessions are planned in the future (the rule) and then moved into the
 * past by SQL, to be held on days of their own in 2024 (other tests use 2025 onwards).
 */
@OrientaAppTest
class SessionApiIT {

    private static final AtomicInteger DAY = new AtomicInteger();

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    Api api() {
        return Api.as(port, "coordinatore");
    }

    String person(String lastName) {
        var created = api().post("/api/v1/persons", Persons.florentine(lastName));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().path("id").asString();
    }

    String plan(String activity, int capacity) {
        var request = new HashMap<String, Object>();
        request.put("activityId", activity);
        request.put("title", "Cercare lavoro online");
        request.put(
                "startsAt",
                Api.at(LocalDate.now(ZoneId.of("Europe/Rome")).plusDays(10).atTime(9, 30)));
        request.put("minutes", 120);
        request.put("remote", false);
        request.put("place", "CPI Firenze, aula 2");
        request.put("capacity", capacity);
        var planned = api().post("/api/v1/sessions", request);
        assertThat(planned.status()).as(planned.body()).isEqualTo(201);
        return planned.json().path("id").asString();
    }

    Api.Response enrol(String session, String person, boolean waiting) {
        return api().post(
                        "/api/v1/sessions/" + session + "/participants",
                        Map.of("personId", person, "waitingList", waiting));
    }

    List<String> statuses(String session, List<String> persons) {
        var json = api().get("/api/v1/sessions/" + session).json().path("participants");
        var out = new ArrayList<String>();
        for (String p : persons) {
            String status = "NONE";
            for (var node : json) {
                if (node.path("personId").asString().equals(p)) {
                    status = node.path("status").asString();
                }
            }
            out.add(status);
        }
        return out;
    }

    /** Moves the session to a day of its own in 2024 and returns that day. */
    LocalDate intoThePast(String session) {
        var day = LocalDate.of(2024, 1, 10).plusDays(DAY.incrementAndGet() * 2L);
        jdbc.update(
                "update group_session set starts_at = ?::timestamptz where id = ?::uuid",
                day.atTime(9, 30)
                        .atZone(ZoneId.of("Europe/Rome"))
                        .toOffsetDateTime()
                        .toString(),
                session);
        return day;
    }

    @Test
    void aFourthPersonInASessionOfThreeIsRefusedUnlessPutOnTheWaitingList() {
        String session = plan("A06-SEM", 3);
        var people = List.of(person("Primi"), person("Secondi"), person("Terzi"), person("Quarti"));
        for (int i = 0; i < 3; i++) {
            assertThat(enrol(session, people.get(i), false).status()).isEqualTo(200);
        }

        var refused = enrol(session, people.get(3), false);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.fieldCode("personId")).isEqualTo("guidance.session.full");
        assertThat(refused.fieldMessage("personId"))
                .contains("3 iscritti su 3 posti")
                .contains("lista d’attesa");
        assertThat(statuses(session, people)).containsExactly("ENROLLED", "ENROLLED", "ENROLLED", "NONE");

        assertThat(enrol(session, people.get(3), true).status()).isEqualTo(200);
        assertThat(statuses(session, people)).containsExactly("ENROLLED", "ENROLLED", "ENROLLED", "WAITING");
        assertThat(enrol(session, people.get(0), true).fieldCode("personId"))
                .isEqualTo("guidance.session.already-enrolled");

        var noReason = api().post(
                        "/api/v1/sessions/" + session + "/participants/" + people.get(1) + "/withdraw",
                        Map.of("reason", " "));
        assertThat(noReason.fieldCode("reason")).isEqualTo("guidance.session.reason.required");
        var withdrawn = api().post(
                        "/api/v1/sessions/" + session + "/participants/" + people.get(1) + "/withdraw",
                        Map.of("reason", "Ha trovato lavoro"));
        assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);
        // the freed place goes to the first person waiting
        assertThat(statuses(session, people)).containsExactly("ENROLLED", "WITHDRAWN", "ENROLLED", "ENROLLED");
        var timeline = api().get("/api/v1/persons/" + people.get(3) + "/timeline")
                .json()
                .path("entries");
        assertThat(timeline.findValuesAsString("kind")).contains("session");
    }

    @Test
    void twoOperatorsEnrollingAtOnceCannotExceedTheCapacity() throws Exception {
        String session = plan("A06-SEM", 1);
        var people = List.of(person("Concorrenti"), person("Simultanei"), person("Paralleli"));
        var tasks = new ArrayList<Callable<Integer>>();
        for (String p : people) {
            tasks.add(() -> enrol(session, p, false).status());
        }
        List<Integer> codes;
        try (var pool = Executors.newFixedThreadPool(3)) {
            codes = pool.invokeAll(tasks).stream()
                    .map(f -> {
                        try {
                            return f.get();
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    })
                    .toList();
        }
        assertThat(codes).containsExactlyInAnyOrder(200, 422, 422);
        assertThat(jdbc.queryForObject(
                        "select count(*) from session_participant where session_id = ?::uuid and status = 'ENROLLED'",
                        Integer.class,
                        session))
                .isEqualTo(1);
    }

    @Test
    void holdingASessionWritesAMeetingIntoEachParticipantsFileAndNothingWhenRefused() {
        String session = plan("A06-SEM", 5);
        String here = person("Presenti");
        String away = person("Assenti");
        enrol(session, here, false);
        enrol(session, away, false);
        var day = intoThePast(session);
        var request = new HashMap<String, Object>();
        request.put("start", Api.at(day.atTime(9, 30)));
        request.put("end", Api.at(day.atTime(11, 30)));
        request.put("attendance", Map.of(here, "PRESENT", away, "ABSENT_JUSTIFIED"));
        request.put("justifications", Map.of());
        request.put("notes", "Portali del lavoro e candidature online");

        var refused = api().header("If-Match", "\"2\"").post("/api/v1/sessions/" + session + "/hold", request);
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.fieldCode("justifications[" + away + "]"))
                .isEqualTo("guidance.session.justification.required");
        assertThat(refused.fieldMessage("justifications[" + away + "]")).contains("Assenti");
        assertThat(jdbc.queryForObject(
                        "select count(*) from meeting where session_id = ?::uuid", Integer.class, session))
                .isZero();

        var stale = api().header("If-Match", "\"0\"").post("/api/v1/sessions/" + session + "/hold", request);
        assertThat(stale.status()).isEqualTo(409);

        request.put("justifications", Map.of(away, "Visita medica"));
        var held = api().header("If-Match", "\"2\"").post("/api/v1/sessions/" + session + "/hold", request);
        assertThat(held.status()).as(held.body()).isEqualTo(200);
        assertThat(held.json().path("status").asString()).isEqualTo("HELD");
        assertThat(held.json().path("heldMinutes").asInt()).isEqualTo(120);

        var mine = api().get("/api/v1/persons/" + here + "/meetings").json();
        assertThat(mine.size()).isEqualTo(1);
        assertThat(mine.get(0).path("sessionId").asString()).isEqualTo(session);
        assertThat(mine.get(0).path("attendance").asString()).isEqualTo("PRESENT");
        assertThat(mine.get(0).path("minutes").asInt()).isEqualTo(120);
        var theirs = api().get("/api/v1/persons/" + away + "/meetings").json();
        assertThat(theirs.get(0).path("attendance").asString()).isEqualTo("ABSENT_JUSTIFIED");
        assertThat(theirs.get(0).path("justification").asString()).isEqualTo("Visita medica");

        // nothing of one participant reaches the other's file
        var hereFile = api().get("/api/v1/persons/" + here + "/timeline").body()
                + api().get("/api/v1/persons/" + here + "/sessions").body()
                + api().get("/api/v1/persons/" + here + "/meetings").body();
        assertThat(hereFile)
                .contains("Cercare lavoro online")
                .doesNotContain("Assenti")
                .doesNotContain(away);

        var again = api().header("If-Match", "\"3\"").post("/api/v1/sessions/" + session + "/hold", request);
        assertThat(again.code()).isEqualTo("guidance.session.not-scheduled");
        assertThat(enrol(session, person("Tardivi"), false).fieldCode("personId"))
                .isEqualTo("guidance.session.not-scheduled");
    }

    @Test
    void refusesAnIndividualActivityBadPlacesAndAPastStartAtTheirFields() {
        var request = new HashMap<String, Object>();
        request.put("activityId", "A05-BASE");
        request.put("title", "");
        request.put("startsAt", "2020-01-01T09:00+01:00");
        request.put("minutes", 120);
        request.put("remote", false);
        request.put("place", "Aula");
        request.put("capacity", 0);
        var refused = api().post("/api/v1/sessions", request);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.fieldCode("activityId")).isEqualTo("guidance.activity.not-group");
        assertThat(refused.fieldCode("title")).isEqualTo("guidance.session.title.required");
        assertThat(refused.fieldCode("startsAt")).isEqualTo("guidance.session.starts-at.past");
        assertThat(refused.fieldCode("capacity")).isEqualTo("guidance.session.capacity.range");
    }

    @Test
    void cancellingNeedsAReasonAndTellsEveryoneEnrolledOrWaiting() {
        String session = plan("A06-SEM", 1);
        String enrolled = person("Annullati");
        String waiting = person("Attendenti");
        enrol(session, enrolled, false);
        enrol(session, waiting, true);
        String etag = api().get("/api/v1/sessions/" + session).etag();
        var noReason = api().header("If-Match", etag).post("/api/v1/sessions/" + session + "/cancel", Map.of());
        assertThat(noReason.fieldCode("reason")).isEqualTo("guidance.session.reason.required");
        var cancelled = api().header("If-Match", etag)
                .post("/api/v1/sessions/" + session + "/cancel", Map.of("reason", "Docente malato"));
        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
        for (String p : List.of(enrolled, waiting)) {
            assertThat(api().get("/api/v1/persons/" + p + "/timeline").body()).contains("Docente malato");
        }
        // each hears of it on their own; the person waiting was never convoked
        assertThat(messageKeys(enrolled))
                .containsExactlyInAnyOrder(
                        "session:" + session + ":" + enrolled + ":convocation",
                        "session:" + session + ":" + enrolled + ":cancelled");
        assertThat(messageKeys(waiting)).containsExactly("session:" + session + ":" + waiting + ":cancelled");
        assertThat(api().get("/api/v1/persons/" + enrolled + "/messages").body())
                .contains("Cercare lavoro online")
                .doesNotContain("Attendenti");
    }

    /** The person's messages' keys, once the listeners (after commit) have queued them. */
    List<String> messageKeys(String person) {
        List<String> keys = List.of();
        for (int i = 0; i < 50; i++) {
            keys = api().get("/api/v1/persons/" + person + "/messages").json().findValuesAsString("dedupKey");
            if (keys.stream().anyMatch(k -> k.endsWith(":cancelled"))) {
                return keys;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return keys;
    }
}
