package it.orienta.access;

import static org.assertj.core.api.Assertions.assertThat;

import it.orienta.Api;
import it.orienta.OrientaAppTest;
import it.orienta.agreement.AgreementOperators;
import it.orienta.organisation.OrganisationService;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The record-access policy (ADR 0017) on every operation of the REST API that names a person's case, found in the
 * OpenAPI document of the running application (the one {@code docs/openapi.json} is a copy of), so that a new
 * operation is covered without anyone adding it here: an operator of another centre is refused with {@code
 * access.other-centre} and nothing is written; the administrator is refused with {@code access.role}; a centre that
 * is not the operator's is refused with {@code access.centre-not-yours}; the owning centre reads every GET, each
 * read written to the audit log exactly once with what was read in words.
 *
 * <p>The operator of another centre is an operator of CPI Firenze of this test only (like {@code operatore}, whose
 * live meetings other tests need free).
 */
@OrientaAppTest
class CaseAccessApiIT {

    static final tools.jackson.databind.json.JsonMapper JSON =
            tools.jackson.databind.json.JsonMapper.builder().build();

    static final String OTHER_CENTRE_OPERATOR = "accesso.firenze";
    static final String ADMIN = "amministratore";

    /** Fewer than this means the enumeration is broken and would test nothing. */
    static final int AT_LEAST = 60;

    /**
     * The ways into another centre's case (ADR 0017): taking the person in charge in one's own centre is a transfer
     * of charge with a stated reason, or an exceptional read-only access with a stated reason. Without the reason
     * each must be refused and write nothing, but not necessarily
     * with {@code access.other-centre}.
     */
    static final Set<String> WAYS_IN =
            Set.of("POST /api/v1/persons/{id}/intakes", "POST /api/v1/persons/{id}/exceptional-access");

    /**
     * GETs that answer 404 to the owner because the fixture legitimately lacks the resource. Keep each with why.
     */
    static final Set<String> OWNER_NOT_FOUND = Set.of(
            // the fixture's agreement is a draft: no signed scan
            "GET /api/v1/agreements/{id}/scan",
            // nor its phase 2 saved: no PSP areas for profiling to show (ADR 0037)
            "GET /api/v1/persons/{id}/profiling/psp-areas");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    OrganisationService organisation;

    /** One operation of the API: its method, its path as documented, its description. */
    record Operation(String method, String path, JsonNode spec) {
        String key() {
            return method + " " + path;
        }

        boolean read() {
            return method.equals("GET");
        }

        boolean takesIfMatch() {
            for (var p : spec.path("parameters")) {
                if (p.path("in").asString().equals("header")
                        && p.path("name").asString().equalsIgnoreCase("If-Match")) {
                    return true;
                }
            }
            return false;
        }

        boolean jsonBody() {
            return !spec.path("requestBody").isMissingNode()
                    && spec.path("requestBody").path("content").has("application/json");
        }

        boolean multipartOnly() {
            return !spec.path("requestBody").isMissingNode() && !jsonBody();
        }

        /** Reads first, then changes, deletions next, the ways in last (a transfer would move the whole case). */
        int order() {
            if (WAYS_IN.contains(key())) return 4;
            return switch (method) {
                case "GET" -> 0;
                case "DELETE" -> 3;
                default -> 1;
            };
        }
    }

    List<Operation> documented() {
        var doc = new Api(port, null, null).get("/v3/api-docs");
        assertThat(doc.status()).isEqualTo(200);
        var out = new ArrayList<Operation>();
        var paths = doc.json().path("paths");
        for (var path : paths.propertyNames()) {
            for (var method : paths.path(path).propertyNames()) {
                if (Set.of("get", "post", "put", "patch", "delete").contains(method)) {
                    out.add(new Operation(
                            method.toUpperCase(java.util.Locale.ROOT),
                            path,
                            paths.path(path).path(method)));
                }
            }
        }
        return out;
    }

    /** Every documented operation that names a person's case (or a centre's session), in the order of the sweeps. */
    List<Operation> guarded() {
        return documented().stream()
                .filter(o -> CaseKind.guarded(o.path()))
                .sorted(Comparator.comparingInt(Operation::order).thenComparing(Operation::key))
                .toList();
    }

