package it.orienta.api;

import static org.assertj.core.api.Assertions.assertThat;

import it.orienta.Api;
import it.orienta.OrientaAppTest;
import it.orienta.Persons;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The record-access policy over the CV, the transfer to the portal, the desired occupations and availability, the
 * worker file (page, timeline, export) and the person's messages, end to end: the operator of the centre that has
 * the person in charge reads and changes the case, and each read request is written to the audit log exactly once
 * with what was read; an operator of another centre is refused ({@code access.other-centre}) every read and every
 * change, pages and API alike; an administrator is refused by role ({@code access.role}). A background extraction
 * is its centre's. And every page of these modules opens for a person registered with only the required data.
 */
@OrientaAppTest
class CaseAccessCvOccupationFileIT {

    static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    /** The operator of CPI Firenze, which takes the persons of this test in charge. */
    Api owner() {
        return Api.as(port, "operatore");
    }

    /** An operator working today in CPI Pisa. */
    Api otherCentre() {
        return Api.as(port, "multicentro").header("X-Orienta-Centre", "CPI-PI");
    }

    Api admin() {
        return Api.as(port, "amministratore");
    }

    String register(Map<String, Object> body) {
        var created = owner().post("/api/v1/persons", body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().path("id").asString();
    }

    void takeInCharge(String id) {
        var body = new HashMap<String, Object>();
        body.put("intakeDate", LocalDate.now(Api.ROME).toString());
        body.put(
                "privacyNoticeId",
                owner().get("/api/v1/privacy-notices/current").json().path("id").asString());
        body.put("privacyAcknowledged", true);
        body.put("matchingConsent", "GIVEN");
        var taken = owner().post("/api/v1/persons/" + id + "/intakes", body);
        assertThat(taken.status()).as(taken.body()).isEqualTo(201);
    }

    static Map<String, Object> occupation(String code) {
        var m = new HashMap<String, Object>();
        m.put("professionCode", code);
        m.put("fromWork", true);
        m.put("interviewDate", LocalDate.now(Api.ROME).minusDays(1).toString());
        m.put("specificSkills", "Servizio ai tavoli");
        return m;
    }

    /** A person of CPI Firenze with an education title, a desired occupation, a generated CV and a transfer. */
    Map<String, String> caseOfFlorence(String lastName) {
        String id = register(Persons.florentine(lastName));
        takeInCharge(id);
        var title = owner().get("/api/v1/reference/education-titles?q=licenza%20media")
                .json()
                .get(0)
                .path("code")
                .asString();
        var added = owner().post(
                        "/api/v1/persons/" + id + "/education-titles",
                        Map.of("titleCode", title, "year", 2001, "institution", "Scuola media"));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        var occupation = owner().post("/api/v1/persons/" + id + "/occupations", occupation("5.2.2.3.2"));
        assertThat(occupation.status()).as(occupation.body()).isEqualTo(201);
        var cv = owner().post("/api/v1/persons/" + id + "/cv/generate", Map.of("language", "it"));
        assertThat(cv.status()).as(cv.body()).isEqualTo(201);
        var transfer = owner().post("/api/v1/persons/" + id + "/cv/transfers", Map.of("confirmed", true));
        assertThat(transfer.status()).as(transfer.body()).isEqualTo(201);
        var ids = new HashMap<String, String>();
        ids.put("id", id);
        ids.put("occupation", occupation.json().path("occupation").path("id").asString());
        ids.put("cv", cv.json().path("id").asString());
        ids.put("transfer", transfer.json().path("id").asString());
        return ids;
    }

    /** Every read of the API over these modules, and what the audit log says was read. */
    static Map<String, String> reads(Map<String, String> c) {
        String p = "/api/v1/persons/" + c.get("id");
        var reads = new LinkedHashMap<String, String>();
        reads.put(p + "/cv", "cv");
        reads.put(p + "/cv/checklist", "cv");
        reads.put(p + "/cv/preview?language=it", "cv");
        reads.put(p + "/cv/file", "cv-file");
        reads.put(p + "/cv/history", "cv-history");
        reads.put(p + "/cv/history/" + c.get("cv") + "/file", "cv-file");
        reads.put(p + "/cv/transfer", "cv-transfers");
        reads.put(p + "/cv/transfers", "cv-transfers");
        reads.put(p + "/cv/transfers/" + c.get("transfer"), "cv-transfers");
        reads.put(p + "/occupations", "occupations");
        reads.put(p + "/occupations/" + c.get("occupation"), "occupations");
        reads.put(p + "/availability", "availability");
        reads.put(p + "/timeline", "timeline");
        reads.put(p + "/export", "WorkerFile"); // the export's one entry is its EXPORT (ADR 0017)
        reads.put(p + "/messages", "messages");
        return reads;
    }

    /** The representative changes: add an occupation, save the availability, generate, transfer, delete the CV. */
    static List<Api.Response> writes(Api api, String id) {
        String p = "/api/v1/persons/" + id;
        var answers = new ArrayList<Api.Response>();
        answers.add(api.post(p + "/occupations", occupation("5.2.2.1.0")));
        answers.add(api.header("If-Match", "\"0\"")
                .put(p + "/availability", Map.of("hours", "FULL_TIME", "transport", List.of())));
        answers.add(api.post(p + "/cv/generate", Map.of("language", "it")));
        answers.add(api.post(p + "/cv/transfers", Map.of("confirmed", true)));
        answers.add(api.header("If-Match", "\"1\"").delete(p + "/cv"));
        return answers;
    }

    @Test
    void theOwningCentreReadsEachPartOnceAuditedAndOthersAreRefusedEveryReadAndChange() {
        var start = Timestamp.from(Instant.now());
        var c = caseOfFlorence("Accesso");
        UUID person = UUID.fromString(c.get("id"));

        record Window(String path, String what, Instant from, Instant to) {}
        var windows = new ArrayList<Window>();
        for (var read : reads(c).entrySet()) {
            Instant from = Instant.now();
            var answer = owner().get(read.getKey());
            assertThat(answer.status()).as(read.getKey() + " " + answer.body()).isEqualTo(200);
            windows.add(new Window(read.getKey(), read.getValue(), from, Instant.now()));
        }

        for (var path : reads(c).keySet()) {
            var refused = otherCentre().get(path);
            assertThat(refused.status()).as(path).isEqualTo(403);
            assertThat(refused.code()).as(path).isEqualTo("access.other-centre");
            var byRole = admin().get(path);
            assertThat(byRole.status()).as(path).isEqualTo(403);
            assertThat(byRole.code()).as(path).isEqualTo("access.role");
        }
        for (var refused : writes(otherCentre(), c.get("id"))) {
            assertThat(refused.status()).as(refused.body()).isEqualTo(403);
            assertThat(refused.code()).as(refused.body()).isEqualTo("access.other-centre");
        }
        for (var refused : writes(admin(), c.get("id"))) {
            assertThat(refused.status()).as(refused.body()).isEqualTo(403);
            assertThat(refused.code()).as(refused.body()).isEqualTo("access.role");
        }
        String transfer = "/api/v1/persons/" + c.get("id") + "/cv/transfers/" + c.get("transfer") + "/retry";
        assertThat(otherCentre().post(transfer, Map.of()).code()).isEqualTo("access.other-centre");
        String occupation = "/api/v1/persons/" + c.get("id") + "/occupations/" + c.get("occupation");
        assertThat(otherCentre().header("If-Match", "\"1\"").delete(occupation).code())
                .isEqualTo("access.other-centre");

        // nothing was changed by the refused requests
        assertThat(jdbc.queryForObject(
                        "select count(*) from desired_occupation where person_id = ?", Integer.class, person))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from cv where person_id = ? and is_current", Integer.class, person))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from person_availability where person_id = ?", Integer.class, person))
                .isZero();

