package it.orienta.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.orienta.Api;
import it.orienta.OrientaAppTest;
import it.orienta.Persons;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Intake, matching consent, the worker file's timeline and export, and the audit log, end to end. */
@OrientaAppTest
class IntakeAndFileIT {

    /** The application's day (its clock is Europe/Rome): near midnight UTC the test JVM's day differs. */
    static final java.time.ZoneId ROME = java.time.ZoneId.of("Europe/Rome");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    Api api() {
        return Api.as(port, "operatore");
    }

    String newPerson(String surname) {
        return api().post("/api/v1/persons", Persons.florentine(surname))
                .json()
                .path("id")
                .asString();
    }

    Map<String, Object> intake(String consent) {
        var body = new HashMap<String, Object>();
        body.put("intakeDate", LocalDate.now(ROME).toString());
        body.put(
                "privacyNoticeId",
                api().get("/api/v1/privacy-notices/current").json().path("id").asString());
        body.put("privacyAcknowledged", true);
        body.put("matchingConsent", consent);
        return body;
    }

    @Test
    void takesInChargeWithConsentAndKeepsTheWholeHistory() {
        String id = newPerson("Carico");
        assertThat(api().get("/api/v1/persons/" + id + "/consents").body()).isEqualTo("\"NONE\"");

        var body = intake("GIVEN");
        body.put("profilingIndex", 0.57);
        body.put("profilingDate", LocalDate.now(ROME).minusDays(1).toString());
        var taken = api().post("/api/v1/persons/" + id + "/intakes", body);
        assertThat(taken.status()).as(taken.body()).isEqualTo(201);
        assertThat(taken.json().path("centreCode").asString()).isEqualTo("CPI-FI");
        assertThat(taken.json().path("current").asBoolean()).isTrue();
        assertThat(api().get("/api/v1/persons/" + id + "/consents").body()).isEqualTo("\"GIVEN\"");

        var withdrawn = api().post("/api/v1/persons/" + id + "/consents", Map.of("state", "WITHDRAWN"));
        assertThat(withdrawn.status()).isEqualTo(201);
        var twice = api().post("/api/v1/persons/" + id + "/consents", Map.of("state", "WITHDRAWN"));
        assertThat(twice.code()).isEqualTo("consent.not-given");
        assertThat(api().post("/api/v1/persons/" + id + "/consents", Map.of("state", "GIVEN"))
                        .status())
                .isEqualTo(201);
        assertThat(api().post("/api/v1/persons/" + id + "/consents", Map.of("state", "GIVEN"))
                        .code())
                .isEqualTo("consent.already-given");
        assertThat(api().post("/api/v1/persons/" + id + "/consents", Map.of("state", "REFUSED"))
                        .code())
                .isEqualTo("consent.change-invalid");

        var history = api().get("/api/v1/persons/" + id + "/consents/history").json();
        assertThat(history.findValuesAsString("state")).containsExactly("GIVEN", "WITHDRAWN", "GIVEN");
        assertThat(history.get(0).path("operatorName").asString()).isEqualTo("Giulia Bianchi");

        // a second intake ends the first: one current intake
        var again = api().post("/api/v1/persons/" + id + "/intakes", intake("REFUSED"));
        assertThat(again.status()).isEqualTo(201);
        var intakes = api().get("/api/v1/persons/" + id + "/intakes").json();
        assertThat(intakes.size()).isEqualTo(2);
        assertThat(intakes.findValues("current").stream()
                        .filter(n -> n.asBoolean())
                        .count())
                .isEqualTo(1);
        assertThat(api().get("/api/v1/persons/" + id + "/consents").body()).isEqualTo("\"REFUSED\"");
    }

    @Test
    void refusesAnIntakeThatBreaksARuleAndSavesNothing() {
        String id = newPerson("Rifiutati");
        var body = intake("WITHDRAWN");
        body.put("privacyAcknowledged", false);
        body.put("intakeDate", LocalDate.now(ROME).plusDays(1).toString());
        body.put("profilingIndex", 1.5);
        var rules = api().post("/api/v1/persons/" + id + "/intakes", body);
        assertThat(rules.status()).isEqualTo(422);
        assertThat(rules.fieldCode("privacyAcknowledged")).isEqualTo("intake.notice.not-acknowledged");
        assertThat(rules.fieldCode("intakeDate")).isEqualTo("date.in-future");
        assertThat(rules.fieldCode("matchingConsent")).isEqualTo("intake.consent.given-or-refused");
        assertThat(rules.fieldCode("profilingIndex")).isEqualTo("intake.profiling.range");
        assertThat(rules.fieldCode("profilingDate")).isEqualTo("intake.profiling.date-required");
        assertThat(jdbc.queryForObject("select count(*) from intake where person_id = ?::uuid", Integer.class, id))
                .isZero();
        assertThat(api().post("/api/v1/persons/" + id + "/consents", Map.of("state", "GIVEN"))
                        .code())
                .isEqualTo("consent.no-intake");
    }

