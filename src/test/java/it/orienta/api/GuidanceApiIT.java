package it.orienta.api;

import static org.assertj.core.api.Assertions.assertThat;

import it.orienta.Api;
import it.orienta.OrientaAppTest;
import it.orienta.Persons;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Guidance through the REST API on the embedded PostgreSQL: meetings judged against the charter's standards at
 * their boundaries, refusals that save nothing, engagements judged on their total, appointments and their
 * history, concurrent edits, the pathway and the compliance list. Each test uses its own past days so that the
 * coordinator's meetings of different tests never overlap.
 */
@OrientaAppTest
class GuidanceApiIT {

    private static final AtomicInteger DAY = new AtomicInteger();

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    it.orienta.guidance.GuidanceService guidance;

    Api api() {
        return Api.as(port, "coordinatore");
    }

    String person() {
        var created = api().post("/api/v1/persons", Persons.florentine("Guidati"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().path("id").asString();
    }

    /** A day of its own, in the past, for one test. */
    static LocalDate day() {
        return LocalDate.of(2025, 1, 1).plusDays(DAY.incrementAndGet() * 3L);
    }

    static Map<String, Object> meeting(String activity, LocalDateTime start, LocalDateTime end, String reason) {
        var m = new HashMap<String, Object>();
        m.put("activityId", activity);
        m.put("start", Api.at(start));
        m.put("end", end == null ? null : Api.at(end));
        m.put("attendance", "PRESENT");
        m.put("notes", "Colloquio");
        m.put("deviationReason", reason);
        return m;
    }

    int meetings(String personId) {
        return jdbc.queryForObject("select count(*) from meeting where person_id = ?::uuid", Integer.class, personId);
    }

    @Test
    void basicGuidanceOfNinetyMinutesIsWithinAndOfNinetyOneNeedsAReason() {
        String id = person();
        var at = day().atTime(9, 0);
        var ninety =
                api().post("/api/v1/persons/" + id + "/meetings", meeting("A05-BASE", at, at.plusMinutes(90), null));
        assertThat(ninety.status()).as(ninety.body()).isEqualTo(201);
        assertThat(ninety.json().path("minutes").asInt()).isEqualTo(90);
        assertThat(ninety.json().path("compliance").asString()).isEqualTo("WITHIN");
        assertThat(ninety.json().path("standardMaxMinutes").asInt()).isEqualTo(90);

        var later = at.plusHours(3);
        var refused = api().post(
                        "/api/v1/persons/" + id + "/meetings", meeting("A05-BASE", later, later.plusMinutes(91), " "));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().path("code").asString()).isEqualTo("guidance.meeting.over-maximum");
        assertThat(refused.json().path("errors").get(0).path("field").asString())
                .isEqualTo("deviationReason");
        assertThat(refused.json().path("errors").get(0).path("message").asString())
                .contains("91", "90");
        assertThat(meetings(id)).isEqualTo(1);

        var kept = api().post(
                        "/api/v1/persons/" + id + "/meetings",
                        meeting("A05-BASE", later, later.plusMinutes(91), "La persona aveva molte domande"));
        assertThat(kept.status()).isEqualTo(201);
        assertThat(kept.json().path("compliance").asString()).isEqualTo("OVER_MAXIMUM");
        assertThat(kept.json().path("deviationReason").asString()).isEqualTo("La persona aveva molte domande");
        assertThat(guidance.meetings(java.util.UUID.fromString(id), 1))
                .singleElement()
                .satisfies(m -> assertThat(m.minutes()).isEqualTo(91));
        assertThat(guidance.meetings(java.util.UUID.fromString(id))).hasSize(2);
    }

    @Test
    void careerCounsellingOfFiftyNineMinutesIsUnderTheMinimum() {
        String id = person();
        var at = day().atTime(9, 0);
        var under =
                api().post("/api/v1/persons/" + id + "/meetings", meeting("A06-CONS", at, at.plusMinutes(59), null));
        assertThat(under.status()).isEqualTo(422);
        assertThat(under.json().path("code").asString()).isEqualTo("guidance.meeting.under-minimum");
        var sixty =
                api().post("/api/v1/persons/" + id + "/meetings", meeting("A06-CONS", at, at.plusMinutes(60), null));
        assertThat(sixty.json().path("compliance").asString()).isEqualTo("WITHIN");
    }

    @Test
    void badMeetingsAreRefusedAtTheirFieldAndNothingIsSaved() {
        String id = person();
        var at = day().atTime(14, 0);
        assertThat(api().post("/api/v1/persons/" + id + "/meetings", meeting("A05-BASE", at, at.plusMinutes(30), null))
                        .status())
                .isEqualTo(201);

        var endsBefore = api().post(
                        "/api/v1/persons/" + id + "/meetings",
                        meeting("A05-BASE", at.plusHours(2), at.plusHours(1), null));
        assertThat(endsBefore.json().path("code").asString()).isEqualTo("guidance.meeting.end.before-start");
        assertThat(endsBefore.json().path("errors").get(0).path("field").asString())
                .isEqualTo("end");

        var tomorrow = LocalDate.now(ZoneId.of("Europe/Rome")).plusDays(1).atTime(9, 0);
        var future = api().post(
                        "/api/v1/persons/" + id + "/meetings",
                        meeting("A05-BASE", tomorrow, tomorrow.plusMinutes(30), null));
        assertThat(future.json().path("code").asString()).isEqualTo("guidance.meeting.start.future");

        var unknown = api().post(
                        "/api/v1/persons/" + id + "/meetings", meeting("Z99", at.plusHours(3), at.plusHours(4), null));
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.json().path("code").asString()).isEqualTo("guidance.activity.unknown");

        var groupOnly = api().post(
                        "/api/v1/persons/" + id + "/meetings",
                        meeting("A06-SEM", at.plusHours(3), at.plusHours(4), null));
        assertThat(groupOnly.json().path("code").asString()).isEqualTo("guidance.activity.not-individual");

        var other = person();
        var overlap = api().post(
                        "/api/v1/persons/" + other + "/meetings",
                        meeting("A05-INFO", at.plusMinutes(15), at.plusMinutes(45), null));
        assertThat(overlap.status()).isEqualTo(422);
        assertThat(overlap.json().path("code").asString()).isEqualTo("guidance.meeting.overlap");
        assertThat(overlap.json().path("errors").get(0).path("message").asString())
                .contains("14:00", "14:30");

        var absentNoJustification = new HashMap<>(meeting("A05-BASE", at.plusHours(5), null, null));
        absentNoJustification.put("attendance", "ABSENT_JUSTIFIED");
        var absent = api().post("/api/v1/persons/" + id + "/meetings", absentNoJustification);
        assertThat(absent.json().path("code").asString()).isEqualTo("guidance.meeting.justification.required");

        assertThat(meetings(id)).isEqualTo(1);
        assertThat(meetings(other)).isZero();
    }

