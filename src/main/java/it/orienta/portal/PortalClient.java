package it.orienta.portal;

import java.net.http.HttpClient;
import java.util.Optional;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The HTTP clients of the regional portal (docs/portal-api.yaml) and of the CV search system
 * (docs/cv-search-api.yaml), with connect and read timeouts. Every failure is classified: unreachable, timed out
 * or 5xx is {@link Unavailable} (retried with backoff); any other 4xx is {@link Refused} with the portal's reason
 * (the problem's {@code detail}). With no base URL configured they talk to the simulator on this application's
 * own port (the embedded default).
 */
@Component
class PortalClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final PortalProperties properties;
    private final Environment environment;
    private final RestClient http;
    private volatile Integer localPort;

    PortalClient(PortalProperties properties, Environment environment) {
        this.properties = properties;
        this.environment = environment;
        var factory = new JdkClientHttpRequestFactory(HttpClient.newBuilder()
                .connectTimeout(properties.connectTimeout())
                .build());
        factory.setReadTimeout(properties.readTimeout());
        this.http = RestClient.builder().requestFactory(factory).build();
    }

    @EventListener
    void onWebServer(WebServerInitializedEvent event) {
        if (event.getApplicationContext().getServerNamespace() == null) {
            localPort = event.getWebServer().getPort();
        }
    }

    String portalBase() {
        return base(properties.baseUrl(), "/sim/portal/v1");
    }

    String cvSearchBase() {
        return base(properties.cvSearchBaseUrl(), "/sim/cv-search/v1");
    }

    private String base(String configured, String simulatorPath) {
        if (configured != null && !configured.isBlank()) {
            return configured.endsWith("/") ? configured.substring(0, configured.length() - 1) : configured;
        }
        if (localPort == null) {
            throw new Unavailable("no portal configured (orienta.portal.base-url) and no local simulator");
        }
        return "http://localhost:" + localPort + environment.getProperty("server.servlet.context-path", "")
                + simulatorPath;
    }

    /** The person's registration on the portal, or empty when the portal does not know them. */
    Optional<Registration> lookUp(String taxCode) {
        return call(() -> {
            var answer = http.get()
                    .uri(portalBase() + "/persons/{taxCode}", taxCode)
                    .headers(h -> h.setBearerAuth(properties.effectiveApiKey()))
                    .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
                    .exchange((request, response) -> {
                        if (response.getStatusCode().value() == 404) {
                            return Optional.<Registration>empty();
                        }
                        failOnError(response);
                        return Optional.of(JSON.readValue(response.getBody(), Registration.class));
                    });
            return answer;
        });
    }

    /** Pre-registers the person; the portal sends them a confirmation message on {@code channel}. */
    Registration preRegister(PreRegistration person) {
        return call(() -> http.post()
                .uri(portalBase() + "/persons")
                .headers(h -> h.setBearerAuth(properties.effectiveApiKey()))
                .contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
                .body(person)
                .exchange((request, response) -> {
                    if (response.getStatusCode().value() != 409) {
                        failOnError(response);
                    }
                    return JSON.readValue(response.getBody(), Registration.class);
                }));
    }

    /** Uploads a CV once per {@code idempotencyKey}; answers the portal's receipt. */
    Receipt uploadCv(String taxCode, String idempotencyKey, String fileName, byte[] pdf) {
        return call(() -> http.post()
                .uri(portalBase() + "/persons/{taxCode}/cvs", taxCode)
                .headers(h -> {
                    h.setBearerAuth(properties.effectiveApiKey());
                    h.set("Idempotency-Key", idempotencyKey);
                    if (fileName != null) {
                        h.set("X-File-Name", fileName.replaceAll("[^\\x20-\\x7E]", "_"));
                    }
                })
                .contentType(MediaType.APPLICATION_PDF)
                .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
                .body(pdf)
                .exchange((request, response) -> {
                    failOnError(response);
                    return JSON.readValue(response.getBody(), Receipt.class);
                }));
    }

    /** Removes the CV uploaded with {@code uploadKey} from the CV search system; a CV it never had counts as removed. */
    void removeCv(String uploadKey, String idempotencyKey) {
        call(() -> http.delete()
                .uri(cvSearchBase() + "/cvs/{key}", uploadKey)
                .headers(h -> {
                    h.setBearerAuth(properties.effectiveApiKey());
                    h.set("Idempotency-Key", idempotencyKey);
                })
                .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
                .exchange((request, response) -> {
                    if (response.getStatusCode().value() != 404) {
                        failOnError(response);
                    }
                    return Boolean.TRUE;
                }));
    }

    private static void failOnError(ClientHttpResponse response) throws java.io.IOException {
        HttpStatusCode status = response.getStatusCode();
        if (!status.isError()) {
            return;
        }
        String detail = null;
        try {
            var body = JSON.readTree(response.getBody());
            if (body.hasNonNull("detail")) {
                detail = body.path("detail").asString();
            } else if (body.hasNonNull("title")) {
                detail = body.path("title").asString();
            }
        } catch (RuntimeException | java.io.IOException ignored) {
            // a body that is not a problem: the status says enough
        }
        String reason = "HTTP " + status.value() + (detail == null || detail.isBlank() ? "" : ": " + detail);
        if (status.is5xxServerError() || status.value() == 408 || status.value() == 429) {
            throw new Unavailable(reason);
        }
        throw new Refused(reason);
    }

    private static <T> T call(java.util.function.Supplier<T> call) {
        try {
            return call.get();
        } catch (Unavailable | Refused e) {
            throw e;
        } catch (ResourceAccessException e) {
            throw new Unavailable("unreachable: " + root(e));
        } catch (RestClientException e) {
            if (e.getCause() instanceof Unavailable u) throw u;
            if (e.getCause() instanceof Refused r) throw r;
            throw new Unavailable("unreadable answer: " + root(e));
        }
    }

    static String root(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String message = t.getMessage();
        return t.getClass().getSimpleName() + (message == null ? "" : " " + message);
    }

    /** The portal could not be reached or failed on its side: retry later. */
    static class Unavailable extends RuntimeException {
        Unavailable(String reason) {
            super(reason);
        }
    }

    /** The portal refused the request for good, with its reason. */
    static class Refused extends RuntimeException {
        Refused(String reason) {
            super(reason);
        }
    }

    /** The portal's registration of a person: PENDING_CONFIRMATION or CONFIRMED. */
    record Registration(String taxCode, String status, String channel) {}

    record PreRegistration(
            String taxCode, String firstName, String lastName, String email, String mobilePhone, String channel) {}

    /** The portal's receipt of a CV. */
    record Receipt(String idempotencyKey, String status) {}
}
