package it.orienta.api;

import static org.assertj.core.api.Assertions.assertThat;

import it.orienta.Api;
import it.orienta.OrientaAppTest;
import it.orienta.Persons;
import it.orienta.home.WorklistItem;
import it.orienta.home.WorklistSource;
import it.orienta.system.Actor;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Qualitative profiling and referrals through the REST API on the embedded PostgreSQL: the interview with
 * If-Match, a score outside 1–5 and a referral without reasons refused with nothing saved, a social-services
 * referral from the indicator to its outcome, overdue referrals on the coordinator's list and the home worklist,
 * the administrators' lists, and who may do what.
 */
@OrientaAppTest
class ProfilingApiIT {

    /** The application's zone: "today" is Rome's, also when the machine's clock is UTC around midnight. */
    static final java.time.ZoneId ROME = java.time.ZoneId.of("Europe/Rome");

    static final String QUESTION_EXPECTED = "6b0e6f1c-0001-4a00-8000-000000000001";
    static final String QUESTION_SEARCH = "6b0e6f1c-0001-4a00-8000-000000000005";
    static final String INDICATOR_HOUSING = "6b0e6f1c-0002-4a00-8000-000000000005";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    List<WorklistSource> worklists;

    Api api() {
        return Api.as(port, "operatore");
    }

    String person(String surname) {
        var created = api().post("/api/v1/persons", Persons.florentine(surname));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().path("id").asString();
        var intake = new HashMap<String, Object>();
        intake.put("intakeDate", LocalDate.now(ROME).toString());
        intake.put(
                "privacyNoticeId",
                api().get("/api/v1/privacy-notices/current").json().path("id").asString());
        intake.put("privacyAcknowledged", true);
        intake.put("matchingConsent", "GIVEN");
        intake.put("profilingIndex", 0.42);
        intake.put("profilingDate", LocalDate.now(ROME).minusDays(3).toString());
        var taken = api().post("/api/v1/persons/" + id + "/intakes", intake);
        assertThat(taken.status()).as(taken.body()).isEqualTo(201);
        return id;
    }

    static Map<String, Object> interview(Integer score, List<String> indicators) {
        var body = new HashMap<String, Object>();
        body.put("interviewDate", LocalDate.now(ROME).toString());
        body.put(
                "answers",
                Map.of(
                        QUESTION_EXPECTED, "Capire come cercare lavoro",
                        QUESTION_SEARCH, "Sfratto in corso, nessuna risposta alle candidature"));
        body.put("score", score);
        body.put("indicators", indicators);
        body.put("notes", "Colloquio svolto con la persona");
        return body;
    }

    Api.Response save(String id, String version, Map<String, Object> body) {
        return api().header("If-Match", version).put("/api/v1/persons/" + id + "/profiling", body);
    }

    int referrals(String personId) {
        return jdbc.queryForObject(
                "select count(*) from referral where person_id = ?", Integer.class, UUID.fromString(personId));
    }

    @Test
    void theInterviewIsSavedWithItsVersionBesideTheQuantitativeIndex() {
        String id = person("Profilati");
        var empty = api().get("/api/v1/persons/" + id + "/profiling");
        assertThat(empty.status()).isEqualTo(200);
        assertThat(empty.etag()).isEqualTo("\"0\"");
        assertThat(empty.json().path("recorded").asBoolean()).isFalse();
        assertThat(empty.json().path("quantitativeIndex").decimalValue()).isEqualByComparingTo("0.42");

        var saved = save(id, "\"0\"", interview(4, List.of()));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(saved.etag()).isEqualTo("\"1\"");
        assertThat(saved.json().path("score").asInt()).isEqualTo(4);
        assertThat(saved.json().path("answers").path(QUESTION_EXPECTED).asString())
                .isEqualTo("Capire come cercare lavoro");
        assertThat(saved.json().path("assessmentProposed").asBoolean()).isFalse();

        // a second tab still on version 0 is refused with the current state
        var stale = save(id, "\"0\"", interview(2, List.of()));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(api().get("/api/v1/persons/" + id + "/profiling")
                        .json()
                        .path("score")
                        .asInt())
                .isEqualTo(4);
        // without If-Match nothing is saved
        var blind = api().put("/api/v1/persons/" + id + "/profiling", interview(2, List.of()));
        assertThat(blind.code()).isEqualTo("version.required");

        // on the worker file's timeline and in the audit log (the read too)
        var timeline = jdbc.queryForList(
                "select summary_key from timeline_entry where person_id = ?", String.class, UUID.fromString(id));
        assertThat(timeline).contains("timeline.profiling.saved", "timeline.profiling.score");
    }

