package it.orienta.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import it.orienta.Api;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;

/**
 * Issue 12, proof 5: an extraction is a job in PostgreSQL, not in a node's memory. Two processes of the jar on one
 * database: a job started on node A through the API is followed on node B (its progress while A writes it) and
 * downloaded from B, byte for byte the rows A's synchronous stream gives; then a job started on A with A killed
 * ({@code kill -9}) in the middle is taken again by B once A's lease expired and finished there — not left RUNNING.
 * The jobs are slowed by the test-only pause per batch of rows so that there is a middle to see and to kill in.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExtractionAcrossNodesIT {

    static final int PERSONS = 3_000;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    static ClusterNodes cluster;
    static ClusterNodes.Node a;
    static ClusterNodes.Node b;

    @BeforeAll
    static void twoNodesOnOneDatabase() {
        cluster = ClusterNodes.database("ExtractionAcrossNodesIT")
                // a job of 3,000 rows takes about 6 s; a node that stops renewing its lease loses the job after 3 s
                .with("orienta.extraction.pause-per-batch", "200ms")
                .with("orienta.extraction.lease", "3s")
                .with("orienta.extraction.heartbeat", "500ms")
                .with("orienta.extraction.scheduling.interval", "500ms");
        a = cluster.launch("a");
        b = cluster.launch("b");
        a.awaitReady(Duration.ofSeconds(180));
        b.awaitReady(Duration.ofSeconds(180));
        cluster.seedAccounts();
        var jdbc = cluster.jdbc();
        jdbc.update("""
                insert into person (id, tax_code, tax_code_canonical, tax_code_temporary, first_name, last_name,
                       search_name, search_name_reversed, sex, birth_date, residence_municipality_code, created_at,
                       created_in_centre, version)
                select gen_random_uuid(), 'CLSTXT' || lpad(i::text, 10, '0'), 'CLSTXT' || lpad(i::text, 10, '0'), false,
                       'Nome' || i, 'Cognome' || lpad(i::text, 5, '0'), 'cognome nome', 'nome cognome', 'F',
                       date '1990-01-01', '048017', now(), 'CPI-FI', 0
                  from generate_series(1, ?) i""", PERSONS);
        jdbc.update("""
                insert into desired_occupation (id, person_id, profession_code, from_work, interview_date, sep_sector,
                       centre_code, created_at, created_by, updated_at, updated_by)
                select gen_random_uuid(), p.id, '5.2.2.3.2', true, current_date, 23, 'CPI-FI', now(), 'seed', now(),
                       'seed'
                  from person p where p.tax_code like 'CLSTXT%'""");
    }

    @AfterAll
    static void stop() {
        if (cluster != null) {
            cluster.close();
        }
    }

    static Api api(ClusterNodes.Node node) {
        return Api.as(node.port(), "operatore");
    }

    static JsonNode job(ClusterNodes.Node node, String id) {
        var response = api(node).get("/api/v1/occupation-extractions/" + id);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    static String start(ClusterNodes.Node node) {
        var started = api(node)
                .post(
                        "/api/v1/occupation-extractions",
                        Map.of("filter", Map.of("professionCode", "5.2.2"), "format", "CSV"));
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        return started.json().path("id").asString();
    }

    static String claimedBy(String id) {
        return cluster.jdbc()
                .queryForObject(
                        "select coalesce(claimed_by, '') from extraction_job where id = ?::uuid", String.class, id);
    }

    static byte[] download(ClusterNodes.Node node, String path) throws IOException, InterruptedException {
        var response = HTTP.send(
                HttpRequest.newBuilder(URI.create(node.baseUrl() + path))
                        .header(
                                "Authorization",
                                "Basic "
                                        + Base64.getEncoder()
                                                .encodeToString(("operatore:" + ClusterNodes.PASSWORD)
                                                        .getBytes(StandardCharsets.UTF_8)))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    @Test
    @Order(1)
    void aJobStartedOnAIsFollowedAndDownloadedOnB() throws Exception {
        String id = start(a);
        assertThat(claimedBy(id)).as("the node asked takes the job itself").startsWith("a/");

        // B reads the progress A writes, while A writes it
        Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> {
                    var progress = job(b, id);
                    assertThat(progress.path("state").asString()).isIn("RUNNING", "DONE");
                    return progress.path("state").asString().equals("RUNNING")
                            && progress.path("written").asLong() > 0;
                });
        assertThat(job(b, id).path("total").asLong()).isEqualTo(PERSONS);

        Awaitility.await()
                .atMost(Duration.ofSeconds(90))
                .until(() -> job(b, id).path("state").asString().equals("DONE"));
        var done = job(b, id);
        assertThat(done.path("written").asLong()).isEqualTo(PERSONS);
        byte[] fromB = download(b, "/api/v1/occupation-extractions/" + id + "/file");
        byte[] streamedByA = download(a, "/api/v1/occupation-extraction?professionCode=5.2.2&format=CSV");
        assertThat(fromB).isEqualTo(streamedByA);
        assertThat(new String(fromB, StandardCharsets.UTF_8).lines()).hasSize(PERSONS + 1);
    }

    @Test
    @Order(2)
    void aJobWhoseNodeIsKilledIsFinishedByTheOtherNode() throws Exception {
        String id = start(a);
        Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> job(b, id).path("written").asLong() > 0);
        assertThat(claimedBy(id)).startsWith("a/");
        assertThat(job(b, id).path("state").asString()).isEqualTo("RUNNING");

        a.kill();

        // never RUNNING for ever: B takes it again once A's lease expired, from scratch, and finishes it
        Awaitility.await()
                .atMost(Duration.ofSeconds(120))
                .until(() -> !job(b, id).path("state").asString().matches("QUEUED|RUNNING"));
        var after = job(b, id);
        assertThat(after.path("state").asString()).as(after.toString()).isEqualTo("DONE");
        assertThat(after.path("written").asLong()).isEqualTo(PERSONS);
        assertThat(cluster.jdbc()
                        .queryForObject("select attempts from extraction_job where id = ?::uuid", Integer.class, id))
                .as("taken by A, then by B")
                .isEqualTo(2);
        assertThat(new String(download(b, "/api/v1/occupation-extractions/" + id + "/file"), StandardCharsets.UTF_8)
                        .lines())
                .hasSize(PERSONS + 1);
    }
}
