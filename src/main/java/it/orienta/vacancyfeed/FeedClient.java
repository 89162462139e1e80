package it.orienta.vacancyfeed;

import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The HTTP client of the regional vacancy system (docs/vacancy-api.yaml): one page at a time, with connect and read
 * timeouts and the bearer key; a 429, a 5xx or no answer is retried with backoff (honouring {@code Retry-After}) up
 * to {@code maxAttempts}, then {@link Unavailable}; any other 4xx is {@link Refused} at once. With no base URL it
 * talks to the simulator on this application's own port (the embedded default).
 */
@Component
class FeedClient {

    private static final Logger log = LoggerFactory.getLogger(FeedClient.class);
    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    /** The two collections of the contract. */
    enum Feed {
        EMPLOYERS("/employers"),
        VACANCIES("/vacancies");

        final String path;

        Feed(String path) {
            this.path = path;
        }
    }

    /** A page: its items as the contract's JSON, and where the next one starts (null at the end). */
    record Page(List<JsonNode> items, String nextCursor) {}

    private final FeedProperties properties;
    private final Environment environment;
    private final RestClient http;
    private volatile Integer localPort;

    FeedClient(FeedProperties properties, Environment environment) {
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

    String base() {
        String configured = properties.baseUrl();
        if (configured != null && !configured.isBlank()) {
            return configured.endsWith("/") ? configured.substring(0, configured.length() - 1) : configured;
        }
        if (localPort == null) {
            throw new Unavailable("no vacancy system configured (orienta.vacancyfeed.base-url) and no local simulator");
        }
        return "http://localhost:" + localPort + environment.getProperty("server.servlet.context-path", "")
                + "/sim/vacancies/v1";
    }

    /** A page of the feed: from {@code cursor} when given, else from {@code changedSince} (inclusive; null: all). */
    Page page(Feed feed, Instant changedSince, String cursor) {
        var uri = UriComponentsBuilder.fromUriString(base() + feed.path).queryParam("limit", properties.pageSize());
        if (cursor != null) {
            uri.queryParam("cursor", cursor);
        } else if (changedSince != null) {
            uri.queryParam("changedSince", changedSince.toString());
        }
        String url = uri.encode().build().toUriString();
        Unavailable last = null;
        for (int attempt = 1; attempt <= Math.max(1, properties.maxAttempts()); attempt++) {
            try {
                return fetch(url);
            } catch (Unavailable e) {
                last = e;
                if (attempt == properties.maxAttempts()) {
                    break;
                }
                Duration wait = e.retryAfter != null ? e.retryAfter : backoff(attempt);
                if (wait.compareTo(properties.maxBackoff()) > 0) {
                    wait = properties.maxBackoff();
                }
                log.info("Vacancy feed: {} (attempt {}), retrying in {} ms", e.getMessage(), attempt, wait.toMillis());
                try {
                    Thread.sleep(wait);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw new Unavailable("interrupted while waiting to retry", null);
                }
            }
        }
        throw last;
    }

    Duration backoff(int attempt) {
        long millis = properties.backoff().toMillis() << Math.min(attempt - 1, 20);
        return Duration.ofMillis(Math.min(millis, properties.maxBackoff().toMillis()));
    }

    private Page fetch(String url) {
        try {
            return http.get()
                    .uri(java.net.URI.create(url))
                    .headers(h -> h.setBearerAuth(properties.effectiveApiKey()))
                    .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
                    .exchange((request, response) -> {
                        int status = response.getStatusCode().value();
                        if (status == 429 || status == 408 || status >= 500) {
                            throw new Unavailable(
                                    "HTTP " + status + detail(response.getBody()),
                                    retryAfter(response.getHeaders().getFirst("Retry-After")));
                        }
                        if (status >= 400) {
                            throw new Refused("HTTP " + status + detail(response.getBody()));
                        }
                        JsonNode body = JSON.readTree(response.getBody());
                        var items = new ArrayList<JsonNode>();
                        body.path("items").forEach(items::add);
                        JsonNode next = body.get("nextCursor");
                        return new Page(items, next == null || next.isNull() ? null : next.asString());
                    });
        } catch (Unavailable | Refused e) {
            throw e;
        } catch (ResourceAccessException e) {
            throw new Unavailable("unreachable: " + root(e), null);
        } catch (RestClientException e) {
            if (e.getCause() instanceof Unavailable u) throw u;
            if (e.getCause() instanceof Refused r) throw r;
            throw new Unavailable("unreadable answer: " + root(e), null);
        }
    }

    private static String detail(java.io.InputStream body) {
        try {
            var problem = JSON.readTree(body);
            return problem.hasNonNull("detail") ? ": " + problem.path("detail").asString() : "";
        } catch (RuntimeException e) {
            return "";
        }
    }

    static Duration retryAfter(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(header.strip())));
        } catch (NumberFormatException e) {
            return null; // an HTTP date: the backoff will do
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

    static FeedEmployer employer(JsonNode n) {
        return new FeedEmployer(
                text(n, "id"),
                n.path("version").asInt(),
                Instant.parse(text(n, "changedAt")),
                text(n, "taxCode"),
                text(n, "vatNumber"),
                text(n, "name"),
                text(n, "legalForm"),
                text(n, "atecoCode"),
                text(n, "municipalityCode"),
                text(n, "address"),
                text(n, "postalCode"),
                text(n, "email"),
                text(n, "pec"),
                text(n, "phone"),
                text(n, "contactPerson"),
                text(n, "sizeBand"));
    }

    static FeedVacancy vacancy(JsonNode n) {
        JsonNode r = n.path("requirements");
        var licences = new ArrayList<String>();
        r.path("drivingLicences").forEach(l -> licences.add(l.asString()));
        var languages = new ArrayList<FeedVacancy.Language>();
        r.path("languages").forEach(l -> languages.add(new FeedVacancy.Language(text(l, "code"), text(l, "level"))));
        return new FeedVacancy(
                text(n, "id"),
                n.path("version").asInt(),
                Instant.parse(text(n, "changedAt")),
                text(n, "employerId"),
                text(n, "professionCode"),
                text(n, "title"),
                text(n, "description"),
                n.path("posts").asInt(),
                text(n, "municipalityCode"),
                text(n, "contractType"),
                integer(n, "contractMonths"),
                text(n, "workingTime"),
                integer(n, "weeklyHours"),
                date(n, "startDate"),
                date(n, "publishedOn"),
                date(n, "expiresOn"),
                integer(r, "educationLevel"),
                text(r, "educationField"),
                List.copyOf(licences),
                List.copyOf(languages),
                integer(r, "experienceYears"),
                n.path("reservedL68").asBoolean(),
                text(n, "status"));
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asString();
    }

    private static Integer integer(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asInt();
    }

    private static java.time.LocalDate date(JsonNode n, String field) {
        String s = text(n, field);
        return s == null ? null : java.time.LocalDate.parse(s);
    }

    /** The system could not be reached, or answered 429 / 5xx, on every attempt. */
    static class Unavailable extends RuntimeException {
        final transient Duration retryAfter;

        Unavailable(String reason, Duration retryAfter) {
            super(reason);
            this.retryAfter = retryAfter;
        }

        Unavailable(String reason) {
            this(reason, null);
        }
    }

    /** The system refused the request (a 4xx other than 408 and 429): retrying will not help. */
    static class Refused extends RuntimeException {
        Refused(String reason) {
            super(reason);
        }
    }
}
