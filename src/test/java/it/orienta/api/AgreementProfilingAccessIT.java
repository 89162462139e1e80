package it.orienta.api;

import static org.assertj.core.api.Assertions.assertThat;

import it.orienta.Api;
import it.orienta.OrientaAppTest;
import it.orienta.Persons;
import it.orienta.agreement.AgreementOperators;
import it.orienta.organisation.OrganisationService;
import it.orienta.organisation.OrganisationService.OperatorCommand;
import it.orienta.organisation.Role;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The record-access policy on the agreement's and profiling's endpoints, through the REST API: a person taken in
 * charge in Pisa is read and changed by Pisa's operator (each read audited once, with what was read), refused to an
 * operator of Florence ({@code access.other-centre}) and to the administrator ({@code access.role}) on every
 * endpoint; records keyed by their own id answer 404 when unknown. And races between two requests at once end in
 * a conflict with its code, never in a server error.
 */
@OrientaAppTest
class AgreementProfilingAccessIT {

    static final ZoneId ROME = ZoneId.of("Europe/Rome");
    static final String PISA = "accesso.pisa";
    static final String FLORENCE = "accesso.firenze";
    static final String ADMIN = "amministratore";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    OrganisationService organisation;

    ExecutorService pool;

    @BeforeEach
    void operators() {
        if (organisation.operatorByUsername(PISA).isEmpty()) {
            organisation.createOperator(
                    new OperatorCommand(
                            PISA,
                            "Operatrice Pisana",
                            PISA + "@orienta.test",
                            Set.of(Role.OPERATOR),
                            Set.of("CPI-PI"),
                            true),
                    "Orienta.2026");
        }
        AgreementOperators.ensure(organisation, FLORENCE);
        pool = Executors.newFixedThreadPool(2);
    }

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    Api pisa() {
        return Api.as(port, PISA).header("X-Orienta-Centre", "CPI-PI");
    }

    String pisaPerson(String lastName) {
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
        return id;
    }

    static Map<String, Object> phase1() {
        return Map.of(
                "explainedProcess", true, "explainedRights", true, "expectations", "Lavoro", "motivation", "Alta");
    }

    static Map<String, Object> item(String description) {
        var m = new HashMap<String, Object>();
        m.put("kind", "PERSON");
        m.put("description", description);
        m.put("frequency", "ogni settimana");
        return m;
    }

    static Map<String, Object> referral() {
        var m = new HashMap<String, Object>();
        m.put("kind", "OTHER_SERVICE");
        m.put("serviceName", "Centro di salute mentale");
        m.put("reasonText", "Segnalato disagio");
        m.put("sharedData", List.of("IDENTITY"));
        m.put("consentGiven", true);
        m.put("dueDate", LocalDate.now(ROME).plusDays(30).toString());
        return m;
    }

    static Map<String, Object> today(String key) {
        return Map.of(key, LocalDate.now(ROME).toString());
    }

