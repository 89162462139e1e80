package it.orienta.api;

import static org.assertj.core.api.Assertions.assertThat;

import it.orienta.Api;
import it.orienta.OrientaAppTest;
import it.orienta.Persons;
import it.orienta.reference.CodeSystem;
import it.orienta.reference.ReferenceService;
import it.orienta.system.Actor;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The professions glossary over the full ISTAT classification, and desired occupations through the REST API on the
 * embedded PostgreSQL: the limit of three (also under two concurrent adds), each refusal with its code and nothing
 * saved, If-Match, the person's availability, the timeline, and the extraction in CSV and XLSX.
 */
@OrientaAppTest
class OccupationApiIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ReferenceService reference;

    static boolean imported;

    @BeforeAll
    static void none() {}

    void fullClassification() throws Exception {
        synchronized (OccupationApiIT.class) {
            if (!imported) {
                try (InputStream in =
                        Files.newInputStream(Path.of("../shared/data/istat-cp2011-professioni.fhir.xml"))) {
                    reference.importFhir(in, "istat-cp2011-professioni.fhir.xml", CodeSystem.PROFESSION, Actor.SYSTEM);
                }
                imported = true;
            }
        }
    }

    Api api() {
        return Api.as(port, "operatore");
    }

    String person(String lastName) {
        var created = api().post("/api/v1/persons", Persons.florentine(lastName));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().path("id").asString();
    }

    static Map<String, Object> occupation(String code) {
        var m = new HashMap<String, Object>();
        m.put("professionCode", code);
        m.put("fromWork", true);
        m.put("interviewDate", LocalDate.now(Api.ROME).minusDays(1).toString());
        m.put("sepSector", 23);
        m.put("specificSkills", "Servizio ai tavoli");
        m.put("experienceYears", 4);
        m.put("lastYearWorked", 2024);
        m.put("licencesTools", "HACCP");
        return m;
    }

    String first(String q) {
        var found = api().get("/api/v1/professions?q=" + java.net.URLEncoder.encode(q, StandardCharsets.UTF_8));
        assertThat(found.status()).as(found.body()).isEqualTo(200);
        assertThat(found.json().size()).as(q).isPositive();
        return found.json().get(0).path("code").asString();
    }

    @Test
    void everydayWordsFindTheRightUnitFirstOverTheFullClassification() throws Exception {
        fullClassification();
        assertThat(first("cameriere")).isEqualTo("5.2.2.3.2");
        assertThat(first("saldatore")).startsWith("6.2.1.");
        assertThat(api().get("/api/v1/professions?q=saldatore")
                        .json()
                        .get(0)
                        .path("title")
                        .asString())
                .startsWith("Saldatori");
        assertThat(first("badante")).isEqualTo("5.4.4.3.0");
        assertThat(first("programmatore")).isEqualTo("3.1.2.1.0");
        // stemming, accents and case; a half-typed word; the path up the hierarchy
        assertThat(first("CAMERIÈRI")).startsWith("5.2.2.3.");
        assertThat(first("camer")).startsWith("5.2.2.3.");
        // a half-typed word the stemmer would keep longer than the titles' stem ("impiegat" vs "impieg", issue 14)
        assertThat(api().get("/api/v1/professions?q=impiegat").json().findValuesAsString("code"))
                .anyMatch(code -> code.startsWith("4."));
        assertThat(first("impiegat contab")).startsWith("4.");
        assertThat(first("cuochi")).isEqualTo("5.2.2.1.0");
        var one = api().get("/api/v1/professions?q=programmatore").json().get(0);
        assertThat(one.path("path").get(0).asString()).isEqualTo("PROFESSIONI TECNICHE");
        assertThat(one.path("path").size()).isEqualTo(4);
        // by code: only fifth-level units
        var byCode = api().get("/api/v1/professions?q=5.2.2.3&limit=50").json();
        assertThat(byCode.size()).isEqualTo(2);
        byCode.forEach(n -> assertThat(n.path("code").asString().split("\\.")).hasSize(5));
        assertThat(api().get("/api/v1/professions/5.2.2.3").status()).isEqualTo(404);
        // the search's speed (p95 of typing-like searches) is measured by OccupationBench, not asserted here
    }

    @Test
    void anAdministratorsSynonymIsFoundAtOnceAndOthersMayNotAddOne() throws Exception {
        fullClassification();
        var admin = Api.as(port, "amministratore");
        assertThat(api().post("/api/v1/admin/profession-synonyms", Map.of("professionCode", "6.5.1.2.1", "term", "x"))
                        .status())
                .isEqualTo(403);
        var added = admin.post(
                "/api/v1/admin/profession-synonyms", Map.of("professionCode", "6.5.1.2.1", "term", "Fornarina Testa"));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        assertThat(first("fornarina testa")).isEqualTo("6.5.1.2.1");
        var again = admin.post(
                "/api/v1/admin/profession-synonyms", Map.of("professionCode", "6.5.1.2.1", "term", "fornarina testa"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("reference.synonym.duplicate");
        var notUnit =
                admin.post("/api/v1/admin/profession-synonyms", Map.of("professionCode", "6.5.1", "term", "panaio"));
        assertThat(notUnit.code()).isEqualTo("reference.synonym.not-unit");
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry where entity_type = 'ProfessionSynonym'", Integer.class))
                .isNotNull();
        var removed = admin.delete(
                "/api/v1/admin/profession-synonyms/" + added.json().path("id").asString());
        assertThat(removed.status()).isEqualTo(204);
    }

    @Test
    void threeOccupationsAtMostEachRefusalWithItsCodeAndNothingSaved() throws Exception {
        fullClassification();
        String id = person("Propensi");
        String base = "/api/v1/persons/" + id + "/occupations";

        var noSource = occupation("5.2.2.3.2");
        noSource.put("fromWork", false);
        assertThat(api().post(base, noSource).fieldCode("sources")).isEqualTo("occupation.source.required");
        var future = occupation("5.2.2.3.2");
        future.put("interviewDate", LocalDate.now(Api.ROME).plusDays(2).toString());
        assertThat(api().post(base, future).fieldCode("interviewDate")).isEqualTo("occupation.interview-date.future");
        var notUnit = api().post(base, occupation("5.2.2.3"));
        assertThat(notUnit.status()).isEqualTo(422);
        assertThat(notUnit.fieldCode("professionCode")).isEqualTo("occupation.profession.not-unit");
        assertThat(api().post(base, occupation("9.9.9.9.9")).fieldCode("professionCode"))
                .isEqualTo("occupation.profession.unknown");
        assertThat(count(id)).isZero();

        var a = api().post(base, occupation("5.2.2.3.2"));
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        assertThat(a.etag()).isEqualTo("\"1\"");
        assertThat(a.json().path("regionalText").asString())
                .startsWith("SEP: 23 - Servizi turistici\nCompetenze specifiche: Servizio ai tavoli");
        assertThat(api().post(base, occupation("5.2.2.3.2")).code()).isEqualTo("occupation.duplicate");
        assertThat(api().post(base, occupation("5.2.2.1.0")).status()).isEqualTo(201);
        assertThat(api().post(base, occupation("5.2.2.4.0")).status()).isEqualTo(201);
        var fourth = api().post(base, occupation("5.4.4.3.0"));
        assertThat(fourth.status()).isEqualTo(409);
        assertThat(fourth.code()).isEqualTo("occupation.limit");
        assertThat(fourth.body())
                .contains("Camerieri di ristorante (5.2.2.3.2)")
                .contains("Cuochi in alberghi e ristoranti (5.2.2.1.0)")
                .contains("Baristi e professioni assimilate (5.2.2.4.0)");
        assertThat(count(id)).isEqualTo(3);

        // change with If-Match; a stale version is refused with the current state
        String oid = a.json().path("occupation").path("id").asString();
        var change = occupation("5.2.2.3.1");
        change.put("fromEducation", true);
        var changed = api().header("If-Match", "\"1\"").put(base + "/" + oid, change);
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json().path("occupation").path("professionCode").asString())
                .isEqualTo("5.2.2.3.1");
        var stale = api().header("If-Match", "\"1\"").put(base + "/" + oid, occupation("5.2.2.3.2"));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(api().put(base + "/" + oid, occupation("5.2.2.3.2")).code()).isEqualTo("version.required");
        assertThat(api().header("If-Match", "\"2\"").delete(base + "/" + oid).status())
                .isEqualTo(204);
        assertThat(count(id)).isEqualTo(2);

        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(jdbc.queryForObject(
                                "select count(*) from timeline_entry where person_id = ?::uuid and kind = 'occupation'",
                                Integer.class,
                                id))
                        .isEqualTo(5));
    }

    @Test
    void twoConcurrentAddsWhenTwoExistMakeThreeNotFour() throws Exception {
        fullClassification();
        String id = person("Concorrenti");
        String base = "/api/v1/persons/" + id + "/occupations";
        var a = api().post(base, occupation("5.2.2.3.2"));
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        assertThat(api().post(base, occupation("5.2.2.1.0")).status()).isEqualTo(201);
        var start = new CountDownLatch(1);
        try (var pool = Executors.newFixedThreadPool(2)) {
            var one = pool.submit(() -> {
                start.await();
                return Api.as(port, "operatore")
                        .post(base, occupation("5.2.2.4.0"))
                        .status();
            });
            var two = pool.submit(() -> {
                start.await();
                return Api.as(port, "coordinatore")
                        .post(base, occupation("5.4.4.3.0"))
                        .status();
            });
            start.countDown();
            assertThat(List.of(one.get(), two.get())).containsExactlyInAnyOrder(201, 409);
        }
        assertThat(count(id)).isEqualTo(3);
    }

    @Test
    void availabilityOncePerPersonAndTheExtractionInCsvAndXlsx() throws Exception {
        fullClassification();
        String id = person("Estratti");
        String tax = api().get("/api/v1/persons/" + id).json().path("taxCode").asString();
        var avail = api().header("If-Match", "\"0\"")
                .put(
                        "/api/v1/persons/" + id + "/availability",
                        Map.of("hours", "FULL_TIME", "travel", "REGION", "transport", List.of("PUBLIC", "OWN_CAR")));
        assertThat(avail.status()).as(avail.body()).isEqualTo(200);
        assertThat(avail.etag()).isEqualTo("\"1\"");
        assertThat(api().header("If-Match", "\"0\"")
                        .put("/api/v1/persons/" + id + "/availability", Map.of("hours", "PART_TIME"))
                        .status())
                .isEqualTo(409);
        String base = "/api/v1/persons/" + id + "/occupations";
        assertThat(api().post(base, occupation("6.2.1.7.0")).status()).isEqualTo(201);
        var second = occupation("6.2.1.2.0");
        second.put("sepSector", 10);
        assertThat(api().post(base, second).status()).isEqualTo(201);

        var csv = download("/api/v1/occupation-extraction?professionCode=6.2.1&format=CSV");
        String text = new String(csv, StandardCharsets.UTF_8);
        var lines = text.lines().filter(l -> l.contains(tax)).toList();
        assertThat(lines).hasSize(2);
        // the person's availability sits in the person's columns, on each row, and nowhere among the occupation's
        assertThat(lines.get(0)).contains("FULL_TIME;REGION;OWN_CAR,PUBLIC;NONE;;1;6.2.1.");
        assertThat(lines.get(1)).contains(";2;6.2.1.");
        assertThat(text).startsWith("\uFEFFCodice fiscale;Cognome;Nome");
        var sep = new String(download("/api/v1/occupation-extraction?sepSector=10&cv=NONE"), StandardCharsets.UTF_8);
        assertThat(sep.lines().filter(l -> l.contains(tax))).hasSize(1);
        assertThat(new String(
                        download("/api/v1/occupation-extraction?professionCode=6.2.1&cv=VALID"),
                        StandardCharsets.UTF_8))
                .doesNotContain(tax);

        var xlsx = download("/api/v1/occupation-extraction?professionCode=6.2.1&format=XLSX");
        String sheet = it.orienta.extraction.ExtractionSheets.sheet(xlsx);
        assertThat(sheet.split(tax, -1)).hasSize(3);

        // in the background, with its progress, then the file
        var started = api().post(
                        "/api/v1/occupation-extractions",
                        Map.of("filter", Map.of("professionCode", "6.2.1"), "format", "CSV"));
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        String job = started.json().path("id").asString();
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(api().get("/api/v1/occupation-extractions/" + job)
                                .json()
                                .path("state")
                                .asString())
                        .isEqualTo("DONE"));
        assertThat(new String(download("/api/v1/occupation-extractions/" + job + "/file"), StandardCharsets.UTF_8))
                .contains(tax);
        assertThat(Api.as(port, "coordinatore")
                        .get("/api/v1/occupation-extractions/" + job)
                        .status())
                .isEqualTo(404);
        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(jdbc.queryForObject(
                                "select count(*) from audit_entry where entity_type = 'OccupationExtraction'",
                                Integer.class))
                        .isGreaterThanOrEqualTo(5));
    }

    byte[] download(String path) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header(
                        "Authorization",
                        "Basic " + Base64.getEncoder().encodeToString("operatore:Orienta.2026".getBytes()))
                .build();
        var response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    int count(String personId) {
        return jdbc.queryForObject(
                "select count(*) from desired_occupation where person_id = ?::uuid", Integer.class, personId);
    }
}
