package it.orienta.cluster;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A node told to stop (SIGTERM) drains and leaves within 30 s (issue 12, ADR 0024): its readiness answers 503 from
 * the start of the graceful shutdown (503, or refused once the connector stops accepting) while a request in flight
 * completes, and it leaves even when its database
 * disappeared first (the close step that waited 30 s for a connection now gives up after 5 s).
 */
class ShutdownIT {

    private static final Duration LIMIT = Duration.ofSeconds(30);
    private static final String REFUSING = "ReadinessState changed from ACCEPTING_TRAFFIC to REFUSING_TRAFFIC";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    /**
     * Two nodes on one database, started together: node A drains a slow request through its graceful shutdown;
     * then the database stops under node B, which is told to stop.
     */
    @Test
    void aStoppingNodeAnswersNotReadyWhileItsRequestCompletesAndLeavesWithin30sEvenWithTheDatabaseGone()
            throws Exception {
        try (var cluster = ClusterNodes.database("ShutdownIT")) {
            // the availability bean logs its state changes at debug: the proof that readiness went down, whatever
            // the probe's connection sees
            var a = cluster.launch(
                    "node-a",
                    "orienta.portalsim.enabled=true",
                    "logging.level.org.springframework.boot.availability=debug");
            var b = cluster.launch("node-b");
            a.awaitReady(Duration.ofSeconds(180));
            b.awaitReady(Duration.ofSeconds(180));
            cluster.seedAccounts();

            // (b) graceful shutdown with a request in flight
            slowSimulator(a, 6_000);
            // the balancer's probe keeps its connection open, as balancers do
            var probe = HttpClient.newHttpClient();
            assertThat(readiness(probe, a)).isEqualTo(200);
            var slow = HttpClient.newHttpClient()
                    .sendAsync(
                            HttpRequest.newBuilder(URI.create(a.baseUrl() + "/sim/portal/v1/persons/RSSMRA80A01H501U"))
                                    .header("Authorization", "Bearer orienta-portal-simulator")
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            awaitInFlight(a);
            var start = Instant.now();
            a.terminate();
            var seen = new ArrayList<String>();
            boolean drainedWhileInFlight = false;
            while (!slow.isDone() && Duration.between(start, Instant.now()).compareTo(LIMIT) < 0) {
                // 503, or refused once the connector stopped accepting: either way a balancer takes the node out
                int status = readiness(probe, a);
                seen.add(Integer.toString(status));
                if (status != 200 && a.logged(REFUSING) && !slow.isDone()) {
                    drainedWhileInFlight = true;
                    break;
                }
                Thread.sleep(100);
            }
            assertThat(drainedWhileInFlight)
                    .as(
                            "readiness REFUSING_TRAFFIC and the probe not answered 200 while the request is in flight;"
                                    + " answers seen (-1 = refused): %s",
                            seen)
                    .isTrue();
            var answer = slow.get(LIMIT.toSeconds(), TimeUnit.SECONDS);
            assertThat(answer.statusCode()).as("the slow request's own answer").isEqualTo(404);
            assertThat(a.awaitExit(LIMIT.minus(Duration.between(start, Instant.now()))))
                    .as("node A exited within 30 s of SIGTERM")
                    .isTrue();

            // (a) the database disappears, then SIGTERM
            cluster.stopDatabase();
            var took = b.stop(Duration.ofSeconds(60));
            assertThat(took).as("SIGTERM to exit, database gone").isLessThan(LIMIT);
        }
    }

    /** The simulator's failure mode (per node, in memory), set by an administrator on its page. */
    private static void slowSimulator(ClusterNodes.Node node, long millis) throws Exception {
        var http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        var login = http.send(get(node, "/login"), HttpResponse.BodyHandlers.ofString());
        http.send(
                post(
                        node,
                        "/login",
                        Map.of(
                                "username",
                                "amministratore",
                                "password",
                                ClusterNodes.PASSWORD,
                                "_csrf",
                                csrf(login.body()))),
                HttpResponse.BodyHandlers.discarding());
        var page = http.send(get(node, "/admin/portal-simulator"), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        var saved = http.send(
                post(
                        node,
                        "/admin/portal-simulator/failure",
                        Map.of("mode", "SLOW", "slowMillis", Long.toString(millis), "_csrf", csrf(page.body()))),
                HttpResponse.BodyHandlers.ofString());
        assertThat(saved.statusCode()).isEqualTo(200);
    }

    /** Waits until the node's thread dump shows the simulator's request waiting (the request is in flight). */
    private static void awaitInFlight(ClusterNodes.Node node) {
        var deadline = Instant.now().plusSeconds(10);
        while (Instant.now().isBefore(deadline)) {
            if (node.threads().contains("SimulatorApiController.refuse")) {
                return;
            }
        }
        throw new AssertionError("the slow request never reached the simulator");
    }

    private static int readiness(HttpClient probe, ClusterNodes.Node node) {
        try {
            return probe.send(
                            HttpRequest.newBuilder(URI.create(node.baseUrl() + "/actuator/health/readiness"))
                                    .timeout(Duration.ofSeconds(2))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException e) {
            return -1; // refused or reset: not listening
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String csrf(String html) {
        var m = CSRF.matcher(html);
        assertThat(m.find()).as("a CSRF token on the page").isTrue();
        return m.group(1);
    }

    private static HttpRequest get(ClusterNodes.Node node, String path) {
        return HttpRequest.newBuilder(URI.create(node.baseUrl() + path)).build();
    }

    private static HttpRequest post(ClusterNodes.Node node, String path, Map<String, String> form) {
        var body = new LinkedHashMap<>(form)
                .entrySet().stream()
                        .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                        .collect(Collectors.joining("&"));
        return HttpRequest.newBuilder(URI.create(node.baseUrl() + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }
}