    static void ok(Api.Response r, int status) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
    }

    /** One request: what it is, and how to send it as a user. */
    record Call(String method, String path, Object body) {
        Api.Response as(Api api) {
            api.header("If-Match", "\"1\"");
            return switch (method) {
                case "GET" -> api.get(path);
                case "PUT" -> api.put(path, body);
                case "DELETE" -> api.delete(path);
                default -> api.post(path, body == null ? Map.of() : body);
            };
        }
    }

    @Test
    void aPisaCaseIsPisasOnEveryAgreementPlanProfilingAndReferralEndpoint() throws Exception {
        String p = pisaPerson("Pisanacaso");
        var api = pisa();

        // the owning centre's operator works the case: agreement, plan, interview, signature, update
        var draft = api.post("/api/v1/persons/" + p + "/agreements", Map.of());
        ok(draft, 201);
        String v1 = draft.json().path("id").asString();
        var s1 = api.header("If-Match", draft.etag()).put("/api/v1/agreements/" + v1 + "/phase1", phase1());
        ok(s1, 200);
        var s3 = api.header("If-Match", s1.etag())
                .put("/api/v1/agreements/" + v1 + "/phase3", AgreementApiIT.phase3("Lavorare in biblioteca"));
        ok(s3, 200);
        var i1 = api.header("If-Match", s3.etag())
                .post("/api/v1/agreements/" + v1 + "/items", item("Invia tre candidature"));
        ok(i1, 201);
        var i2 = api.header("If-Match", i1.etag()).post("/api/v1/agreements/" + v1 + "/items", item("Da togliere"));
        ok(i2, 201);
        String itemA = i2.json().path("items").get(0).path("id").asString();
        String itemB = i2.json().path("items").get(1).path("id").asString();
        var changed = api.header("If-Match", i2.etag())
                .put("/api/v1/agreements/" + v1 + "/items/" + itemB, item("Da togliere davvero"));
        ok(changed, 200);
        var removed = api.header("If-Match", changed.etag()).delete("/api/v1/agreements/" + v1 + "/items/" + itemB);
        ok(removed, 200);
        ok(api.post("/api/v1/agreements/" + v1 + "/interview/start", Map.of()), 200);
        jdbc.update(
                "update meeting set started_at = started_at - interval '30 minutes' where id in"
                        + " (select meeting_id from agreement_meeting where agreement_id = ?)",
                UUID.fromString(v1));
        ok(api.post("/api/v1/agreements/" + v1 + "/interview/end", Map.of("deviationReason", "Prova breve")), 200);
        var signed = api.header("If-Match", api.get("/api/v1/agreements/" + v1).etag())
                .post("/api/v1/agreements/" + v1 + "/signature", today("signedOn"));
        ok(signed, 200);
        jdbc.update(
                "insert into agreement_scan (agreement_id, file_name, size_bytes, content, uploaded_at)"
                        + " values (?, 'firmato.pdf', 4, ?, now())",
                UUID.fromString(v1),
                "%PDF".getBytes());
        var update = api.post("/api/v1/agreements/" + v1 + "/update", Map.of());
        ok(update, 201);
        String v2 = update.json().path("id").asString();
        String itemCopy = update.json().path("items").get(0).path("id").asString();
        var followed = api.header("If-Match", "\"0\"")
                .post("/api/v1/plan-items/" + itemA + "/status", Map.of("status", "IN_PROGRESS"));
        ok(followed, 200);

        // profiling and a referral
        var interview = api.header("If-Match", "\"0\"")
                .put(
                        "/api/v1/persons/" + p + "/profiling",
                        ProfilingApiIT.interview(3, List.of(ProfilingApiIT.INDICATOR_HOUSING)));
        ok(interview, 200);
        ok(
                api.header("If-Match", interview.etag())
                        .post("/api/v1/persons/" + p + "/profiling/assessment", Map.of("notes", "Sentita")),
                200);
        var created = api.post("/api/v1/persons/" + p + "/referrals", referral());
        ok(created, 201);
        String r = created.json().path("id").asString();
        var sent = api.header("If-Match", created.etag()).post("/api/v1/referrals/" + r + "/send", today("sentOn"));
        ok(sent, 200);

        // every read by the owner: 200, and exactly one audit entry naming what was read
        var reads = new ArrayList<String[]>();
        reads.add(new String[] {"/api/v1/persons/" + p + "/agreements", "agreements"});
        reads.add(new String[] {"/api/v1/agreements/" + v1, "agreement"});
        reads.add(new String[] {"/api/v1/agreements/" + v1 + "/interview/meetings", "agreement"});
        reads.add(new String[] {"/api/v1/agreements/" + v1 + "/pdf", "agreement-pdf"});
        reads.add(new String[] {"/api/v1/agreements/" + v1 + "/scan", "agreement-scan"});
        reads.add(new String[] {"/api/v1/agreements/" + v1 + "/diff/" + v2, "agreement-diff"});
        reads.add(new String[] {"/api/v1/persons/" + p + "/profiling", "profiling"});
        reads.add(new String[] {"/api/v1/persons/" + p + "/profiling/reasons", "profiling"});
        reads.add(new String[] {"/api/v1/persons/" + p + "/referrals", "referrals"});
        reads.add(new String[] {"/api/v1/referrals/" + r, "referral"});
        var windows = new ArrayList<Object[]>();
        for (var read : reads) {
            Instant from = Instant.now();
            var answer = api.get(read[0]);
            assertThat(answer.status()).as(read[0] + " " + answer.body()).isEqualTo(200);
            windows.add(new Object[] {read[0], read[1], from, Instant.now()});
        }

        // every endpoint refused to Florence's operator and to the administrator; nothing changes, nothing is read
        long v2Version = versionOf("agreement", v2);
        long referralVersion = versionOf("referral", r);
        var calls = List.of(
                new Call("GET", "/api/v1/persons/" + p + "/agreements", null),
                new Call("POST", "/api/v1/persons/" + p + "/agreements", Map.of()),
                new Call("GET", "/api/v1/agreements/" + v1, null),
                new Call("PUT", "/api/v1/agreements/" + v2 + "/phase1", phase1()),
                new Call("PUT", "/api/v1/agreements/" + v2 + "/phase2", Map.of("portalRegistration", "PROMOTED")),
                new Call("PUT", "/api/v1/agreements/" + v2 + "/phase3", AgreementApiIT.phase3("Altro")),
                new Call("POST", "/api/v1/agreements/" + v2 + "/items", item("Intrusa")),
                new Call("PUT", "/api/v1/agreements/" + v2 + "/items/" + itemCopy, item("Intrusa")),
                new Call("DELETE", "/api/v1/agreements/" + v2 + "/items/" + itemCopy, null),
                new Call("POST", "/api/v1/plan-items/" + itemA + "/status", Map.of("status", "DONE")),
                new Call("POST", "/api/v1/agreements/" + v2 + "/interview/start", null),
                new Call("POST", "/api/v1/agreements/" + v2 + "/interview/end", Map.of("deviationReason", "x")),
                new Call("GET", "/api/v1/agreements/" + v1 + "/interview/meetings", null),
                new Call("POST", "/api/v1/agreements/" + v2 + "/signature", today("signedOn")),
                new Call("GET", "/api/v1/agreements/" + v1 + "/scan", null),
                new Call("POST", "/api/v1/agreements/" + v1 + "/update", null),
                new Call("GET", "/api/v1/agreements/" + v1 + "/pdf", null),
                new Call("GET", "/api/v1/agreements/" + v1 + "/diff/" + v2, null),
                new Call("GET", "/api/v1/persons/" + p + "/profiling", null),
                new Call("PUT", "/api/v1/persons/" + p + "/profiling", ProfilingApiIT.interview(1, List.of())),
                new Call("POST", "/api/v1/persons/" + p + "/profiling/assessment", Map.of("notes", "x")),
                new Call("GET", "/api/v1/persons/" + p + "/profiling/reasons", null),
                new Call("GET", "/api/v1/persons/" + p + "/referrals", null),
                new Call("POST", "/api/v1/persons/" + p + "/referrals", referral()),
                new Call("GET", "/api/v1/referrals/" + r, null),
                new Call("POST", "/api/v1/referrals/" + r + "/send", today("sentOn")),
                new Call("POST", "/api/v1/referrals/" + r + "/acknowledge", today("on")),
                new Call(
                        "POST",
                        "/api/v1/referrals/" + r + "/answer",
                        Map.of("on", LocalDate.now(ROME).toString(), "text", "x")),
                new Call(
                        "POST",
                        "/api/v1/referrals/" + r + "/outcome",
                        Map.of("on", LocalDate.now(ROME).toString(), "text", "x")),
                new Call("POST", "/api/v1/referrals/" + r + "/cancel", Map.of("reason", "x")));
        for (var call : calls) {
            var other = call.as(Api.as(port, FLORENCE));
            assertThat(other.status())
                    .as(FLORENCE + " " + call + " " + other.body())
                    .isEqualTo(403);
            assertThat(other.code()).as(FLORENCE + " " + call).isEqualTo("access.other-centre");
            var admin = call.as(Api.as(port, ADMIN));
            assertThat(admin.status())
                    .as(ADMIN + " " + call + " " + admin.body())
                    .isEqualTo(403);
            assertThat(admin.code()).as(ADMIN + " " + call).isEqualTo("access.role");
        }
        assertThat(versionOf("agreement", v2)).isEqualTo(v2Version);
        assertThat(versionOf("referral", r)).isEqualTo(referralVersion);
        assertThat(jdbc.queryForObject(
                        "select count(*) from agreement where person_id = ?", Integer.class, UUID.fromString(p)))
                .isEqualTo(2);

        // records keyed by their own id: unknown is 404 (before any question of access)
        String unknown = UUID.randomUUID().toString();
        for (var call : List.of(
                new Call("GET", "/api/v1/agreements/" + unknown, null),
                new Call("PUT", "/api/v1/agreements/" + unknown + "/phase1", phase1()),
                new Call("GET", "/api/v1/agreements/" + unknown + "/pdf", null),
                new Call("POST", "/api/v1/plan-items/" + unknown + "/status", Map.of("status", "DONE")),
                new Call("GET", "/api/v1/referrals/" + unknown, null),
                new Call("POST", "/api/v1/referrals/" + unknown + "/cancel", Map.of("reason", "x")))) {
            var answer = call.as(pisa());
            assertThat(answer.status()).as(call + " " + answer.body()).isEqualTo(404);
        }

        // the audit: one entry per read request, of what was read; the refusals read nothing
        Thread.sleep(500); // let any audit written after the request (changes) land first
        for (var w : windows) {
            var entries = jdbc.queryForList(
                    "select entity_type from audit_entry where person_id = ? and username = ? and action = 'READ'"
                            + " and occurred_at between ? and ?",
                    String.class,
                    UUID.fromString(p),
                    PISA,
                    Timestamp.from((Instant) w[2]),
                    Timestamp.from((Instant) w[3]));
            assertThat(entries).as("audit of " + w[0]).containsExactly((String) w[1]);
        }
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry where person_id = ? and username in (?, ?) and action = 'READ'",
                        Integer.class,
                        UUID.fromString(p),
                        FLORENCE,
                        ADMIN))
                .isZero();
    }

    long versionOf(String table, String id) {
        return jdbc.queryForObject("select version from " + table + " where id = ?", Long.class, UUID.fromString(id));
    }

    /** Two requests at the same moment; answers both. */
    List<Api.Response> together(Supplier<Api.Response> a, Supplier<Api.Response> b) throws Exception {
        var start = new CountDownLatch(1);
        Future<Api.Response> first = pool.submit(() -> {
            start.await();
            return a.get();
        });
        Future<Api.Response> second = pool.submit(() -> {
            start.await();
            return b.get();
        });
        start.countDown();
        return List.of(first.get(), second.get());
    }

    /** One of the two won and the other got a conflict with one of these codes; nobody got a server error. */
    static void oneWins(String what, List<Api.Response> both, int success, String... codes) {
        for (var r : both) {
            assertThat(r.status()).as(what + ": " + r.body()).isLessThan(500);
        }
        assertThat(both)
                .as(what + ": " + both.get(0).body() + " / " + both.get(1).body())
                .filteredOn(r -> r.status() == success)
                .hasSize(1);
        var loser = both.stream().filter(r -> r.status() != success).findFirst().orElseThrow();
        assertThat(loser.status()).as(what + ": " + loser.body()).isEqualTo(409);
        assertThat(loser.code()).as(what).isIn((Object[]) codes);
        assertThat(loser.json().path("detail").asString()).as(what).isNotBlank();
    }

    @Test
    void racesEndInConflictsWithTheirCodeNeverInServerErrors() throws Exception {
        String user = AgreementOperators.ensure(organisation, "patto.gare");
        Supplier<Api> as = () -> Api.as(port, user);
        for (int round = 0; round < 20; round++) {
            var created = as.get().post("/api/v1/persons", Persons.florentine("Gara"));
            ok(created, 201);
            String p = created.json().path("id").asString();

            // two drafts at once: one draft
            var drafts = together(
                    () -> as.get().post("/api/v1/persons/" + p + "/agreements", Map.of()),
                    () -> as.get().post("/api/v1/persons/" + p + "/agreements", Map.of()));
            oneWins("two drafts", drafts, 201, "agreement.draft.exists");
            var draft =
                    drafts.stream().filter(r -> r.status() == 201).findFirst().orElseThrow();
            String v1 = draft.json().path("id").asString();

            // two saves of the same version: one saved, the other told the version is stale
            var saves = together(
                    () -> as.get()
                            .header("If-Match", draft.etag())
                            .put("/api/v1/agreements/" + v1 + "/phase1", phase1()),
                    () -> as.get()
                            .header("If-Match", draft.etag())
                            .put("/api/v1/agreements/" + v1 + "/phase1", phase1()));
            oneWins("two saves", saves, 200, "version.stale");
            var saved =
                    saves.stream().filter(r -> r.status() == 200).findFirst().orElseThrow();
            var s3 = as.get()
                    .header("If-Match", saved.etag())
                    .put("/api/v1/agreements/" + v1 + "/phase3", AgreementApiIT.phase3("Gara " + round));
            ok(s3, 200);
            var withItem = as.get()
                    .header("If-Match", s3.etag())
                    .post("/api/v1/agreements/" + v1 + "/items", item("Invia candidature"));
            ok(withItem, 201);
            String item = withItem.json().path("items").get(0).path("id").asString();

            // two signatures at once: one signature
            var signatures = together(
                    () -> as.get()
                            .header("If-Match", withItem.etag())
                            .post("/api/v1/agreements/" + v1 + "/signature", today("signedOn")),
                    () -> as.get()
                            .header("If-Match", withItem.etag())
                            .post("/api/v1/agreements/" + v1 + "/signature", today("signedOn")));
            oneWins("two signatures", signatures, 200, "agreement.sign.already-signed", "version.stale");

            // two updates at once: one new draft
            var updates = together(
                    () -> as.get().post("/api/v1/agreements/" + v1 + "/update", Map.of()),
                    () -> as.get().post("/api/v1/agreements/" + v1 + "/update", Map.of()));
            oneWins("two updates", updates, 201, "agreement.draft.exists");
            var v2 = updates.stream().filter(r -> r.status() == 201).findFirst().orElseThrow();

            // the plan followed up on the version in force while the update is signed: each ends cleanly
            var crossing = together(
                    () -> as.get()
                            .header("If-Match", "\"0\"")
                            .post("/api/v1/plan-items/" + item + "/status", Map.of("status", "IN_PROGRESS")),
                    () -> as.get()
                            .header("If-Match", v2.etag())
                            .post(
                                    "/api/v1/agreements/" + v2.json().path("id").asString() + "/signature",
                                    today("signedOn")));
            assertThat(crossing.get(1).status()).as(crossing.get(1).body()).isEqualTo(200);
            assertThat(crossing.get(0).status()).as(crossing.get(0).body()).isIn(200, 409);
            if (crossing.get(0).status() == 409) {
                assertThat(crossing.get(0).code()).isEqualTo("agreement.item.superseded");
            }

            // two first saves of the profiling interview: one saved
            var interviews = together(
                    () -> as.get()
                            .header("If-Match", "\"0\"")
                            .put("/api/v1/persons/" + p + "/profiling", ProfilingApiIT.interview(3, List.of())),
                    () -> as.get()
                            .header("If-Match", "\"0\"")
                            .put("/api/v1/persons/" + p + "/profiling", ProfilingApiIT.interview(4, List.of())));
            oneWins("two interviews", interviews, 200, "version.stale");

            // a referral sent twice at once: sent once
            var referral = as.get().post("/api/v1/persons/" + p + "/referrals", referral());
            ok(referral, 201);
            String r = referral.json().path("id").asString();
            var sends = together(
                    () -> as.get()
                            .header("If-Match", referral.etag())
                            .post("/api/v1/referrals/" + r + "/send", today("sentOn")),
                    () -> as.get()
                            .header("If-Match", referral.etag())
                            .post("/api/v1/referrals/" + r + "/send", today("sentOn")));
            oneWins("two sends", sends, 200, "version.stale");
        }
    }
}