    @Test
    void aScoreOutsideOneToFiveIsRefusedAtTheFieldAndNothingIsSaved() {
        String id = person("Punteggi");
        for (int score : new int[] {0, 6}) {
            var refused = save(id, "\"0\"", interview(score, List.of(INDICATOR_HOUSING)));
            assertThat(refused.status()).as(refused.body()).isEqualTo(422);
            assertThat(refused.contentType()).contains("application/problem+json");
            assertThat(refused.fieldCode("score")).isEqualTo("profiling.score.range");
            assertThat(refused.fieldMessage("score")).isEqualTo("Il punteggio di occupabilità va da 1 a 5.");
        }
        var after = api().get("/api/v1/persons/" + id + "/profiling").json();
        assertThat(after.path("recorded").asBoolean()).isFalse();
        assertThat(after.path("answers").size()).isZero();
        assertThat(after.path("indicators").size()).isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from profiling_answer where person_id = ?",
                        Integer.class,
                        UUID.fromString(id)))
                .isZero();
    }

    @Test
    void aReferralToSocialServicesFromTheIndicatorToTheOutcome() {
        String id = person("Fragili");
        var saved = save(id, "\"0\"", interview(2, List.of(INDICATOR_HOUSING)));
        assertThat(saved.json().path("assessmentProposed").asBoolean()).isTrue();

        var referral = new HashMap<String, Object>();
        referral.put("kind", "SOCIAL_SERVICES");
        referral.put("reasons", List.of("INDICATOR:" + INDICATOR_HOUSING));
        referral.put("sharedData", List.of("IDENTITY", "CONTACTS", "INDICATORS"));
        referral.put("consentGiven", false);
        referral.put("dueDate", LocalDate.now(ROME).plusDays(30).toString());

        // not before the deeper assessment is confirmed
        var early = api().post("/api/v1/persons/" + id + "/referrals", referral);
        assertThat(early.status()).isEqualTo(422);
        assertThat(early.fieldCode("kind")).isEqualTo("referral.assessment.required");
        var confirmed = api().header("If-Match", saved.etag())
                .post("/api/v1/persons/" + id + "/profiling/assessment", Map.of("notes", "Sentita la persona"));
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
        assertThat(confirmed.json().path("assessmentConfirmed").asBoolean()).isTrue();

        // reasons drawn from the interview are offered
        var options = api().get("/api/v1/persons/" + id + "/profiling/reasons").json();
        assertThat(options.findValuesAsString("ref"))
                .contains("INDICATOR:" + INDICATOR_HOUSING, "ANSWER:" + QUESTION_SEARCH);

        // a referral without reasons: refused at the field, nothing saved
        var noReasons = new HashMap<>(referral);
        noReasons.put("reasons", List.of());
        noReasons.put("reasonText", " ");
        var refused = api().post("/api/v1/persons/" + id + "/referrals", noReasons);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.fieldCode("reasons")).isEqualTo("referral.reasons.required");
        assertThat(referrals(id)).isZero();

        referral.put("reasonText", "Rischio di perdere la casa");
        var created = api().post("/api/v1/persons/" + id + "/referrals", referral);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        var body = created.json();
        assertThat(body.path("status").asString()).isEqualTo("DRAFT");
        assertThat(body.path("recipient").asString()).startsWith("Servizio sociale del Comune di Firenze");
        assertThat(body.path("reasons").findValuesAsString("text"))
                .containsExactly("Disagio abitativo", "Rischio di perdere la casa");
        String ref = "/api/v1/referrals/" + body.path("id").asString();

        // sending needs the person's consent
        var today = LocalDate.now(ROME);
        var noConsent = api().header("If-Match", created.etag())
                .post(ref + "/send", Map.of("sentOn", today.toString(), "consentGiven", false));
        assertThat(noConsent.fieldCode("consentGiven")).isEqualTo("referral.consent.required");
        var sent = api().header("If-Match", created.etag())
                .post(ref + "/send", Map.of("sentOn", today.minusDays(2).toString(), "consentGiven", true));
        assertThat(sent.status()).as(sent.body()).isEqualTo(200);
        assertThat(sent.json().path("status").asString()).isEqualTo("SENT");

        // steps in order, dated, not in the future
        var beforeSent = api().header("If-Match", sent.etag())
                .post(ref + "/acknowledge", Map.of("on", today.minusDays(3).toString()));
        assertThat(beforeSent.fieldCode("on")).isEqualTo("referral.step.date-order");
        var future = api().header("If-Match", sent.etag())
                .post(ref + "/acknowledge", Map.of("on", today.plusDays(1).toString()));
        assertThat(future.fieldCode("on")).isEqualTo("referral.step.date-future");
        var outcomeTooEarly = api().header("If-Match", sent.etag())
                .post(ref + "/outcome", Map.of("on", today.toString(), "text", "x"));
        assertThat(outcomeTooEarly.code()).isEqualTo("referral.step.not-allowed");
        var acknowledged = api().header("If-Match", sent.etag())
                .post(ref + "/acknowledge", Map.of("on", today.minusDays(1).toString()));
        assertThat(acknowledged.json().path("status").asString()).isEqualTo("ACKNOWLEDGED");
        var noText = api().header("If-Match", acknowledged.etag())
                .post(ref + "/answer", Map.of("on", today.toString(), "text", ""));
        assertThat(noText.fieldCode("text")).isEqualTo("referral.answer.required");
        var answered = api().header("If-Match", acknowledged.etag())
                .post(
                        ref + "/answer",
                        Map.of("on", today.toString(), "text", "Colloquio fissato con l’assistente sociale"));
        assertThat(answered.json().path("status").asString()).isEqualTo("ANSWERED");
        var stale = api().header("If-Match", acknowledged.etag())
                .post(ref + "/outcome", Map.of("on", today.toString(), "text", "x"));
        assertThat(stale.status()).isEqualTo(409);
        var closed = api().header("If-Match", answered.etag())
                .post(ref + "/outcome", Map.of("on", today.toString(), "text", "Percorso di inclusione congiunto"));
        assertThat(closed.json().path("status").asString()).isEqualTo("CLOSED");
        assertThat(closed.json().path("outcome").asString()).isEqualTo("Percorso di inclusione congiunto");

        var cancelClosed =
                api().header("If-Match", closed.etag()).post(ref + "/cancel", Map.of("reason", "ripensamento"));
        assertThat(cancelClosed.code()).isEqualTo("referral.step.not-allowed");

        var timeline = jdbc.queryForList(
                "select summary_key from timeline_entry where person_id = ?", String.class, UUID.fromString(id));
        assertThat(timeline)
                .contains(
                        "timeline.profiling.assessment",
                        "timeline.referral.created.social_services",
                        "timeline.referral.sent",
                        "timeline.referral.acknowledged",
                        "timeline.referral.answered",
                        "timeline.referral.closed");
        assertThat(api().get("/api/v1/persons/" + id + "/referrals").json().size())
                .isEqualTo(1);
    }

    @Test
    void overdueReferralsComeFirstOnTheCoordinatorsListAndTheHomeWorklist() {
        String id = person("Scaduti");
        var referral = new HashMap<String, Object>();
        referral.put("kind", "OTHER_SERVICE");
        referral.put("serviceName", "Centro di salute mentale");
        referral.put("reasonText", "Segnalato disagio psicologico");
        referral.put("sharedData", List.of("IDENTITY"));
        referral.put("consentGiven", true);
        var created = api().post("/api/v1/persons/" + id + "/referrals", referral);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().path("recipient").asString()).isEqualTo("Centro di salute mentale");
        String refId = created.json().path("id").asString();
        var today = LocalDate.now(ROME);
        var sent = api().header("If-Match", created.etag())
                .post(
                        "/api/v1/referrals/" + refId + "/send",
                        Map.of(
                                "sentOn",
                                today.minusDays(40).toString(),
                                "dueDate",
                                today.minusDays(10).toString()));
        assertThat(sent.status()).as(sent.body()).isEqualTo(200);
        assertThat(sent.json().path("overdue").asBoolean()).isTrue();

        var coordinator = Api.as(port, "coordinatore");
        var overdue = coordinator
                .get("/api/v1/centre/referrals?overdue=true&size=100")
                .json();
        assertThat(overdue.path("rows").findValuesAsString("id")).contains(refId);
        assertThat(overdue.path("rows").findValues("overdue").stream().allMatch(n -> n.asBoolean()))
                .isTrue();
        var all = coordinator.get("/api/v1/centre/referrals?size=100").json().path("rows");
        assertThat(all.get(0).path("overdue").asBoolean()).isTrue();
        assertThat(api().get("/api/v1/centre/referrals").status()).isEqualTo(403);

        var actor = new Actor(null, "operatore", "Giulia Bianchi", "CPI-FI", "OPERATOR");
        var items = worklists.stream()
                .flatMap(w -> w.worklist(actor, today).stream())
                .filter(i -> WorklistItem.REFERRALS.equals(i.section()))
                .toList();
        assertThat(items).isNotEmpty();
        assertThat(items.getFirst().urgent()).isTrue();
        assertThat(items).anySatisfy(i -> {
            assertThat(i.href()).isEqualTo("/referrals/" + refId);
            assertThat(i.messageKey()).isEqualTo("worklist.referral.overdue");
            assertThat(i.personName()).contains("Scaduti");
        });
    }

    @Test
    void administratorsKeepTheListsOperatorsReadThem() {
        var admin = Api.as(port, "amministratore");
        var questions = api().get("/api/v1/profiling/questions").json();
        assertThat(questions.findValuesAsString("code"))
                .contains(
                        "NAT-EXPECTED-RESULT",
                        "NAT-DIFFICULT-AREAS",
                        "NAT-WORK-SOUGHT",
                        "NAT-MARKET-INFO",
                        "NAT-SEARCH-DIFFICULTIES",
                        "AREA-PROFILE",
                        "AREA-TOOLS");
        assertThat(api().get("/api/v1/profiling/indicators").json().findValuesAsString("code"))
                .contains("INCOME-SUPPORT", "DISABILITY", "MIGRANT-LANGUAGE");

        String code = "IT-" + (System.nanoTime() % 100000);
        var item = Map.of("code", code, "labelIt", "Patente di guida?", "labelEn", "Driving licence?");
        assertThat(api().post("/api/v1/admin/profiling/questions", item).status())
                .isEqualTo(403);
        var added = admin.post("/api/v1/admin/profiling/questions", item);
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        assertThat(admin.post("/api/v1/admin/profiling/questions", item).code())
                .isEqualTo("profiling.item.code.duplicate");
        String itemId = added.json().path("id").asString();

        var moved = admin.post("/api/v1/admin/profiling/items/" + itemId + "/move", Map.of("direction", "up"))
                .json();
        var codes = moved.findValuesAsString("code");
        assertThat(codes.indexOf(code)).isEqualTo(codes.size() - 2);

        // an answer to it survives its retirement
        String id = person("Ritirati");
        var body = interview(3, List.of());
        body.put("answers", Map.of(itemId, "Sì, patente B"));
        assertThat(save(id, "\"0\"", body).status()).isEqualTo(200);
        var retired = admin.post("/api/v1/admin/profiling/items/" + itemId + "/retired", Map.of("retired", true));
        assertThat(retired.json().path("retired").asBoolean()).isTrue();
        var again = save(id, "\"1\"", body);
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(again.json().path("answers").path(itemId).asString()).isEqualTo("Sì, patente B");
        // a new interview cannot answer a retired question
        String other = person("Nuovi");
        assertThat(save(other, "\"0\"", body).fieldCode("answers")).isEqualTo("profiling.question.unknown");

        var edited = admin.header("If-Match", "\"0\"")
                .put(
                        "/api/v1/admin/profiling/items/" + itemId,
                        Map.of("code", code, "labelIt", "Ha la patente?", "labelEn", "Driving licence?"));
        assertThat(edited.status()).isEqualTo(409);

        // the interview is for operators and coordinators: an administrator alone may not read it
        assertThat(admin.get("/api/v1/persons/" + id + "/profiling").status()).isEqualTo(403);
        assertThat(Api.as(port, "coordinatore")
                        .get("/api/v1/persons/" + id + "/profiling")
                        .status())
                .isEqualTo(200);
    }
}
