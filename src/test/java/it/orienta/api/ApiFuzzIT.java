package it.orienta.api;

import static org.assertj.core.api.Assertions.assertThat;

import it.orienta.Api;
import it.orienta.OrientaAppTest;
import it.orienta.Persons;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A fuzz test of the whole REST API, generated from the running application's OpenAPI document, against the real application on
 * PostgreSQL (issue 10 §3). For every operation it sends requests built from the documented schema and then spoiled
 * — wrong types, huge strings, control and bidi characters, dates of year 0 and 9999, negative numbers, unknown
 * fields and enum values, broken JSON, ids that do not exist or belong to another centre — and asserts:
 *
 * <ul>
 *   <li>no answer is a 5xx;
 *   <li>every 4xx is {@code application/problem+json} with a {@code code} naming the rule, and a 400/422 about the
 *       body names the field at fault;
 *   <li>a success answers a status the OpenAPI document lists for the operation (201 on create…);
 *   <li>a refused request wrote nothing: the row counts of every table (but the audit log and the event registry,
 *       which record reads and deliveries) are unchanged.
 * </ul>
 *
 * Seeded and repeatable ({@code -Dfuzz.seed}); {@code -Dfuzz.requests} sets the size (default 2,500 for the build,
 * e.g. 50,000 for a long run). Plain seeded generators rather than jqwik: the inputs come from the OpenAPI schema,
 * not from Java types, so a property-testing library would add a dependency without shrinking anything useful.
 */
@OrientaAppTest
class ApiFuzzIT {

    private static final long SEED = Long.getLong("fuzz.seed", 20261206L);
    private static final int REQUESTS = Integer.getInteger("fuzz.requests", 2_500);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Hostile strings: control, zero-width and bidi characters, markup, SQL, paths, huge. */
    private static final List<String> HOSTILE = List.of(
            "",
            " ",
            "a\u0000b",
            "zero\u200Bwidth",
            "bidi\u202Eevil",
            "\uFEFFbom",
            "line\u0085next",
            "<script>alert(1)</script>",
            "' or 1=1 --",
            "../../etc/passwd",
            "%2e%2e%2f",
            "😀".repeat(50),
            "x".repeat(10_000),
            "RSSMRA85T10A562S",
            "rssmra85t10a562s",
            "0000-00-00",
            "9999-12-31T23:59:59",
            "NaN");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private final Random random = new Random(SEED);
    private JsonNode document;
    private final Map<String, List<String>> ids = new HashMap<>();

    @Test
    void theApiNeverAnswers5xxAndARefusedRequestWritesNothing() throws Exception {
        // the running application's own document, so that an operation nobody copied into docs/ is fuzzed too
        var docs = Api.as(port, "operatore").get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        document = JSON.readTree(docs.body());
        fixtures();
        var operations = operations();
        assertThat(operations).as("operations in docs/openapi.json").hasSizeGreaterThan(80);

        var failures = new ArrayList<String>();
        var statuses = new java.util.TreeMap<Integer, Integer>();
        int refusedWrites = 0;
        for (int i = 0; i < REQUESTS && failures.size() < 20; i++) {
            var op = operations.get(random.nextInt(operations.size()));
            var path = path(op);
            String body = op.method.equals("GET") || op.method.equals("DELETE") ? null : body(op);
            boolean write = !op.method.equals("GET");
            var before = write ? rowCounts() : null;
            var api = Api.as(port, "operatore");
            if (random.nextInt(10) == 0) {
                api.header("Accept-Language", "en");
            }
            if (op.method.equals("PUT") || op.method.equals("DELETE")) {
                api.header("If-Match", random.nextBoolean() ? "\"0\"" : "\"" + random.nextInt(5) + "\"");
            }
            Api.Response response;
            try {
                response = api.send(op.method, path, body, body == null ? null : contentType());
            } catch (RuntimeException e) {
                failures.add(op.method + " " + path + " → no answer: " + e);
                continue;
            }
            statuses.merge(response.status(), 1, Integer::sum);
            String what = op.method + " " + op.template + " as " + path + " with " + abbreviate(body);
            if (response.status() >= 500) {
                failures.add(what + " → " + response.status() + " " + abbreviate(response.body()));
                continue;
            }
            if (response.status() < 300 && !op.spec.path("responses").has(String.valueOf(response.status()))) {
                failures.add(what + " → " + response.status() + ", which the OpenAPI document does not list for it");
            }
            if (response.status() >= 400) {
                if (!response.contentType().startsWith("application/problem+json")) {
                    failures.add(what + " → " + response.status() + " not problem+json: " + response.contentType());
                    continue;
                }
                var problem = response.json();
                if (problem.path("code").asString("").isBlank()) {
                    failures.add(what + " → " + response.status() + " without a code: " + abbreviate(response.body()));
                }
                if (write) {
                    refusedWrites++;
                    var after = rowCounts();
                    if (!after.equals(before)) {
                        failures.add(what + " → " + response.status() + " but wrote " + difference(before, after));
                    }
                }
            }
        }
        System.out.printf(
                "API fuzz: seed %d, %d requests over %d operations, statuses %s, %d refused writes checked%n",
                SEED, REQUESTS, operations.size(), statuses, refusedWrites);
        assertThat(failures).as("fuzz failures (seed " + SEED + ")").isEmpty();
    }

