package it.orienta.api;

import static org.assertj.core.api.Assertions.assertThat;

import it.orienta.Api;
import it.orienta.OrientaAppTest;
import it.orienta.Persons;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Guidance under the record-access policy (ADR 0017), through the REST API on the embedded PostgreSQL: a Pisa
 * person's appointments, meetings, engagements, pathway, outcomes, sessions and skills-audit document are Pisa's —
 * an operator of another centre is refused (403 {@code access.other-centre}) on every read and change and nothing
 * changes, the owning operator is served, the administrator records no meeting and plans no session (403
 * {@code access.role}), and each read is one audit entry. Then the races of the operator's clock, fired in
 * parallel, answer 409s that name the clashing meeting, never 5xx. {@code multicentro} works in Pisa here; its
 * recorded meetings are on days of March 2021 of this test only, and its live meetings are removed after each test.
 */
@OrientaAppTest
class GuidanceAccessIT {

    static final ZoneId ROME = ZoneId.of("Europe/Rome");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    final List<String> persons = new ArrayList<>();

    /** The operator of Pisa who has the persons of this test in charge. */
    Api pisa() {
        return Api.as(port, "multicentro").header("X-Orienta-Centre", "CPI-PI");
    }

    /** An operator of Florence. */
    Api florence() {
        return Api.as(port, "operatore");
    }

    @AfterEach
    void removeTheLiveMeetingsOfThisTest() {
        // the clock of multicentro must be free for the other tests: their live meetings start "now"
        for (String id : persons) {
            jdbc.update("delete from meeting where person_id = ?::uuid and started_at > now() - interval '1 day'", id);
        }
    }

    /** A person taken in charge in Pisa by multicentro. */
    String pisan(String lastName) {
        var created = pisa().post("/api/v1/persons", Persons.florentine(lastName));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().path("id").asString();
        var intake = new HashMap<String, Object>();
        intake.put("intakeDate", LocalDate.now(ROME).toString());
        intake.put(
                "privacyNoticeId",
                pisa().get("/api/v1/privacy-notices/current").json().path("id").asString());
        intake.put("privacyAcknowledged", true);
        intake.put("matchingConsent", "GIVEN");
        var taken = pisa().post("/api/v1/persons/" + id + "/intakes", intake);
        assertThat(taken.status()).as(taken.body()).isEqualTo(201);
        assertThat(taken.json().path("centreCode").asString()).isEqualTo("CPI-PI");
        persons.add(id);
        return id;
    }

    static Map<String, Object> meeting(String activity, LocalDateTime start, LocalDateTime end) {
        var m = new HashMap<String, Object>();
        m.put("activityId", activity);
        m.put("start", Api.at(start));
        m.put("end", Api.at(end));
        m.put("attendance", "PRESENT");
        m.put("notes", "Colloquio");
        return m;
    }

    static Map<String, Object> appointment() {
        var request = new HashMap<String, Object>();
        request.put("activityId", "A05-BASE");
        request.put("startsAt", Api.at(LocalDate.now(ROME).plusDays(3).atTime(10, 0)));
        request.put("minutes", 60);
        request.put("remote", false);
        request.put("place", "CPI Pisa, stanza 1");
        return request;
    }

    static Map<String, Object> session(String place) {
        var request = new HashMap<String, Object>();
        request.put("activityId", "A06-SEM");
        request.put("title", "Cercare lavoro online");
        request.put("startsAt", Api.at(LocalDate.now(ROME).plusDays(12).atTime(9, 30)));
        request.put("minutes", 120);
        request.put("remote", false);
        request.put("place", place);
        request.put("capacity", 10);
        return request;
    }

    int reads(String personId) {
        return jdbc.queryForObject(
                "select count(*) from audit_entry where person_id = ?::uuid and action = 'READ'",
                Integer.class,
                personId);
    }