    @Test
    void theEnumerationFindsEveryOperationOnACaseAndUnderstandsEveryPathVariable() {
        var all = documented();
        var unknown = all.stream()
                .filter(o -> !CaseKind.unclassified(o.path()).isEmpty())
                .map(o -> o.key() + " " + CaseKind.unclassified(o.path()))
                .toList();
        assertThat(unknown)
                .as("path variables that CaseKind does not classify: say what they name there")
                .isEmpty();
        var guarded = guarded();
        System.out.println("Operations on a case (" + guarded.size() + "):");
        guarded.forEach(o -> System.out.println("  " + o.key()));
        assertThat(guarded).hasSizeGreaterThanOrEqualTo(AT_LEAST);
        assertThat(guarded.stream().map(Operation::key))
                .contains(
                        "GET /api/v1/persons/{id}",
                        "GET /api/v1/agreements/{a}/diff/{b}",
                        "POST /api/v1/plan-items/{itemId}/status",
                        "GET /api/v1/persons/{id}/cv/history/{cvId}/file",
                        "POST /api/v1/persons/{id}/cv/transfers/{transferId}/retry",
                        "GET /api/v1/engagements/{id}/audit-document",
                        "GET /api/v1/persons/{personId}/occupations/{id}");
        assertThat(WAYS_IN).allMatch(w -> guarded.stream().anyMatch(o -> o.key().equals(w)));
        assertThat(OWNER_NOT_FOUND)
                .allMatch(w -> guarded.stream().anyMatch(o -> o.key().equals(w)));
    }

    @Test
    void anOperatorOfAnotherCentreIsRefusedEverywhereAndNothingIsWritten() {
        var fixture = CaseFixture.build(port, jdbc);
        String user = AgreementOperators.ensure(organisation, OTHER_CENTRE_OPERATOR);
        var failures = new ArrayList<String>();
        var before = fixture.snapshot();
        for (var op : guarded()) {
            long audit = fixture.lastAuditId();
            var response = call(Api.as(port, user), op, fixture);
            fixture.settle();
            var after = fixture.snapshot();
            var written = CaseFixture.changed(before, after);
            before = after;
            if (WAYS_IN.contains(op.key())) {
                if (response.status() != 403 && response.status() != 422) {
                    failures.add(op.key() + " → " + describe(response) + " (a way in: 403 or 422 expected)");
                }
            } else {
                refused(op, response, "access.other-centre", failures);
            }
            if (!written.isEmpty()) {
                failures.add(op.key() + " wrote " + written);
            }
            var audited = fixture.auditSince(audit, user);
            if (!audited.isEmpty()) {
                failures.add(op.key() + " audited a refused request: " + audited);
            }
        }
        assertThat(failures)
                .as("operations another centre's operator can use on a case of CPI Pisa")
                .isEmpty();
    }

    @Test
    void theAdministratorReadsAndChangesNoCaseData() {
        var fixture = CaseFixture.build(port, jdbc);
        var failures = new ArrayList<String>();
        var before = fixture.snapshot();
        for (var op : guarded()) {
            var response = call(Api.as(port, ADMIN), op, fixture);
            fixture.settle();
            refused(op, response, "access.role", failures);
            var after = fixture.snapshot();
            var written = CaseFixture.changed(before, after);
            before = after;
            if (!written.isEmpty()) {
                failures.add(op.key() + " wrote " + written);
            }
        }
        assertThat(failures)
                .as("operations the administrator can use on a case")
                .isEmpty();
    }

    @Test
    void aCentreThatIsNotTheOperatorsIsRefusedBeforeAnythingRuns() {
        var fixture = shared();
        String user = AgreementOperators.ensure(organisation, OTHER_CENTRE_OPERATOR);
        var failures = new ArrayList<String>();
        var before = fixture.snapshot();
        for (var op : guarded()) {
            var response = call(Api.as(port, user).header("X-Orienta-Centre", CaseFixture.OWNER_CENTRE), op, fixture);
            refused(op, response, "access.centre-not-yours", failures);
        }
        fixture.settle();
        assertThat(CaseFixture.changed(before, fixture.snapshot())).isEmpty();
        assertThat(failures).isEmpty();
    }