    @Test
    void theSkillsAuditIsJudgedOnItsTotalWhenClosed() {
        String id = person();
        var first = day().atTime(9, 0);
        api().post("/api/v1/persons/" + id + "/meetings", meeting("BDC", first, first.plusHours(4), null));
        var second = first.plusDays(1);
        var last = api().post(
                        "/api/v1/persons/" + id + "/meetings", meeting("BDC", second, second.plusMinutes(239), null));
        assertThat(last.json().path("compliance").asString()).isEqualTo("NO_STANDARD");
        var engagement =
                api().get("/api/v1/persons/" + id + "/engagements").json().get(0);
        assertThat(engagement.path("meetings").asInt()).isEqualTo(2);
        assertThat(engagement.path("deliveredMinutes").asInt()).isEqualTo(479);
        String engagementId = engagement.path("id").asString();

        var under = api().header("If-Match", "\"0\"").post("/api/v1/engagements/" + engagementId + "/close", Map.of());
        assertThat(under.status()).isEqualTo(422);
        assertThat(under.json().path("code").asString()).isEqualTo("guidance.engagement.under-minimum");

        var third = second.plusDays(1);
        api().post("/api/v1/persons/" + id + "/meetings", meeting("BDC", third, third.plusMinutes(1), null));
        var stale = Api.as(port, "coordinatore")
                .header("If-Match", "\"7\"")
                .post("/api/v1/engagements/" + engagementId + "/close", Map.of());
        assertThat(stale.status()).isEqualTo(409);
        var closed = Api.as(port, "coordinatore")
                .header("If-Match", "\"0\"")
                .post("/api/v1/engagements/" + engagementId + "/close", Map.of());
        assertThat(closed.status()).as(closed.body()).isEqualTo(200);
        assertThat(closed.json().path("totalMinutes").asInt()).isEqualTo(480);
        assertThat(closed.json().path("compliance").asString()).isEqualTo("WITHIN");

        var stages = api().get("/api/v1/persons/" + id + "/pathway").json().path("stages");
        assertThat(stages.findValuesAsString("stage"))
                .containsExactly(
                        "RECEPTION",
                        "NEEDS_ANALYSIS",
                        "INFORMATION_GUIDANCE",
                        "CAREER_COUNSELLING",
                        "SKILLS_AUDIT",
                        "AGREEMENT",
                        "TRANSITION_SUPPORT");
        assertThat(stages.get(4).path("state").asString()).isEqualTo("DONE");
        assertThat(stages.get(4).path("meetings").asInt()).isEqualTo(3);
    }