    int rows(String personId) {
        return jdbc.queryForObject(
                "select (select count(*) from meeting where person_id = ?::uuid)"
                        + " + (select count(*) from appointment where person_id = ?::uuid)"
                        + " + (select count(*) from engagement where person_id = ?::uuid and status = 'CLOSED')"
                        + " + (select count(*) from pathway_outcome where person_id = ?::uuid)"
                        + " + (select count(*) from skills_audit_document where person_id = ?::uuid)"
                        + " + (select count(*) from session_participant where person_id = ?::uuid)",
                Integer.class,
                personId,
                personId,
                personId,
                personId,
                personId,
                personId);
    }

    static void refused(Api.Response response, String code, String what) {
        assertThat(response.status()).as(what + ": " + response.body()).isEqualTo(403);
        assertThat(response.code()).as(what).isEqualTo(code);
    }

    @Test
    void aPisaCaseIsPisasOnEveryReadAndChangeAndEachReadIsOneAuditEntry() {
        String id = pisan("Pisani");
        var day = LocalDate.of(2021, 3, 2).atTime(9, 0);
        var recorded =
                pisa().post("/api/v1/persons/" + id + "/meetings", meeting("A05-BASE", day, day.plusMinutes(60)));
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        String meetingId = recorded.json().path("id").asString();
        var audit = pisa().post(
                        "/api/v1/persons/" + id + "/meetings",
                        meeting("BDC", day.plusDays(1), day.plusDays(1).plusHours(4)));
        assertThat(audit.status()).as(audit.body()).isEqualTo(201);
        String auditEngagement = audit.json().path("engagementId").asString();
        String engagementId = recorded.json().path("engagementId").asString();
        var scheduled = pisa().post("/api/v1/persons/" + id + "/appointments", appointment());
        assertThat(scheduled.status()).as(scheduled.body()).isEqualTo(201);
        String appointmentId = scheduled.json().path("id").asString();
        var planned = pisa().post("/api/v1/sessions", session("CPI Pisa, aula 1"));
        assertThat(planned.status()).as(planned.body()).isEqualTo(201);
        String sessionId = planned.json().path("id").asString();
        var enrolled = pisa().post(
                        "/api/v1/sessions/" + sessionId + "/participants",
                        Map.of("personId", id, "waitingList", false));
        assertThat(enrolled.status()).as(enrolled.body()).isEqualTo(200);
        var florentineSession = florence().post("/api/v1/sessions", session("CPI Firenze, aula 2"));
        assertThat(florentineSession.status()).as(florentineSession.body()).isEqualTo(201);

        int before = rows(id);
        int readsBefore = reads(id);
        var reads = List.of(
                "/api/v1/persons/" + id + "/appointments",
                "/api/v1/appointments/" + appointmentId,
                "/api/v1/persons/" + id + "/meetings",
                "/api/v1/meetings/" + meetingId,
                "/api/v1/persons/" + id + "/engagements",
                "/api/v1/persons/" + id + "/pathway",
                "/api/v1/persons/" + id + "/pathway/outcomes",
                "/api/v1/persons/" + id + "/sessions",
                "/api/v1/engagements/" + auditEngagement + "/audit-document",
                "/api/v1/engagements/" + auditEngagement + "/audit-document/pdf");
        for (String path : reads) {
            refused(florence().get(path), "access.other-centre", "GET " + path);
        }
        refused(florence().get("/api/v1/sessions/" + sessionId), "access.other-centre", "GET session");
        // the same operator working in Siena today is another centre too
        refused(
                Api.as(port, "multicentro")
                        .header("X-Orienta-Centre", "CPI-SI")
                        .get("/api/v1/persons/" + id + "/meetings"),
                "access.other-centre",
                "GET meetings from Siena");
        var other = florence().get("/api/v1/persons/" + id + "/pathway");
        assertThat(other.json().path("ownerCentre").asString()).containsIgnoringCase("Pisa");

        var now = LocalDateTime.now(ROME).truncatedTo(ChronoUnit.MINUTES);
        var changes = new LinkedHashMapOfChanges();
        changes.put(
                "record",
                () -> florence()
                        .post(
                                "/api/v1/persons/" + id + "/meetings",
                                meeting(
                                        "A05-BASE",
                                        day.plusDays(2),
                                        day.plusDays(2).plusMinutes(30))));
        changes.put(
                "start",
                () -> florence().post("/api/v1/persons/" + id + "/meetings/start", Map.of("activityId", "A05-INFO")));
        changes.put(
                "close meeting",
                () -> florence()
                        .header("If-Match", "\"0\"")
                        .post("/api/v1/meetings/" + meetingId + "/close", Map.of("end", Api.at(now))));
        changes.put(
                "close engagement",
                () -> florence()
                        .header("If-Match", "\"0\"")
                        .post("/api/v1/engagements/" + engagementId + "/close", Map.of("deviationReason", "x")));
        changes.put("schedule", () -> florence().post("/api/v1/persons/" + id + "/appointments", appointment()));
        changes.put(
                "reschedule",
                () -> florence()
                        .header("If-Match", "\"0\"")
                        .post(
                                "/api/v1/appointments/" + appointmentId + "/reschedule",
                                Map.of(
                                        "startsAt",
                                        Api.at(LocalDate.now(ROME).plusDays(4).atTime(10, 0)),
                                        "reason",
                                        "Spostato")));
        changes.put(
                "cancel",
                () -> florence()
                        .header("If-Match", "\"0\"")
                        .post("/api/v1/appointments/" + appointmentId + "/cancel", Map.of("reason", "Malattia")));
        changes.put(
                "outcome",
                () -> florence()
                        .post(
                                "/api/v1/persons/" + id + "/pathway/outcomes",
                                Map.of("closedOn", LocalDate.now(ROME).toString(), "outcomes", List.of("ACTIVATED"))));
        changes.put(
                "save audit document",
                () -> florence()
                        .header("If-Match", "\"0\"")
                        .put(
                                "/api/v1/engagements/" + auditEngagement + "/audit-document",
                                Map.of("history", "a", "skills", "b", "gaps", "c", "recommendations", "d")));
        changes.put(
                "complete audit document",
                () -> florence()
                        .header("If-Match", "\"0\"")
                        .post("/api/v1/engagements/" + auditEngagement + "/audit-document/complete", Map.of()));
        changes.put(
                "enrol in Pisa's session",
                () -> florence()
                        .post(
                                "/api/v1/sessions/" + sessionId + "/participants",
                                Map.of("personId", id, "waitingList", false)));
        changes.put(
                "withdraw from Pisa's session",
                () -> florence()
                        .post(
                                "/api/v1/sessions/" + sessionId + "/participants/" + id + "/withdraw",
                                Map.of("reason", "Trasferito")));
        changes.put(
                "enrol in Florence's session",
                () -> florence()
                        .post(
                                "/api/v1/sessions/"
                                        + florentineSession.json().path("id").asString() + "/participants",
                                Map.of("personId", id, "waitingList", false)));
        changes.put(
                "cancel Pisa's session",
                () -> florence()
                        .header("If-Match", "\"1\"")
                        .post("/api/v1/sessions/" + sessionId + "/cancel", Map.of("reason", "Aula occupata")));
        changes.forEach((what, call) -> refused(call.call(), "access.other-centre", what));
        assertThat(rows(id)).as("nothing changed").isEqualTo(before);
        assertThat(reads(id)).as("a refused read is no read").isEqualTo(readsBefore);

        // unknown records are not found, before any check
        assertThat(florence()
                        .get("/api/v1/meetings/" + java.util.UUID.randomUUID())
                        .status())
                .isEqualTo(404);
        assertThat(florence()
                        .get("/api/v1/appointments/" + java.util.UUID.randomUUID())
                        .status())
                .isEqualTo(404);
        assertThat(florence()
                        .get("/api/v1/engagements/" + java.util.UUID.randomUUID() + "/audit-document")
                        .status())
                .isEqualTo(404);

        // the owner is served, and each read is exactly one audit entry of what was read
        for (String path : reads) {
            int was = reads(id);
            var served = pisa().get(path);
            assertThat(served.status()).as(path + ": " + served.body()).isEqualTo(200);
            assertThat(reads(id)).as("one audit entry for " + path).isEqualTo(was + 1);
        }
        assertThat(jdbc.queryForList(
                        "select distinct entity_type from audit_entry where person_id = ?::uuid and action = 'READ'",
                        String.class,
                        id))
                .contains(
                        "appointments",
                        "meetings",
                        "meeting",
                        "engagements",
                        "pathway",
                        "outcomes",
                        "sessions",
                        "skills-audit-document",
                        "skills-audit-pdf");
        assertThat(pisa().get("/api/v1/sessions/" + sessionId).status()).isEqualTo(200);

        // the administrator reads no case, records no meeting, plans no session
        var admin = Api.as(port, "amministratore");
        refused(
                admin.post(
                        "/api/v1/persons/" + id + "/meetings",
                        meeting("A05-BASE", day.plusDays(3), day.plusDays(3).plusMinutes(30))),
                "access.role",
                "admin records a meeting");
        refused(admin.post("/api/v1/sessions", session("CPI Firenze")), "access.role", "admin plans a session");
        refused(admin.get("/api/v1/persons/" + id + "/pathway"), "access.role", "admin reads the pathway");
        String nobodys = Api.as(port, "operatore")
                .post("/api/v1/persons", Persons.florentine("Nessuno"))
                .json()
                .path("id")
                .asString();
        refused(
                admin.post(
                        "/api/v1/persons/" + nobodys + "/meetings",
                        meeting("A05-BASE", day.plusDays(4), day.plusDays(4).plusMinutes(30))),
                "access.role",
                "admin records a meeting of a person nobody has in charge");
    }