    // --- the operations and their inputs -------------------------------------------------------------------------

    private record Operation(String method, String template, JsonNode spec) {}

    private List<Operation> operations() {
        var result = new ArrayList<Operation>();
        for (var path : document.path("paths").properties()) {
            for (var op : path.getValue().properties()) {
                String method = op.getKey().toUpperCase(java.util.Locale.ROOT);
                if (List.of("GET", "POST", "PUT", "DELETE", "PATCH").contains(method)) {
                    result.add(new Operation(method, path.getKey(), op.getValue()));
                }
            }
        }
        result.sort(java.util.Comparator.comparing(o -> o.method + o.template));
        return result;
    }

    /** The path with each variable replaced: a real id of the right kind, another centre's, unknown, or garbage. */
    private String path(Operation op) {
        var matcher = java.util.regex.Pattern.compile("\\{([^}]+)}").matcher(op.template);
        var sb = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            String kind = kindOf(op.template, matcher.start(), name);
            String value = switch (random.nextInt(10)) {
                case 0 -> UUID.randomUUID().toString();
                case 1 -> pick(HOSTILE.subList(1, 12));
                case 2 -> "-1";
                case 3 ->
                    pick(ids.getOrDefault(
                            "other-" + kind, List.of(UUID.randomUUID().toString())));
                default -> pick(ids.getOrDefault(kind, List.of(UUID.randomUUID().toString())));
            };
            matcher.appendReplacement(
                    sb,
                    java.util.regex.Matcher.quoteReplacement(
                            java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8)
                                    .replace("+", "%20")));
        }
        matcher.appendTail(sb);
        var query = new ArrayList<String>();
        for (JsonNode param : op.spec.path("parameters")) {
            if ("query".equals(param.path("in").asString()) && random.nextInt(3) > 0) {
                var value = value(param.path("schema"), param.path("name").asString(), 0);
                query.add(param.path("name").asString() + "="
                        + java.net.URLEncoder.encode(
                                value.isValueNode() ? value.asString("") : value.toString(),
                                java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        if (random.nextInt(20) == 0) {
            query.add("unknown=" + java.net.URLEncoder.encode(pick(HOSTILE), java.nio.charset.StandardCharsets.UTF_8));
        }
        return sb + (query.isEmpty() ? "" : "?" + String.join("&", query));
    }

    /** What a path variable names, from the segment before it: persons, meetings, agreements… */
    private static String kindOf(String template, int start, String name) {
        String before = template.substring(0, start);
        String[] segments = before.split("/");
        String segment = segments.length == 0 ? "" : segments[segments.length - 1];
        if (segment.isEmpty() && segments.length > 1) {
            segment = segments[segments.length - 2];
        }
        return switch (name) {
            case "personId" -> "persons";
            case "cvId" -> "cv";
            case "transferId" -> "transfers";
            case "itemId" -> "items";
            default -> segment;
        };
    }

    private String body(Operation op) {
        int dice = random.nextInt(20);
        if (dice == 0) {
            return pick(List.of("{", "[]", "null", "\"text\"", "{\"a\":", "12", "{}}", "\u0000"));
        }
        var content = op.spec.path("requestBody").path("content");
        JsonNode schema = content.path("application/json").path("schema");
        if (schema.isMissingNode()) {
            return dice < 4 ? "{}" : null;
        }
        return value(schema, "", 0).toString();
    }

    private String contentType() {
        return switch (random.nextInt(25)) {
            case 0 -> "text/plain";
            case 1 -> "application/xml";
            default -> "application/json";
        };
    }

    /** A value for the schema: mostly plausible, sometimes spoiled. */
    private JsonNode value(JsonNode schema, String name, int depth) {
        schema = resolve(schema);
        if (random.nextInt(12) == 0 || depth > 4) {
            return spoiled();
        }
        if (schema.has("oneOf") || schema.has("anyOf")) {
            var options = schema.has("oneOf") ? schema.path("oneOf") : schema.path("anyOf");
            return value(options.get(random.nextInt(options.size())), name, depth + 1);
        }
        if (schema.has("enum")) {
            var values = schema.path("enum");
            return random.nextInt(8) == 0 ? NODES.stringNode("NOT_A_VALUE") : values.get(random.nextInt(values.size()));
        }
        String type = schema.path("type").isArray()
                ? schema.path("type").get(0).asString()
                : schema.path("type").asString("object");
        String format = schema.path("format").asString("");
        return switch (type) {
            case "object" -> {
                ObjectNode node = NODES.objectNode();
                for (var property : schema.path("properties").properties()) {
                    boolean required = contains(schema.path("required"), property.getKey());
                    if (required || random.nextInt(3) > 0) {
                        node.set(property.getKey(), value(property.getValue(), property.getKey(), depth + 1));
                    }
                }
                if (random.nextInt(15) == 0) {
                    node.put("unknownField", pick(HOSTILE));
                }
                yield node;
            }
            case "array" -> {
                ArrayNode node = NODES.arrayNode();
                int n = random.nextInt(15) == 0 ? 200 : random.nextInt(3);
                for (int i = 0; i < n; i++) {
                    node.add(value(schema.path("items"), name, depth + 1));
                }
                yield node;
            }
            case "integer" ->
                NODES.numberNode(pick(
                        List.of(0L, 1L, 2L, -1L, 7L, 59L, (long) Integer.MAX_VALUE + 1, Long.MIN_VALUE, 100_000L)));
            case "number" -> NODES.numberNode(pick(List.of(0.0, 0.5, 1.0, -0.1, 1.5, 1e308, 0.333333333333)));
            case "boolean" -> NODES.booleanNode(random.nextBoolean());
            default -> NODES.stringNode(string(format, name));
        };
    }

    private String string(String format, String name) {
        var today = LocalDate.now(Api.ROME);
        return switch (format) {
            case "date" ->
                pick(List.of(
                        today.toString(),
                        today.minusDays(30).toString(),
                        today.plusDays(3).toString(),
                        "0000-01-01",
                        "9999-12-31",
                        "2026-02-30",
                        "2026-13-01",
                        "31/12/2026"));
            case "date-time" ->
                pick(List.of(
                        today + "T09:00:00Z",
                        today + "T09:30:00+01:00",
                        today.minusDays(1) + "T10:00:00+02:00",
                        today + "T09:00:00",
                        "0000-01-01T00:00:00Z",
                        "9999-12-31T23:59:59Z",
                        "2026-03-29T02:30:00+01:00",
                        "not a time"));
            case "uuid" ->
                pick(ids.values().stream()
                        .flatMap(List::stream)
                        .filter(s -> s.length() == 36)
                        .findAny()
                        .map(s -> List.of(s, UUID.randomUUID().toString(), "not-a-uuid"))
                        .orElse(List.of(UUID.randomUUID().toString())));
            case "email" -> pick(List.of("persona@example.it", "not-an-email", "a@b", "x".repeat(300) + "@example.it"));
            default -> {
                if (name.toLowerCase(java.util.Locale.ROOT).contains("taxcode")) {
                    yield pick(List.of(
                            Persons.taxCode("Fuzz", "Test", today.minusYears(30), false, "D612"),
                            "RSSMRA85Z10A562S",
                            "rssmra 85t10 a562s",
                            "12345678901"));
                }
                yield random.nextInt(3) == 0 ? pick(HOSTILE) : "Valore " + random.nextInt(1000);
            }
        };
    }

    private JsonNode spoiled() {
        return switch (random.nextInt(7)) {
            case 0 -> NODES.nullNode();
            case 1 -> NODES.numberNode(12345);
            case 2 -> NODES.stringNode(pick(HOSTILE));
            case 3 -> NODES.booleanNode(true);
            case 4 -> NODES.objectNode().put("nested", "object");
            case 5 -> NODES.arrayNode().add(1).add("two");
            default -> NODES.numberNode(-1.5);
        };
    }

    private JsonNode resolve(JsonNode schema) {
        for (int i = 0; i < 10 && schema.has("$ref"); i++) {
            String ref = schema.path("$ref").asString();
            schema = document.at(ref.substring(1));
        }
        return schema;
    }

    private static boolean contains(JsonNode array, String value) {
        for (JsonNode n : array) {
            if (value.equals(n.asString())) {
                return true;
            }
        }
        return false;
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    // --- fixtures and the database's row counts ------------------------------------------------------------------

    /** Persons of this centre (with an intake) and of another, whose ids the generator uses. */
    private void fixtures() {
        var own = Api.as(port, "operatore");
        var pisa = Api.as(port, "multicentro").header("X-Orienta-Centre", "CPI-PI");
        for (int i = 0; i < 3; i++) {
            ids.computeIfAbsent("persons", k -> new ArrayList<>()).add(takenInCharge(own, "Fuzzmine"));
        }
        var other = takenInCharge(Api.as(port, "multicentro").header("X-Orienta-Centre", "CPI-PI"), "Fuzzother");
        ids.computeIfAbsent("other-persons", k -> new ArrayList<>()).add(other);
        pisa.get("/api/v1/persons/" + other);
        for (var table : List.of("meeting", "agreement", "referral", "cv", "appointment", "engagement")) {
            var mine = jdbc.queryForList(
                    "select id::text from " + table + " where person_id::text = any(?::text[]) limit 5",
                    String.class,
                    "{" + String.join(",", ids.get("persons")) + "}");
            if (!mine.isEmpty()) {
                ids.put(table + "s", mine);
            }
        }
    }

    private String takenInCharge(Api api, String surname) {
        String id = api.post("/api/v1/persons", Persons.florentine(surname))
                .json()
                .path("id")
                .asString();
        var body = new LinkedHashMap<String, Object>();
        body.put("intakeDate", LocalDate.now(Api.ROME).toString());
        body.put(
                "privacyNoticeId",
                api.get("/api/v1/privacy-notices/current").json().path("id").asString());
        body.put("privacyAcknowledged", true);
        body.put("matchingConsent", "GIVEN");
        var taken = api.post("/api/v1/persons/" + id + "/intakes", body);
        assertThat(taken.status()).as(taken.body()).isEqualTo(201);
        return id;
    }

    /**
     * The row counts of the tables a request writes in its own transaction. Left out: the audit log and the event
     * registry (a refused read of another centre's case writes nothing there either, but reads that succeed do),
     * and the tables written after commit by listeners and workers of earlier, successful requests (the timeline,
     * message deliveries, the portal's outbox and simulator, the extraction worker's file) — their writers run on other threads.
     */
    private Map<String, Long> rowCounts() {
        var tables = jdbc.queryForList(
                "select tablename from pg_tables where schemaname = current_schema() and tablename not in "
                        + "('audit_entry', 'event_publication', 'event_publication_archive', 'flyway_schema_history', "
                        + "'timeline_entry', 'notification_delivery', 'notification_mailbox', 'extraction_file') "
                        + "and tablename not like 'portal%' order by tablename",
                String.class);
        var sql = new StringBuilder();
        for (var table : tables) {
            if (!sql.isEmpty()) {
                sql.append(" union all ");
            }
            sql.append("select '")
                    .append(table)
                    .append("', count(*) from \"")
                    .append(table)
                    .append('"');
        }
        var counts = new java.util.TreeMap<String, Long>();
        jdbc.query(sql.toString(), rs -> {
            counts.put(rs.getString(1), rs.getLong(2));
        });
        return counts;
    }

    private static String difference(Map<String, Long> before, Map<String, Long> after) {
        var changed = new ArrayList<String>();
        after.forEach((table, n) -> {
            if (!n.equals(before.get(table))) {
                changed.add(table + " " + before.get(table) + "→" + n);
            }
        });
        return changed.toString();
    }

    private static String abbreviate(String s) {
        if (s == null) {
            return "no body";
        }
        return s.length() > 300 ? s.substring(0, 300) + "…(" + s.length() + ")" : s;
    }
}