    @Test
    void aNewStandardNeverRewritesTheJudgementOfPastMeetings() {
        var admin = Api.as(port, "amministratore");
        var activity = new HashMap<String, Object>();
        activity.put("code", "T01");
        activity.put("labelIt", "Prova");
        activity.put("labelEn", "Trial");
        activity.put("stage", "INFORMATION_GUIDANCE");
        activity.put("delivery", "INDIVIDUAL");
        String key = "T01-" + DAY.incrementAndGet();
        assertThat(admin.post("/api/v1/admin/charter/activities", Map.of("id", key, "activity", activity))
                        .status())
                .isEqualTo(201);
        var standard = Map.of("validFrom", "2020-01-01", "maxMinutes", 30);
        assertThat(admin.post("/api/v1/admin/charter/activities/" + key + "/standards", standard)
                        .status())
                .isEqualTo(201);

        String id = person();
        var at = day().atTime(9, 0);
        var meeting = api().post("/api/v1/persons/" + id + "/meetings", meeting(key, at, at.plusMinutes(30), null));
        assertThat(meeting.json().path("compliance").asString()).isEqualTo("WITHIN");

        var stricter = Map.of(
                "validFrom",
                LocalDate.now(ZoneId.of("Europe/Rome")).minusDays(1).toString(),
                "maxMinutes",
                20);
        assertThat(admin.post("/api/v1/admin/charter/activities/" + key + "/standards", stricter)
                        .status())
                .isEqualTo(201);
        var earlier = Map.of("validFrom", "2019-01-01", "maxMinutes", 10);
        var refused = admin.post("/api/v1/admin/charter/activities/" + key + "/standards", earlier);
        assertThat(refused.json().path("code").asString()).isEqualTo("charter.standard.not-after-latest");

        var again = api().get("/api/v1/meetings/" + meeting.json().path("id").asString())
                .json();
        assertThat(again.path("compliance").asString()).isEqualTo("WITHIN");
        assertThat(again.path("standardMaxMinutes").asInt()).isEqualTo(30);
        assertThat(Api.as(port, "operatore")
                        .post("/api/v1/admin/charter/activities/" + key + "/standards", standard)
                        .status())
                .isEqualTo(403);
    }

    @Test
    void aMeetingStartedLiveIsClosedWithItsVersionAndAppearsOnTheFile() {
        String id = person();
        var op = Api.as(port, "multicentro").header("X-Orienta-Centre", "CPI-SI");
        var started = op.post("/api/v1/persons/" + id + "/meetings/start", Map.of("activityId", "A05-INFO"));
        assertThat(started.status()).as(started.body()).isEqualTo(201);
        String meetingId = started.json().path("id").asString();
        assertThat(started.json().path("running").asBoolean()).isTrue();

        var second = op.post("/api/v1/persons/" + person() + "/meetings/start", Map.of("activityId", "A05-INFO"));
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.json().path("code").asString()).isEqualTo("guidance.meeting.operator-busy");
        assertThat(second.json().path("existing").asString()).isEqualTo("/api/v1/meetings/" + meetingId);