    @Test
    void aLiveMeetingRecordsTheStandardItIsJudgedAgainst() {
        String id = pisan("Cronometrati");
        var started = pisa().post("/api/v1/persons/" + id + "/meetings/start", Map.of("activityId", "A05-BASE"));
        assertThat(started.status()).as(started.body()).isEqualTo(201);
        assertThat(started.json().path("standardId").isNull()).isFalse();
        assertThat(started.json().path("standardMaxMinutes").asInt()).isEqualTo(90);
        String meetingId = started.json().path("id").asString();
        jdbc.update("update meeting set started_at = started_at - interval '40 minutes' where id = ?::uuid", meetingId);
        var closed = pisa().header("If-Match", "\"0\"").post("/api/v1/meetings/" + meetingId + "/close", Map.of());
        assertThat(closed.status()).as(closed.body()).isEqualTo(200);
        assertThat(closed.json().path("standardId").asString())
                .isEqualTo(started.json().path("standardId").asString());
        assertThat(closed.json().path("standardMaxMinutes").asInt()).isEqualTo(90);
        assertThat(closed.json().path("compliance").asString()).isEqualTo("WITHIN");
        assertThat(jdbc.queryForObject(
                        "select standard_id is not null from meeting where id = ?::uuid", Boolean.class, meetingId))
                .isTrue();
    }