    @Test
    void concurrentIntakesLeaveOneCurrent() throws Exception {
        String id = newPerson("Simultanei");
        var pool = Executors.newFixedThreadPool(4);
        var calls = new ArrayList<Callable<Integer>>();
        for (int i = 0; i < 4; i++) {
            calls.add(() -> api().post("/api/v1/persons/" + id + "/intakes", intake("GIVEN"))
                    .status());
        }
        var statuses = pool.invokeAll(calls).stream()
                .map(f -> {
                    try {
                        return f.get();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
        pool.shutdown();
        assertThat(statuses).contains(201).allMatch(s -> s == 201 || s == 409);
        assertThat(jdbc.queryForObject(
                        "select count(*) from intake where person_id = ?::uuid and status = 'CURRENT'",
                        Integer.class,
                        id))
                .isEqualTo(1);
    }

    @Test
    void theTimelineTellsWhatHappenedNewestFirstAndFilters() {
        String id = newPerson("Cronologia");
        api().post("/api/v1/persons/" + id + "/intakes", intake("GIVEN"));
        api().post("/api/v1/persons/" + id + "/consents", Map.of("state", "WITHDRAWN"));

        var all = api().get("/api/v1/persons/" + id + "/timeline").json();
        assertThat(all.path("entries").findValuesAsString("summaryKey"))
                .containsExactly(
                        "timeline.consent.withdrawn",
                        "timeline.consent.given",
                        "timeline.intake.taken-in-charge",
                        "timeline.person.registered");
        assertThat(all.path("kinds").valueStream().map(n -> n.asString()).toList())
                .containsExactly("consent", "intake", "person");

        var consents =
                api().get("/api/v1/persons/" + id + "/timeline?kind=consent").json();
        assertThat(consents.path("entries").findValuesAsString("kind"))
                .containsOnly("consent")
                .hasSize(2);

        var paged = api().get("/api/v1/persons/" + id + "/timeline?size=3").json();
        assertThat(paged.path("entries").size()).isEqualTo(3);
        assertThat(paged.path("hasMore").asBoolean()).isTrue();
    }

    @Test
    void exportsTheWholeFileAndAuditsEveryReadAndChange() {
        String id = newPerson("Esportati");
        api().post("/api/v1/persons/" + id + "/intakes", intake("GIVEN"));
        api().get("/api/v1/persons/" + id + "/special-category-data");
        var export = api().get("/api/v1/persons/" + id + "/export");
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.json().path("person").path("id").asString()).isEqualTo(id);
        assertThat(export.json().path("intakes").size()).isEqualTo(1);
        assertThat(export.json().path("matchingConsents").size()).isEqualTo(1);
        assertThat(export.json().path("timeline").size()).isGreaterThanOrEqualTo(3);

        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(jdbc.queryForList(
                                "select action || ':' || entity_type from audit_entry where person_id = ?::uuid",
                                String.class,
                                id))
                        .contains(
                                "CREATE:Person",
                                "CREATE:Intake",
                                "CREATE:MatchingConsent",
                                "READ:special-category-data",
                                "EXPORT:WorkerFile"));
        var row = jdbc.queryForMap(
                "select username, centre_code, roles from audit_entry where person_id = ?::uuid and entity_type = 'Intake'",
                id);
        assertThat(row)
                .containsEntry("username", "operatore")
                .containsEntry("centre_code", "CPI-FI")
                .containsEntry("roles", "OPERATOR");

        var coordinator = Api.as(port, "coordinatore").get("/api/v1/audit?personId=" + id);
        assertThat(coordinator.status()).isEqualTo(200);
        assertThat(coordinator.json().findValuesAsString("entityType")).contains("Person", "Intake");
        assertThat(api().get("/api/v1/audit?personId=" + id).status()).isEqualTo(403);
    }

    @Test
    void exportsTheFileAsAPdfForAPeriodAuditedAsAnExportAndRefusesAPeriodThatEndsBeforeItStarts() {
        String id = newPerson("Stampati");
        api().post("/api/v1/persons/" + id + "/intakes", intake("GIVEN"));
        LocalDate today = LocalDate.now(Api.ROME);

        var pdf = api().get("/api/v1/persons/" + id + "/export/pdf?from=" + today.minusDays(1) + "&to=" + today);
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).startsWith("application/pdf");
        assertThat(pdf.body()).startsWith("%PDF-");

        var wrong = api().get("/api/v1/persons/" + id + "/export/pdf?from=" + today + "&to=" + today.minusDays(1));
        assertThat(wrong.status()).isEqualTo(422);
        assertThat(wrong.fieldCode("from")).isEqualTo("workerfile.pdf.period");

        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(jdbc.queryForList(
                                "select action || ':' || entity_type from audit_entry where person_id = ?::uuid"
                                        + " and action = 'EXPORT'",
                                String.class,
                                id))
                        .containsExactly("EXPORT:WorkerFile"));
    }

    @Test
    void theAuditLogCannotBeChangedOrDeleted() {
        newPerson("Immutabili");
        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .until(() -> jdbc.queryForObject("select count(*) from audit_entry", Integer.class) > 0);
        assertThatThrownBy(() -> jdbc.update("update audit_entry set username = 'x'"))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from audit_entry")).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.execute("truncate audit_entry")).hasMessageContaining("append-only");
    }

    @Test
    void anOperatorWorksInTheCentreTheyChoose() {
        var pisa = Api.as(port, "multicentro").header("X-Orienta-Centre", "CPI-PI");
        String id = pisa.post("/api/v1/persons", Persons.florentine("Pisani"))
                .json()
                .path("id")
                .asString();
        var taken = Api.as(port, "multicentro")
                .header("X-Orienta-Centre", "CPI-PI")
                .post("/api/v1/persons/" + id + "/intakes", intake("GIVEN"));
        assertThat(taken.json().path("centreCode").asString()).isEqualTo("CPI-PI");
        // a centre that is not the operator's is refused before anything is done
        var notHis = Api.as(port, "operatore")
                .header("X-Orienta-Centre", "CPI-PI")
                .post("/api/v1/persons/" + id + "/intakes", intake("GIVEN"));
        assertThat(notHis.status()).isEqualTo(403);
        assertThat(notHis.code()).isEqualTo("access.centre-not-yours");
        assertThat(jdbc.queryForObject(
                        "select centre_code from intake where person_id = ?::uuid and status = 'CURRENT'",
                        String.class,
                        id))
                .isEqualTo("CPI-PI");
    }
}