        var tooEarly = Api.as(port, "multicentro")
                .header("X-Orienta-Centre", "CPI-SI")
                .header("If-Match", "\"0\"")
                .post("/api/v1/meetings/" + meetingId + "/close", Map.of("notes", "Informazioni sui servizi"));
        // closed in the same minute it started: no duration yet
        assertThat(tooEarly.json().path("code").asString()).isEqualTo("guidance.meeting.end.before-start");
        jdbc.update("update meeting set started_at = started_at - interval '20 minutes' where id = ?::uuid", meetingId);
        var closed = Api.as(port, "multicentro")
                .header("X-Orienta-Centre", "CPI-SI")
                .header("If-Match", "\"0\"")
                .post("/api/v1/meetings/" + meetingId + "/close", Map.of("notes", "Informazioni sui servizi"));
        assertThat(closed.status()).as(closed.body()).isEqualTo(200);
        assertThat(closed.json().path("minutes").asInt()).isBetween(20, 21);
        assertThat(closed.json().path("compliance").asString()).isEqualTo("NO_STANDARD");
        var again = Api.as(port, "multicentro")
                .header("X-Orienta-Centre", "CPI-SI")
                .header("If-Match", "\"0\"")
                .post("/api/v1/meetings/" + meetingId + "/close", Map.of());
        assertThat(again.json().path("code").asString()).isEqualTo("guidance.meeting.not-running");