    @Test
    void theOperatorsClockRacesAnswer409NamingTheClashingMeetingAndNever5xx() throws Exception {
        var people = new ArrayList<String>();
        for (int i = 0; i < 5; i++) {
            people.add(pisan("Concorrenti"));
        }
        var pool = Executors.newFixedThreadPool(5);
        try {
            for (int round = 0; round < 20; round++) {
                // several starts at once by the same operator: one wins, the others are told which meeting
                var starts = new ArrayList<Callable<Api.Response>>();
                for (int i = 0; i < 4; i++) {
                    String person = people.get(i);
                    starts.add(() -> pisa().post(
                                    "/api/v1/persons/" + person + "/meetings/start", Map.of("activityId", "A05-INFO")));
                }
                var answers = new ArrayList<Api.Response>();
                for (var f : pool.invokeAll(starts)) {
                    answers.add(f.get());
                }
                assertThat(answers)
                        .allSatisfy(a -> assertThat(a.status()).as(a.body()).isIn(201, 409));
                var won = answers.stream().filter(a -> a.status() == 201).toList();
                assertThat(won).as("round %d", round).hasSize(1);
                String winner = won.getFirst().json().path("id").asString();
                for (var lost : answers.stream().filter(a -> a.status() == 409).toList()) {
                    assertThat(lost.code()).isEqualTo("guidance.meeting.operator-busy");
                    assertThat(lost.json().path("existing").asString()).isEqualTo("/api/v1/meetings/" + winner);
                    assertThat(lost.json().path("detail").asString()).contains("Hai già un incontro in corso con");
                }

                // the winner is closed with its end a minute ahead while more starts come in
                jdbc.update(
                        "update meeting set started_at = started_at - interval '30 minutes' where id = ?::uuid",
                        winner);
                var end =
                        LocalDateTime.now(ROME).truncatedTo(ChronoUnit.MINUTES).plusMinutes(1);
                var mixed = new ArrayList<Callable<Api.Response>>();
                mixed.add(() -> pisa().header("If-Match", "\"0\"")
                        .post("/api/v1/meetings/" + winner + "/close", Map.of("end", Api.at(end))));
                for (int i = 1; i < 4; i++) {
                    String person = people.get(i);
                    mixed.add(() -> pisa().post(
                                    "/api/v1/persons/" + person + "/meetings/start", Map.of("activityId", "A05-INFO")));
                }
                var results = new ArrayList<Api.Response>();
                for (var f : pool.invokeAll(mixed)) {
                    results.add(f.get());
                }
                assertThat(results.getFirst().status())
                        .as(results.getFirst().body())
                        .isEqualTo(200);
                for (var r : results.subList(1, results.size())) {
                    assertThat(r.status()).as(r.body()).isIn(201, 409);
                }

                // right after: the end is still ahead, so a start is refused with the meeting to open
                var minute = LocalDateTime.now(ROME).truncatedTo(ChronoUnit.MINUTES);
                var after = pisa().post(
                                "/api/v1/persons/" + people.get(4) + "/meetings/start",
                                Map.of("activityId", "A05-INFO"));
                if (results.stream().skip(1).noneMatch(r -> r.status() == 201) && minute.isBefore(end)) {
                    assertThat(after.status()).as(after.body()).isEqualTo(409);
                    assertThat(after.code()).isEqualTo("guidance.meeting.operator-busy");
                    assertThat(after.json().path("existing").asString()).isEqualTo("/api/v1/meetings/" + winner);
                } else {
                    assertThat(after.status()).as(after.body()).isIn(201, 409);
                }
                for (String p : people) {
                    jdbc.update(
                            "delete from meeting where person_id = ?::uuid and started_at > now() - interval '1 day'",
                            p);
                }
            }

            // the same person enrolled from two places at once: one enrolment, never a 5xx
            var planned = pisa().post("/api/v1/sessions", session("CPI Pisa, aula 3"));
            String sessionId = planned.json().path("id").asString();
            var enrolments = new ArrayList<Callable<Api.Response>>();
            for (int i = 0; i < 4; i++) {
                enrolments.add(() -> pisa().post(
                                "/api/v1/sessions/" + sessionId + "/participants",
                                Map.of("personId", people.getFirst(), "waitingList", false)));
            }
            var codes = new ArrayList<Integer>();
            for (var f : pool.invokeAll(enrolments)) {
                codes.add(f.get().status());
            }
            assertThat(codes).containsOnly(200, 422).containsOnlyOnce(200);
        } finally {
            pool.shutdownNow();
        }
    }

    /** The changes tried by the other centre's operator, in order, by name. */
    static final class LinkedHashMapOfChanges extends java.util.LinkedHashMap<String, Call> {}

    interface Call {
        Api.Response call();
    }
}
