package it.orienta.audit;

import static org.assertj.core.api.Assertions.assertThat;

import it.orienta.Api;
import it.orienta.OrientaAppTest;
import it.orienta.Persons;
import it.orienta.access.CaseRead;
import it.orienta.system.Actor;
import it.orienta.system.AuditTrail;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The audit log as people read it, on the whole application: a read of a worker file appears in words with the
 * person's name and codice fiscale, is found by the codice fiscale, and is in the CSV export, itself recorded; a
 * coordinator sees the accesses to their centre's persons from other centres, flagged with the reason.
 */
@OrientaAppTest
class AuditLogIT {

    @LocalServerPort
    int port;

    @Autowired
    AuditTrail trail;

    @Test
    void aReadOfTheWorkerFileIsOnTheAuditPageInWordsFoundByCodiceFiscaleAndExported() throws Exception {
        var operator = Api.as(port, "operatore");
        var person = Persons.florentine("Registrati");
        String taxCode = (String) person.get("taxCode");
        String name = person.get("firstName") + " Registrati";
        String id = operator.post("/api/v1/persons", person).json().path("id").asString();
        var intake = new HashMap<String, Object>();
        intake.put("intakeDate", LocalDate.now(Api.ROME).toString());
        intake.put(
                "privacyNoticeId",
                operator.get("/api/v1/privacy-notices/current")
                        .json()
                        .path("id")
                        .asString());
        intake.put("privacyAcknowledged", true);
        intake.put("matchingConsent", "GIVEN");
        assertThat(operator.post("/api/v1/persons/" + id + "/intakes", intake).status())
                .isEqualTo(201);

        var operatorPages = Session.login(port, "operatore");
        assertThat(operatorPages.get("/persons/" + id).statusCode()).isEqualTo(200);

        var coordinator = Session.login(port, "coordinatore");
        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(
                                coordinator.get("/audit?person=" + taxCode).body())
                        .contains("Lettura — il fascicolo del lavoratore"));
        var page = coordinator.get("/audit?person=" + taxCode).body();
        assertThat(page)
                .contains(name + " — " + taxCode, "Giulia Bianchi (operatore)", "CPI Firenze (FI)")
                .doesNotContain("— WorkerFile", "— worker-file");

        // by name too, and nothing for a codice fiscale nobody has, said at the field
        assertThat(coordinator
                        .get("/audit?person="
                                + URLEncoder.encode("Registrati " + person.get("firstName"), StandardCharsets.UTF_8))
                        .body())
                .contains("Lettura — il fascicolo del lavoratore", taxCode);
        var nobody = coordinator.get("/audit?person=ZZZZZZ99Z99Z999Z");
        assertThat(nobody.statusCode()).isEqualTo(200);
        assertThat(nobody.body()).contains("id=\"person-error\"", "Nessuna persona corrisponde");