        var timeline = api().get("/api/v1/persons/" + id + "/timeline").json().path("entries");
        assertThat(timeline.findValuesAsString("kind")).contains("meeting");
    }

    @Test
    void appointmentsAreScheduledMovedWithAReasonAndCancelled() {
        String id = person();
        var tomorrow = LocalDate.now(ZoneId.of("Europe/Rome")).plusDays(1);
        var request = new HashMap<String, Object>();
        request.put("activityId", "A05-BASE");
        request.put("startsAt", Api.at(tomorrow.atTime(10, 0)));
        request.put("minutes", 60);
        request.put("remote", false);
        request.put("place", "CPI Firenze, stanza 3");
        var scheduled = api().post("/api/v1/persons/" + id + "/appointments", request);
        assertThat(scheduled.status()).as(scheduled.body()).isEqualTo(201);
        String appointment = scheduled.json().path("id").asString();

        var past = new HashMap<>(request);
        past.put("startsAt", "2020-01-01T10:00+01:00");
        past.put("place", "");
        var refused = api().post("/api/v1/persons/" + id + "/appointments", past);
        assertThat(refused.json().path("errors").findValuesAsString("field")).contains("startsAt", "place");

        var noReason = api().header("If-Match", "\"0\"")
                .post(
                        "/api/v1/appointments/" + appointment + "/reschedule",
                        Map.of("startsAt", Api.at(tomorrow.atTime(11, 0))));
        assertThat(noReason.json().path("code").asString()).isEqualTo("guidance.appointment.reason.required");
        var moved = Api.as(port, "coordinatore")
                .header("If-Match", "\"0\"")
                .post(
                        "/api/v1/appointments/" + appointment + "/reschedule",
                        Map.of(
                                "startsAt",
                                Api.at(tomorrow.atTime(11, 0)),
                                "reason",
                                "La persona ha un colloquio di lavoro"));
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        assertThat(moved.json().path("changes").get(0).path("reason").asString())
                .contains("colloquio");

        var stale = Api.as(port, "coordinatore")
                .header("If-Match", "\"0\"")
                .post("/api/v1/appointments/" + appointment + "/cancel", Map.of("reason", "Malattia"));
        assertThat(stale.status()).isEqualTo(409);
        var cancelled = Api.as(port, "coordinatore")
                .header("If-Match", "\"1\"")
                .post("/api/v1/appointments/" + appointment + "/cancel", Map.of("reason", "Malattia"));
        assertThat(cancelled.json().path("status").asString()).isEqualTo("CANCELLED");
        assertThat(cancelled.json().path("changes").findValuesAsString("kind"))
                .containsExactly("RESCHEDULED", "CANCELLED");

        var calendar = api().get("/api/v1/calendar?scope=centre&from=" + tomorrow + "&to=" + tomorrow.plusDays(1));
        assertThat(calendar.status()).isEqualTo(200);
        assertThat(calendar.json().findValuesAsString("id")).doesNotContain(appointment);
    }

    @Test
    void anOverlappingAppointmentIsA409NamingTheFieldAndTheOtherOneUntilConfirmed() {
        String first = person();
        String second = person();
        // days of their own, far ahead: no other test books the coordinator then
        var day = LocalDate.now(ZoneId.of("Europe/Rome")).plusDays(1500);
        var request = new HashMap<String, Object>();
        request.put("activityId", "A05-BASE");
        request.put("startsAt", Api.at(day.atTime(10, 0)));
        request.put("minutes", 60);
        request.put("remote", false);
        request.put("place", "CPI Firenze, stanza 3");
        var booked = api().post("/api/v1/persons/" + first + "/appointments", request);
        assertThat(booked.status()).as(booked.body()).isEqualTo(201);
        String bookedId = booked.json().path("id").asString();

        var overlapping = new HashMap<>(request);
        overlapping.put("startsAt", Api.at(day.atTime(10, 30)));
        var refused = api().post("/api/v1/persons/" + second + "/appointments", overlapping);
        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.code()).isEqualTo("guidance.appointment.overlap.appointment");
        assertThat(refused.json().path("errors").findValuesAsString("field")).containsExactly("startsAt");
        assertThat(refused.json().path("existing").asString()).isEqualTo("/api/v1/appointments/" + bookedId);
        assertThat(refused.json().path("detail").asString()).contains("11:00");
        assertThat(api().get("/api/v1/persons/" + second + "/appointments")
                        .json()
                        .size())
                .as("nothing saved")
                .isZero();

        overlapping.put("confirmOverlap", true);
        var anyway = api().post("/api/v1/persons/" + second + "/appointments", overlapping);
        assertThat(anyway.status()).as(anyway.body()).isEqualTo(201);

        // a group session the coordinator holds is a commitment too, also when moving an appointment onto it
        var session = new HashMap<String, Object>();
        session.put("activityId", "A06-SEM");
        session.put("title", "Cercare lavoro online");
        session.put("startsAt", Api.at(day.plusDays(1).atTime(14, 0)));
        session.put("minutes", 120);
        session.put("remote", false);
        session.put("place", "CPI Firenze, aula 1");
        session.put("capacity", 10);
        var planned = api().post("/api/v1/sessions", session);
        assertThat(planned.status()).as(planned.body()).isEqualTo(201);
        var move = new HashMap<String, Object>();
        move.put("startsAt", Api.at(day.plusDays(1).atTime(15, 0)));
        move.put("reason", "La persona lavora al mattino");
        var clash = api().header("If-Match", "\"0\"").post("/api/v1/appointments/" + bookedId + "/reschedule", move);
        assertThat(clash.status()).as(clash.body()).isEqualTo(409);
        assertThat(clash.code()).isEqualTo("guidance.appointment.overlap.session");
        assertThat(clash.json().path("existing").asString())
                .isEqualTo("/api/v1/sessions/" + planned.json().path("id").asString());
        move.put("confirmOverlap", true);
        var moved = api().header("If-Match", "\"0\"").post("/api/v1/appointments/" + bookedId + "/reschedule", move);
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
    }

    @Test
    void theCoordinatorFiltersTheCentresMeetingsByCompliance() {
        String id = person();
        var at = day().atTime(9, 0);
        api().post(
                        "/api/v1/persons/" + id + "/meetings",
                        meeting("A05-BASE", at, at.plusMinutes(95), "Persona in difficoltà"));
        String month = at.toLocalDate().toString().substring(0, 7);
        var over = api().get("/api/v1/centre/compliance?month=" + month + "&compliance=OVER_MAXIMUM")
                .json();
        assertThat(over.path("rows").findValuesAsString("personId")).contains(id);
        assertThat(over.path("rows").findValuesAsString("compliance")).containsOnly("OVER_MAXIMUM");
        assertThat(over.path("counts").path("OVER_MAXIMUM").asInt()).isPositive();
        assertThat(Api.as(port, "operatore")
                        .get("/api/v1/centre/compliance?month=" + month)
                        .status())
                .isEqualTo(403);
    }
}