    @Test
    void theOwningCentreReadsEveryCaseAndEachReadIsAuditedOnce() throws IOException {
        var fixture = shared();
        var what = new Properties();
        try (var in = getClass().getResourceAsStream("/messages.properties")) {
            what.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        var failures = new ArrayList<String>();
        int reads = 0;
        for (var op : guarded()) {
            if (!op.read()) {
                continue;
            }
            reads++;
            fixture.settle();
            long audit = fixture.lastAuditId();
            var response = call(fixture.owner(), op, fixture);
            fixture.settle();
            var audited = fixture.auditSince(audit, CaseFixture.OWNER);
            boolean found = response.status() >= 200 && response.status() < 300;
            boolean missing = response.status() == 404 && OWNER_NOT_FOUND.contains(op.key());
            if (!found && !missing) {
                failures.add(op.key() + " → " + describe(response));
                continue;
            }
            if (!CaseKind.personal(op.path())) {
                continue; // a centre's session: not a read of one person's case
            }
            if (missing ? audited.size() > 1 : audited.size() != 1) {
                failures.add(op.key() + " audited " + audited + " (exactly one READ expected)");
                continue;
            }
            for (var entry : audited) {
                String key = entry.substring(entry.indexOf(':') + 1);
                boolean export = op.key().startsWith("GET /api/v1/persons/{id}/export")
                        && entry.equals("EXPORT:WorkerFile"); // the JSON and the PDF export
                if (!export && (!entry.startsWith("READ:") || !what.containsKey("audit.what." + key))) {
                    failures.add(op.key() + " audited " + entry + " (READ of an audit.what.* key expected)");
                }
            }
        }
        assertThat(reads).isGreaterThanOrEqualTo(30);
        assertThat(failures).as("reads of the owning centre").isEmpty();
    }

    private static CaseFixture shared;

    /** A fixture for the tests that change nothing (built once). */
    CaseFixture shared() {
        synchronized (CaseAccessApiIT.class) {
            if (shared == null) {
                shared = CaseFixture.build(port, jdbc);
            }
            return shared;
        }
    }

    void refused(Operation op, Api.Response response, String code, List<String> failures) {
        if (response.status() != 403
                || !response.contentType().startsWith("application/problem+json")
                || !code.equals(response.code())) {
            failures.add(op.key() + " → " + describe(response));
        }
    }

    static String describe(Api.Response response) {
        String body = response.body() == null ? "" : response.body();
        if (!response.contentType().contains("json")) {
            body = response.contentType();
        }
        return response.status() + " " + (body.length() > 160 ? body.substring(0, 160) + "…" : body);
    }

    /** Calls the operation on the fixture's records with a plausible body and version. */
    Api.Response call(Api api, Operation op, CaseFixture fixture) {
        String path = CaseKind.substitute(op.path(), fixture.ids);
        if (op.takesIfMatch()) {
            api.header("If-Match", "\"0\"");
        }
        if (op.read()) {
            return api.get(path);
        }
        if (op.multipartOnly()) {
            return multipart(api, op, path);
        }
        var body = BODIES.getOrDefault(op.key(), f -> Map.of()).apply(fixture);
        if (!op.jsonBody() && body.isEmpty()) {
            return api.send(op.method(), path, null, null);
        }
        return api.send(op.method(), path, JSON.writeValueAsString(body), "application/json");
    }

    /** A multipart body with each binary part a small PDF and each other part empty. */
    static Api.Response multipart(Api api, Operation op, String path) {
        String boundary = "orienta" + UUID.randomUUID();
        var body = new StringBuilder();
        var schema = op.spec()
                .path("requestBody")
                .path("content")
                .path("multipart/form-data")
                .path("schema")
                .path("properties");
        for (var name : schema.propertyNames()) {
            boolean binary = schema.path(name).path("format").asString().equals("binary");
            body.append("--")
                    .append(boundary)
                    .append("\r\nContent-Disposition: form-data; name=\"")
                    .append(name)
                    .append('"');
            if (binary) {
                body.append("; filename=\"documento.pdf\"\r\nContent-Type: application/pdf\r\n\r\n")
                        .append("%PDF-1.4\n%%EOF\n");
            } else {
                body.append("\r\n\r\n");
            }
            body.append("\r\n");
        }
        body.append("--").append(boundary).append("--\r\n");
        return api.send(op.method(), path, body.toString(), "multipart/form-data; boundary=" + boundary);
    }

    static String today() {
        return LocalDate.now(CaseFixture.ROME).toString();
    }

    static Map<String, Object> map(Object... pairs) {
        var m = new HashMap<String, Object>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], pairs[i + 1]);
        }
        return m;
    }

    /**
     * Plausible bodies of the changes, so that a request reaches the service (and its access check) rather than
     * stopping at the checks of the request; an operation not listed gets {@code {}}.
     */
    static final Map<String, Function<CaseFixture, Map<String, Object>>> BODIES = new HashMap<>();

    static {
        var tomorrow = LocalDate.now(CaseFixture.ROME).plusDays(1);
        BODIES.put("PUT /api/v1/persons/{id}", f -> {
            var changed = new HashMap<>(f.personBody);
            changed.put("residenceAddress", "Via Cambiata 2");
            return changed;
        });
        BODIES.put(
                "PUT /api/v1/persons/{id}/special-category-data",
                f -> map("disabilityL68", true, "disabilityPercentage", 67));
        BODIES.put(
                "PUT /api/v1/persons/{id}/profiling",
                f -> map(
                        "interviewDate", today(),
                        "answers", Map.of(),
                        "score", 3,
                        "indicators", List.of(),
                        "notes", "Colloquio"));
        BODIES.put("PUT /api/v1/persons/{id}/profiling-index", f -> map("index", 0.5, "date", today()));
        BODIES.put("POST /api/v1/persons/{id}/profiling/assessment", f -> map("notes", "Sentita la persona"));
        BODIES.put(
                "POST /api/v1/persons/{id}/education-titles",
                f -> map("titleCode", f.titleCode, "year", 2002, "institution", "Scuola serale"));
        BODIES.put(
                "POST /api/v1/persons/{id}/work-experiences",
                f -> map(
                        "employer",
                        "Bar Nuovo",
                        "professionCode",
                        f.professionCode,
                        "fromDate",
                        "2021-01-01",
                        "toDate",
                        "2021-05-01"));
        BODIES.put("POST /api/v1/persons/{id}/intakes", CaseFixture::intake);
        BODIES.put("POST /api/v1/persons/{id}/consents", f -> map("state", "WITHDRAWN"));
        BODIES.put("POST /api/v1/persons/{personId}/occupations", f -> CaseFixture.occupation("5.2.2.1.0"));
        BODIES.put("PUT /api/v1/persons/{personId}/occupations/{id}", f -> CaseFixture.occupation("5.2.2.1.0"));
        BODIES.put("PUT /api/v1/persons/{personId}/availability", f -> map("hours", "PART_TIME"));
        BODIES.put(
                "POST /api/v1/persons/{id}/meetings",
                f -> CaseFixture.meeting(
                        "A05-BASE",
                        tomorrow.minusDays(3).atTime(7, 0),
                        tomorrow.minusDays(3).atTime(7, 30),
                        "x"));
        BODIES.put("POST /api/v1/persons/{id}/meetings/start", f -> map("activityId", "A05-INFO"));
        BODIES.put("POST /api/v1/meetings/{id}/close", f -> map("notes", "Chiuso"));
        BODIES.put("POST /api/v1/persons/{id}/appointments", f -> CaseFixture.appointment(90));
        BODIES.put(
                "POST /api/v1/appointments/{id}/reschedule",
                f -> map("startsAt", Api.at(tomorrow.plusDays(60).atTime(8, 0)), "reason", "Spostato"));
        BODIES.put("POST /api/v1/appointments/{id}/cancel", f -> map("reason", "Malattia"));
        BODIES.put(
                "POST /api/v1/persons/{id}/pathway/outcomes",
                f -> map("closedOn", today(), "outcomes", List.of("ACTIVATED")));
        BODIES.put("PUT /api/v1/engagements/{id}/audit-document", f -> CaseFixture.sections());
        BODIES.put("POST /api/v1/persons/{id}/agreements", f -> map("startInterview", false));
        BODIES.put(
                "PUT /api/v1/agreements/{id}/phase1",
                f -> map("explainedProcess", true, "explainedRights", true, "expectations", "Lavorare"));
        BODIES.put("PUT /api/v1/agreements/{id}/phase2", f -> map("ratings", Map.of("1", 3)));
        BODIES.put("PUT /api/v1/agreements/{id}/phase3", f -> map("goal", "Trovare lavoro"));
        BODIES.put("POST /api/v1/agreements/{id}/items", f -> CaseFixture.planItem());
        BODIES.put("PUT /api/v1/agreements/{id}/items/{itemId}", f -> CaseFixture.planItem());
        BODIES.put("POST /api/v1/agreements/{id}/signature", f -> map("signedOn", today()));
        BODIES.put("POST /api/v1/agreements/{id}/interview/end", f -> map("deviationReason", "x"));
        BODIES.put("POST /api/v1/plan-items/{itemId}/status", f -> map("status", "IN_PROGRESS", "note", ""));
        BODIES.put("POST /api/v1/persons/{id}/referrals", f -> CaseFixture.referral());
        BODIES.put("POST /api/v1/referrals/{id}/send", f -> map("sentOn", today(), "consentGiven", true));
        BODIES.put("POST /api/v1/referrals/{id}/acknowledge", f -> map("on", today()));
        BODIES.put("POST /api/v1/referrals/{id}/answer", f -> map("on", today(), "text", "Risposta"));
        BODIES.put("POST /api/v1/referrals/{id}/outcome", f -> map("on", today(), "text", "Esito"));
        BODIES.put("POST /api/v1/referrals/{id}/cancel", f -> map("reason", "Ripensamento"));
        BODIES.put("POST /api/v1/persons/{id}/cv/generate", f -> map("language", "it"));
        BODIES.put("POST /api/v1/persons/{id}/cv/transfers", f -> map("confirmed", true));
        BODIES.put("POST /api/v1/sessions/{id}/participants", f -> map("personId", f.personId(), "waitingList", true));
        BODIES.put("POST /api/v1/sessions/{id}/participants/{personId}/withdraw", f -> map("reason", "Ritirata"));
        BODIES.put("POST /api/v1/sessions/{id}/cancel", f -> map("reason", "Aula non disponibile"));
        BODIES.put("POST /api/v1/sessions/{id}/hold", f -> map("notes", "Svolta"));
    }
}