        // the owner's changes go through
        var changes = writes(owner(), c.get("id"));
        assertThat(changes.get(0).status()).as(changes.get(0).body()).isEqualTo(201);
        assertThat(changes.get(1).status()).as(changes.get(1).body()).isEqualTo(200);
        assertThat(changes.get(2).status()).as(changes.get(2).body()).isEqualTo(201);
        assertThat(changes.get(3).status()).as(changes.get(3).body()).isEqualTo(201);
        assertThat(changes.get(4).status()).as(changes.get(4).body()).isEqualTo(200); // the new CV, version 1
        assertThat(owner().get("/api/v1/persons/" + c.get("id") + "/cv").code()).isEqualTo("cv.not-found");

        // one read request, one audit entry, saying what was read (events heard after the commit included)
        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .until(() -> jdbc.queryForObject(
                                "select count(*) from event_publication where completion_date is null"
                                        + " and publication_date >= ?",
                                Integer.class,
                                start)
                        == 0);
        for (var w : windows) {
            var entries = jdbc.queryForList(
                    "select entity_type from audit_entry where person_id = ? and action in ('READ', 'EXPORT')"
                            + " and occurred_at >= ? and occurred_at <= ?",
                    String.class,
                    person,
                    Timestamp.from(w.from()),
                    Timestamp.from(w.to()));
            assertThat(entries).as(w.path()).containsExactly(w.what());
        }
    }

    @Test
    void thePagesOfTheCaseAreTheOwnersAndRefusedToAnotherCentreAndToTheAdministrator() throws Exception {
        var c = caseOfFlorence("Pagine");
        String p = "/persons/" + c.get("id");
        var pages = List.of(
                p, p + "/cv", p + "/cv/transfer", p + "/occupations", p + "/messages", p + "/export", p + "/cv/delete");
        var owner = Browser.login(port, "operatore");
        var other = Browser.login(port, "multicentro");
        var admin = Browser.login(port, "amministratore");
        for (var page : pages) {
            assertThat(owner.get(page).statusCode()).as(page).isEqualTo(200);
            var refused = other.get(page, "X-Orienta-Centre", "CPI-PI");
            assertThat(refused.statusCode()).as(page).isEqualTo(403);
            assertThat(admin.get(page).statusCode()).as(page).isEqualTo(403);
        }
        assertThat(other.get(p, "X-Orienta-Centre", "CPI-PI").body())
                .contains("/persons/" + c.get("id") + "/charge-transfer");
    }

    @Test
    void aBackgroundExtractionIsItsCentres() {
        var started = otherCentre()
                .post("/api/v1/occupation-extractions", Map.of("filter", Map.of("professionCode", "5.2.2.3.2")));
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        String job =
                "/api/v1/occupation-extractions/" + started.json().path("id").asString();
        assertThat(otherCentre().get(job).status()).isEqualTo(200);
        var refused = owner().get(job);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.code()).isEqualTo("access.other-centre");
        assertThat(Api.as(port, "multicentro")
                        .header("X-Orienta-Centre", "CPI-FI")
                        .get(job)
                        .code())
                .isEqualTo("access.other-centre");
    }

    @Test
    void everyPageOfAPersonWithOnlyTheRequiredDataOpens() throws Exception {
        var body = Persons.florentine("Essenziale");
        for (var optional : List.of(
                "citizenshipCode", "residenceMunicipalityCode", "residenceAddress", "email", "licences", "languages")) {
            body.remove(optional);
        }
        String id = register(body);
        takeInCharge(id);
        String p = "/persons/" + id;
        var owner = Browser.login(port, "operatore");
        for (var page : List.of(
                p,
                p + "/export",
                p + "/occupations",
                p + "/occupations/panel",
                p + "/cv",
                p + "/cv?preview=it",
                p + "/cv/preview.pdf",
                p + "/cv/transfer",
                p + "/messages")) {
            var answer = owner.get(page);
            assertThat(answer.statusCode()).as(page + "\n" + answer.body()).isEqualTo(200);
        }
        var file = owner.get(p).body();
        assertThat(file).contains("Modifica i dati").containsPattern("Cittadinanza</dt><dd>—</dd>");
        var timeline = owner.get(p + "/timeline", "HX-Request", "true");
        assertThat(timeline.statusCode()).isEqualTo(200);
        assertThat(timeline.body()).contains("timeline-body");
    }

    /** A user of the pages: logged in through the form, with the session's cookie and the form's token. */
    record Browser(HttpClient http, String base) {

        static Browser login(int port, String username) throws IOException, InterruptedException {
            var http = HttpClient.newBuilder()
                    .cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build();
            var browser = new Browser(http, "http://localhost:" + port);
            var form = browser.get("/login");
            var token = CSRF.matcher(form.body());
            assertThat(token.find()).as(form.body()).isTrue();
            String fields =
                    "username=" + username + "&password=" + URLEncoder.encode("Orienta.2026", StandardCharsets.UTF_8)
                            + "&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
            var loggedIn = http.send(
                    HttpRequest.newBuilder(URI.create(browser.base() + "/login"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(fields))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(loggedIn.statusCode()).isEqualTo(302);
            assertThat(loggedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
            return browser;
        }

        HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
            var request = HttpRequest.newBuilder(URI.create(base + path)).GET();
            for (int i = 0; i < headers.length; i += 2) {
                request.header(headers[i], headers[i + 1]);
            }
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }
    }
}