        var csv = coordinator.getBytes("/audit/export.csv?person=" + taxCode);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.body()).startsWith(0xEF, 0xBB, 0xBF);
        var text = new String(csv.body(), StandardCharsets.UTF_8);
        assertThat(text)
                .contains("Quando;Chi;Nome utente;Centro;")
                .contains(";Lettura;il fascicolo del lavoratore;;" + name + ";" + taxCode + ";");

        // the export is in the log too, as the coordinator's
        var api = Api.as(port, "amministratore")
                .get("/api/v1/audit?username=coordinatore&size=200")
                .json();
        assertThat(api.findValuesAsString("action")).contains("EXPORT");
        assertThat(api.findValuesAsString("entityLabel")).contains("il registro degli accessi");
    }

    @Test
    void aCoordinatorSeesTheAccessesToTheirPersonsFromOtherCentresFlagged() throws Exception {
        var operator = Api.as(port, "operatore");
        var person = Persons.florentine("Sorvegliati");
        String taxCode = (String) person.get("taxCode");
        UUID id = UUID.fromString(
                operator.post("/api/v1/persons", person).json().path("id").asString());
        var intake = new HashMap<String, Object>();
        intake.put("intakeDate", LocalDate.now(Api.ROME).toString());
        intake.put(
                "privacyNoticeId",
                operator.get("/api/v1/privacy-notices/current")
                        .json()
                        .path("id")
                        .asString());
        intake.put("privacyAcknowledged", true);
        intake.put("matchingConsent", "GIVEN");
        assertThat(operator.post("/api/v1/persons/" + id + "/intakes", intake).status())
                .isEqualTo(201);
        // what the policy writes (its CaseRead) when an operator of Pisa reads this Florentine case under an
        // exceptional access
        trail.recordNow(new CaseRead(
                UUID.randomUUID(),
                new Actor(null, "multicentro", "Operatore Multicentro", "CPI-PI", "OPERATOR"),
                Instant.now(),
                id,
                "meetings",
                "URGENT: colloquio domani"));

        var coordinator = Api.as(port, "coordinatore").get("/api/v1/audit?person=" + taxCode + "&exceptional=true");
        assertThat(coordinator.status()).isEqualTo(200);
        var entry = coordinator.json().get(0);
        assertThat(entry.path("centreCode").asString()).isEqualTo("CPI-PI");
        assertThat(entry.path("otherCentre").asBoolean()).isTrue();
        assertThat(entry.path("exceptionalReason").asString()).isEqualTo("URGENT: colloquio domani");
        assertThat(entry.path("entityLabel").asString()).isEqualTo("gli incontri");
        assertThat(entry.path("personTaxCode").asString()).isEqualTo(taxCode);
        assertThat(coordinator.json().size()).isEqualTo(1);

        var page = Session.login(port, "coordinatore")
                .get("/audit?person=" + taxCode)
                .body();
        assertThat(page).contains("da un altro centro", "URGENT: colloquio domani", "Lettura — gli incontri");
    }

    @Autowired
    javax.sql.DataSource dataSource;

    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;

    /**
     * As many concurrent reads as the application's pool has connections, each holding one in its read-only
     * transaction when it records its read: with the audit line taken from the same pool every one of them waited
     * for a second connection until the pool gave up; the audit's own connections record them all.
     */
    @Test
    void readsAreRecordedWhileEveryConnectionOfTheApplicationsPoolIsHeldByAReader() throws Exception {
        int readers =
                dataSource.unwrap(com.zaxxer.hikari.HikariDataSource.class).getMaximumPoolSize();
        var person = UUID.randomUUID();
        var allHolding = new java.util.concurrent.CyclicBarrier(readers);
        var readOnly = new org.springframework.transaction.support.TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(readers);
        try {
            var done = new java.util.ArrayList<java.util.concurrent.Future<?>>();
            for (int i = 0; i < readers; i++) {
                done.add(pool.submit(() -> readOnly.executeWithoutResult(status -> {
                    new org.springframework.jdbc.core.JdbcTemplate(dataSource)
                            .queryForObject("select 1", Integer.class);
                    try {
                        allHolding.await(20, java.util.concurrent.TimeUnit.SECONDS);
                    } catch (Exception e) {
                        throw new IllegalStateException("not every reader got its connection", e);
                    }
                    trail.recordNow(new CaseRead(
                            UUID.randomUUID(),
                            new Actor(null, "operatore", "Giulia Bianchi", "CPI-FI", "OPERATOR"),
                            Instant.now(),
                            person,
                            "worker-file",
                            null));
                })));
            }
            for (var d : done) {
                d.get(30, java.util.concurrent.TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(new org.springframework.jdbc.core.JdbcTemplate(dataSource)
                        .queryForObject("select count(*) from audit_entry where person_id = ?", Integer.class, person))
                .isEqualTo(readers);
    }

    /** A logged-in browser session of the pages: form login with its CSRF token, then plain requests. */
    record Session(HttpClient http, String base) {

        static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

        static Session login(int port, String username) throws IOException, InterruptedException {
            var http = HttpClient.newBuilder()
                    .cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NORMAL)
                    .build();
            var session = new Session(http, "http://localhost:" + port);
            var form = session.get("/login").body();
            var token = CSRF.matcher(form);
            assertThat(token.find()).as("the login form's CSRF token").isTrue();
            var body =
                    Map.of("username", username, "password", "Orienta.2026", "_csrf", token.group(1))
                            .entrySet()
                            .stream()
                            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                            .reduce((a, b) -> a + "&" + b)
                            .orElseThrow();
            var done = http.send(
                    HttpRequest.newBuilder(URI.create(session.base + "/login"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(done.uri().getPath()).as("logged in as " + username).isNotEqualTo("/login");
            return session;
        }

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return http.send(
                    HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }

        HttpResponse<byte[]> getBytes(String path) throws IOException, InterruptedException {
            return http.send(
                    HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        }
    }
}
