package it.orienta.api;

import static org.assertj.core.api.Assertions.assertThat;

import it.orienta.Api;
import it.orienta.Employers;
import it.orienta.OrientaAppTest;
import it.orienta.vacancy.EmployerCommand;
import it.orienta.vacancy.EmployerService;
import it.orienta.vacancy.VacancyCommand;
import it.orienta.vacancy.VacancyService;
import it.orienta.vacancy.VacancyTerms.ContractType;
import it.orienta.vacancy.VacancyTerms.Source;
import it.orienta.vacancy.VacancyTerms.Status;
import it.orienta.vacancy.VacancyTerms.Upsert;
import it.orienta.vacancy.VacancyTerms.WorkingTime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Employers and vacancies through the REST API on the embedded PostgreSQL: each refusal with its field and rule,
 * a stale If-Match answered 409 (never 500), two concurrent updates never losing one, status changes, who may do
 * what, and the imports' upsert idempotent.
 */
@OrientaAppTest
class VacancyApiIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EmployerService employerService;

    @Autowired
    VacancyService vacancyService;

    Api preselection() {
        return Api.as(port, "preselezione");
    }

    static Map<String, Object> employer(String taxCode) {
        var e = new HashMap<String, Object>();
        e.put("taxCode", taxCode);
        e.put("name", "Ristorante Il Ponte");
        e.put("atecoCode", "56.10");
        e.put("municipalityCode", "048017");
        e.put("sizeBand", "SMALL");
        e.put("email", "lavoro@ponte.example");
        return e;
    }

    static Map<String, Object> vacancy(String employerId, int posts) {
        var v = new HashMap<String, Object>();
        v.put("employerId", employerId);
        v.put("professionCode", "5.2.2.3.2");
        v.put("title", "Cameriere di sala");
        v.put("posts", posts);
        v.put("municipalityCode", "048017");
        v.put("contractType", "FIXED_TERM");
        v.put("workingTime", "SHIFTS");
        v.put("publicationDate", LocalDate.now().toString());
        v.put("expiryDate", LocalDate.now().plusDays(30).toString());
        v.put(
                "requirements",
                Map.of(
                        "minEducationLevel",
                        2,
                        "drivingLicences",
                        List.of("B"),
                        "languages",
                        List.of(Map.of("code", "en", "level", "A2")),
                        "minExperienceYears",
                        1));
        v.put("reservedL68", false);
        return v;
    }

    String newEmployer() {
        var r = preselection().post("/api/v1/employers", employer(Employers.partitaIva()));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().path("id").asString();
    }

    @Test
    void anEmployerIsRegisteredOnceWithItsTaxCodeChecked() {
        String code = Employers.partitaIva();
        var created = preselection().post("/api/v1/employers", employer(code));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.etag()).isEqualTo("\"1\"");
        assertThat(created.json().path("atecoDivision").asString()).isEqualTo("56");
        assertThat(created.json().path("provinceCode").asString()).isEqualTo("FI");

        var again = preselection().post("/api/v1/employers", employer(code));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("employer.tax-code.duplicate");
        assertThat(again.json().path("existing").asString())
                .isEqualTo("/api/v1/employers/" + created.json().path("id").asString());

        String wrong = code.substring(0, 10) + ((code.charAt(10) - '0' + 1) % 10);
        var bad = preselection().post("/api/v1/employers", employer(wrong));
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.fieldCode("taxCode")).isEqualTo("employer.tax-code.check-digit");

        var unknownAteco = employer(Employers.partitaIva());
        unknownAteco.put("atecoCode", "04");
        var refused = preselection().post("/api/v1/employers", unknownAteco);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.fieldCode("atecoCode")).isEqualTo("employer.ateco.unknown");
    }

    @Test
    void anEmployerIsChangedAtItsVersionAndKeepsItsTaxCodeItsOwn() {
        String other = Employers.partitaIva();
        preselection().post("/api/v1/employers", employer(other));
        String id = newEmployer();
        var body = employer(preselection()
                .get("/api/v1/employers/" + id)
                .json()
                .path("taxCode")
                .asString());
        body.put("name", "Ristorante Il Ponte srl");
        body.put("atecoCode", "56.10.11");
        var changed = preselection().header("If-Match", "\"1\"").put("/api/v1/employers/" + id, body);
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.etag()).isEqualTo("\"2\"");
        assertThat(changed.json().path("name").asString()).isEqualTo("Ristorante Il Ponte srl");
        assertThat(preselection()
                        .header("If-Match", "\"1\"")
                        .put("/api/v1/employers/" + id, body)
                        .code())
                .isEqualTo("version.stale");
        body.put("taxCode", other);
        var clash = preselection().header("If-Match", "\"2\"").put("/api/v1/employers/" + id, body);
        assertThat(clash.status()).isEqualTo(409);
        assertThat(clash.code()).isEqualTo("employer.tax-code.duplicate");

        var ateco = preselection().header("Accept-Language", "en").get("/api/v1/ateco");
        assertThat(ateco.json()).hasSize(21 + 88);
        assertThat(ateco.body()).contains("Food and beverage service activities");
    }

    @Test
    void aVacancyIsPublishedAndEachRefusalNamesItsField() {
        String employer = newEmployer();
        var created = preselection().post("/api/v1/vacancies", vacancy(employer, 2));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().path("status").asString()).isEqualTo("OPEN");
        assertThat(created.json().path("employerName").asString()).isEqualTo("Ristorante Il Ponte");
        assertThat(created.json()
                        .path("requirements")
                        .path("languages")
                        .get(0)
                        .path("level")
                        .asString())
                .isEqualTo("A2");

        var noPosts = vacancy(employer, 0);
        noPosts.put("expiryDate", LocalDate.now().minusDays(1).toString());
        noPosts.put("professionCode", "5.2.2");
        var refused = preselection().post("/api/v1/vacancies", noPosts);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.fieldCode("posts")).isEqualTo("vacancy.posts.range");
        assertThat(refused.fieldCode("expiryDate")).isEqualTo("vacancy.expiry.before-publication");
        assertThat(refused.fieldCode("professionCode")).isEqualTo("vacancy.profession.not-unit");
        assertThat(jdbc.queryForObject(
                        "select count(*) from vacancy where employer_id = ?::uuid", Long.class, employer))
                .isEqualTo(1);

        var list = preselection().get("/api/v1/vacancies?employerId=" + employer + "&profession=5.2.2&province=FI");
        assertThat(list.json().path("rows")).hasSize(1);
        assertThat(preselection()
                        .get("/api/v1/vacancies/" + created.json().path("id").asString() + "/history")
                        .json())
                .hasSize(1);
    }

    @Test
    void aStaleIfMatchIsAConflictNeverAServerError() {
        String id = preselection()
                .post("/api/v1/vacancies", vacancy(newEmployer(), 1))
                .json()
                .path("id")
                .asString();
        var body = vacancy(
                preselection()
                        .get("/api/v1/vacancies/" + id)
                        .json()
                        .path("employerId")
                        .asString(),
                3);
        var first = preselection().header("If-Match", "\"1\"").put("/api/v1/vacancies/" + id, body);
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.etag()).isEqualTo("\"2\"");
        var stale = preselection()
                .header("If-Match", "\"1\"")
                .put("/api/v1/vacancies/" + id, vacancy(body.get("employerId").toString(), 4));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.code()).isEqualTo("version.stale");
        assertThat(stale.etag()).isEqualTo("\"2\"");
        var none = preselection().put("/api/v1/vacancies/" + id, body);
        assertThat(none.status()).isEqualTo(422);
        assertThat(none.code()).isEqualTo("version.required");
    }

    @Test
    void twoConcurrentUpdatesNeverLoseOne() throws Exception {
        String employer = newEmployer();
        String id = preselection()
                .post("/api/v1/vacancies", vacancy(employer, 1))
                .json()
                .path("id")
                .asString();
        var start = new CountDownLatch(1);
        var results = new ArrayList<Future<Api.Response>>();
        try (var pool = Executors.newFixedThreadPool(2)) {
            for (int posts : List.of(5, 7)) {
                results.add(pool.submit(() -> {
                    start.await();
                    return preselection()
                            .header("If-Match", "\"1\"")
                            .put("/api/v1/vacancies/" + id, vacancy(employer, posts));
                }));
            }
            start.countDown();
        }
        var statuses = new ArrayList<Integer>();
        int winner = -1;
        for (int i = 0; i < 2; i++) {
            var r = results.get(i).get();
            statuses.add(r.status());
            if (r.status() == 200) winner = i == 0 ? 5 : 7;
        }
        assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        var now = preselection().get("/api/v1/vacancies/" + id);
        assertThat(now.json().path("posts").asInt()).isEqualTo(winner);
        assertThat(now.etag()).isEqualTo("\"2\"");
    }

    @Test
    void statusesMoveAsTheRulesAllowAndTheHistoryKeepsThem() {
        String id = preselection()
                .post("/api/v1/vacancies", vacancy(newEmployer(), 1))
                .json()
                .path("id")
                .asString();
        var suspended = preselection()
                .header("If-Match", "\"1\"")
                .post("/api/v1/vacancies/" + id + "/status", Map.of("status", "SUSPENDED", "reason", "in attesa"));
        assertThat(suspended.status()).as(suspended.body()).isEqualTo(200);
        assertThat(suspended.json().path("status").asString()).isEqualTo("SUSPENDED");
        var expired = preselection()
                .header("If-Match", "\"2\"")
                .post("/api/v1/vacancies/" + id + "/status", Map.of("status", "EXPIRED"));
        assertThat(expired.status()).isEqualTo(409);
        assertThat(expired.code()).isEqualTo("vacancy.status.transition");
        var filled = preselection()
                .header("If-Match", "\"2\"")
                .post("/api/v1/vacancies/" + id + "/status", Map.of("status", "FILLED"));
        assertThat(filled.status()).isEqualTo(200);
        var reopened = preselection()
                .header("If-Match", "\"3\"")
                .post("/api/v1/vacancies/" + id + "/status", Map.of("status", "OPEN"));
        assertThat(reopened.status()).isEqualTo(409);
        assertThat(reopened.code()).isEqualTo("vacancy.status.final");
        assertThat(preselection().get("/api/v1/vacancies/" + id + "/history").json())
                .hasSize(3);
    }

    @Test
    void operatorsReadRegionalMonitorsNeitherReadNorChange() {
        String id = preselection()
                .post("/api/v1/vacancies", vacancy(newEmployer(), 1))
                .json()
                .path("id")
                .asString();
        assertThat(Api.as(port, "operatore").get("/api/v1/vacancies/" + id).status())
                .isEqualTo(200);
        assertThat(Api.as(port, "operatore")
                        .post("/api/v1/employers", employer(Employers.partitaIva()))
                        .status())
                .isEqualTo(403);
        assertThat(Api.as(port, "coordinatore")
                        .post("/api/v1/employers", employer(Employers.partitaIva()))
                        .status())
                .isEqualTo(201);
        assertThat(Api.as(port, "regionale").get("/api/v1/vacancies/" + id).status())
                .isEqualTo(403);
        assertThat(Api.as(port, "regionale").get("/api/v1/vacancies").status()).isEqualTo(403);
    }

    @Test
    void theImportsUpsertIsIdempotent() {
        String external = "R-" + UUID.randomUUID();
        var employer = employerService.upsertFromFeed(new EmployerCommand(
                Employers.partitaIva(),
                "Hotel Bellavista",
                "55",
                "048017",
                "",
                "",
                "",
                "",
                null,
                "",
                Source.REGIONAL_FEED,
                external));
        var c = new VacancyCommand(
                employer.id(),
                "5.2.2.3.2",
                "Cameriere ai piani",
                "",
                2,
                "048017",
                ContractType.SEASONAL,
                WorkingTime.FULL_TIME,
                null,
                LocalDate.now(),
                LocalDate.now().plusDays(20),
                null,
                false,
                Source.REGIONAL_FEED,
                "V-" + external);
        var first = vacancyService.upsertFromFeed(c, Status.OPEN);
        var second = vacancyService.upsertFromFeed(c, Status.OPEN);
        assertThat(first.what()).isEqualTo(Upsert.CREATED);
        assertThat(second.what()).isEqualTo(Upsert.UNCHANGED);
        assertThat(second.id()).isEqualTo(first.id());
        assertThat(vacancyService.upsertFromFeed(c, Status.SUSPENDED).what()).isEqualTo(Upsert.UPDATED);
        assertThat(jdbc.queryForObject(
                        "select count(*) from vacancy where external_id = ?", Long.class, "V-" + external))
                .isEqualTo(1);
    }
}
