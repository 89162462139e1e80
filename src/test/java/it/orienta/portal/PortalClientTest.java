package it.orienta.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/**
 * The clients against a stub of the contract (the JDK's HTTP server): what is sent (bearer key, Idempotency-Key,
 * PDF body), and how failures are classified (a closed port, a timeout and 5xx are retried; 4xx is a refusal with
 * the problem's detail; 404 on look-up is "not registered", on removal "nothing to remove").
 */
class PortalClientTest {

    HttpServer server;
    final AtomicReference<String> seen = new AtomicReference<>();

    @AfterEach
    void stop() {
        if (server != null) server.stop(0);
    }

    PortalClient client(String base, Duration readTimeout) {
        var properties = new PortalProperties(
                base,
                base,
                "key-1",
                "",
                Duration.ofSeconds(1),
                readTimeout,
                8,
                Duration.ofSeconds(30),
                Duration.ofHours(1),
                Duration.ofMinutes(2),
                50,
                4,
                new PortalProperties.Scheduling(false, Duration.ofSeconds(2)));
        return new PortalClient(properties, new MockEnvironment());
    }

    String stub(int status, String contentType, String body, long delayMillis) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            byte[] in = exchange.getRequestBody().readAllBytes();
            seen.set(exchange.getRequestMethod() + " " + exchange.getRequestURI() + " auth="
                    + exchange.getRequestHeaders().getFirst("Authorization") + " key="
                    + exchange.getRequestHeaders().getFirst("Idempotency-Key") + " type="
                    + exchange.getRequestHeaders().getFirst("Content-Type") + " bytes=" + in.length);
            try {
                Thread.sleep(delayMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            byte[] out = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", contentType);
            exchange.sendResponseHeaders(status, out.length == 0 ? -1 : out.length);
            if (out.length > 0) exchange.getResponseBody().write(out);
            exchange.close();
        });
        server.start();
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    @Test
    void uploadsThePdfWithTheKeyAndReadsTheReceipt() throws IOException {
        String base = stub(202, "application/json", "{\"idempotencyKey\":\"cv-1\",\"status\":\"RECEIVED\"}", 0);
        var receipt = client(base, Duration.ofSeconds(2))
                .uploadCv("RSSMRA80A01D612X", "cv-1", "cv.pdf", new byte[] {'%', 'P', 'D', 'F', '-'});
        assertThat(receipt.status()).isEqualTo("RECEIVED");
        assertThat(seen.get())
                .isEqualTo("POST /v1/persons/RSSMRA80A01D612X/cvs auth=Bearer key-1 key=cv-1 type=application/pdf"
                        + " bytes=5");
    }

    @Test
    void anUnknownPersonIsEmptyAndAKnownOneIsRead() throws IOException {
        String base = stub(404, "application/problem+json", "{\"status\":404}", 0);
        assertThat(client(base, Duration.ofSeconds(2)).lookUp("RSSMRA80A01D612X"))
                .isEmpty();
        stop();
        base = stub(200, "application/json", "{\"taxCode\":\"RSSMRA80A01D612X\",\"status\":\"CONFIRMED\"}", 0);
        assertThat(client(base, Duration.ofSeconds(2)).lookUp("RSSMRA80A01D612X"))
                .get()
                .extracting(PortalClient.Registration::status)
                .isEqualTo("CONFIRMED");
    }

    @Test
    void aRefusalCarriesThePortalsReason() throws IOException {
        String base = stub(422, "application/problem+json", "{\"status\":422,\"detail\":\"Profilo sospeso\"}", 0);
        assertThatThrownBy(() -> client(base, Duration.ofSeconds(2)).uploadCv("X", "k", "cv.pdf", new byte[1]))
                .isInstanceOf(PortalClient.Refused.class)
                .hasMessage("HTTP 422: Profilo sospeso");
    }

    @Test
    void serverErrorsTimeoutsAndClosedPortsAreUnavailable() throws IOException {
        String base = stub(503, "text/plain", "", 0);
        assertThatThrownBy(() -> client(base, Duration.ofSeconds(2)).lookUp("X"))
                .isInstanceOf(PortalClient.Unavailable.class)
                .hasMessage("HTTP 503");
        stop();
        String slow = stub(200, "application/json", "{}", 1500);
        assertThatThrownBy(() -> client(slow, Duration.ofMillis(200)).lookUp("X"))
                .isInstanceOf(PortalClient.Unavailable.class)
                .hasMessageContaining("unreachable");
        stop();
        server = null;
        int closed;
        try (var socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        assertThatThrownBy(() -> client("http://127.0.0.1:" + closed + "/v1", Duration.ofSeconds(1))
                        .removeCv("k", "remove:k"))
                .isInstanceOf(PortalClient.Unavailable.class)
                .hasMessageContaining("unreachable");
    }

    @Test
    void aRemovalOfACvTheSearchSystemNeverHadIsDone() throws IOException {
        String base = stub(404, "application/problem+json", "{\"status\":404}", 0);
        client(base, Duration.ofSeconds(2)).removeCv("cv-1", "remove:cv-1");
        assertThat(seen.get()).startsWith("DELETE /v1/cvs/cv-1 auth=Bearer key-1 key=remove:cv-1");
    }
}
