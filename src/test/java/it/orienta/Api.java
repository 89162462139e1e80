package it.orienta;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small real-HTTP client of Orienta's REST API for full-application tests. */
public final class Api {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final HttpClient HTTP = HttpClient.newHttpClient();

    private final String base;
    private final String authorization;
    private final Map<String, String> headers = new LinkedHashMap<>();

    public Api(int port, String username, String password) {
        this.base = "http://localhost:" + port;
        this.authorization = username == null
                ? null
                : "Basic "
                        + Base64.getEncoder()
                                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** Europe/Rome, the centres' time zone: the API's wall-clock times are Rome's. */
    public static final ZoneId ROME = ZoneId.of("Europe/Rome");

    /**
     * A wall-clock time of the centres as the API wants it in a request body: the instant with its offset
     * ({@code 2026-03-10T09:00+01:00}); a date-time without offset is refused ({@code request.offset-required}).
     */
    public static String at(LocalDateTime romeTime) {
        return romeTime.atZone(ROME).toOffsetDateTime().toString();
    }

    public static Api as(int port, String username) {
        return new Api(port, username, "Orienta.2026");
    }

    public Api header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public Response get(String path) {
        return send("GET", path, null, null);
    }

    public Response post(String path, Object body) {
        return send("POST", path, json(body), "application/json");
    }

    public Response put(String path, Object body) {
        return send("PUT", path, json(body), "application/json");
    }

    public Response delete(String path) {
        return send("DELETE", path, null, null);
    }

    public Response send(String method, String path, String body, String contentType) {
        var builder = HttpRequest.newBuilder(URI.create(base + path))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) builder.header("Authorization", authorization);
        if (contentType != null) builder.header("Content-Type", contentType);
        headers.forEach(builder::header);
        try {
            var response = HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            headers.remove("If-Match");
            return new Response(
                    response.statusCode(),
                    response.body(),
                    response.headers().firstValue("ETag").orElse(null),
                    response.headers().firstValue("Content-Type").orElse(""));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String json(Object body) {
        return body instanceof String s ? s : JSON.writeValueAsString(body);
    }

    /** A response: status, body as text and as JSON, ETag, content type. */
    public record Response(int status, String body, String etag, String contentType) {
        public JsonNode json() {
            return JSON.readTree(body);
        }

        /** The problem's code, or of the error on a field. */
        public String code() {
            return json().path("code").asString();
        }

        public String fieldCode(String field) {
            for (JsonNode error : json().path("errors")) {
                if (field.equals(error.path("field").asString())) {
                    return error.path("code").asString();
                }
            }
            return null;
        }

        public String fieldMessage(String field) {
            for (JsonNode error : json().path("errors")) {
                if (field.equals(error.path("field").asString())) {
                    return error.path("message").asString();
                }
            }
            return null;
        }
    }
}
