package it.orienta.web;

import static org.assertj.core.api.Assertions.assertThat;

import it.orienta.OrientaAppTest;
import it.orienta.organisation.OrganisationService;
import it.orienta.organisation.Role;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every refusal over real HTTP: problem details (Italian unless Accept-Language asks for English) on the API,
 * whether the application, its filters or Tomcat refused; the styled error page on page routes, whatever they
 * accept; never Tomcat's own page, a stack trace or SQL; the security headers.
 */
@OrientaAppTest
class ErrorAnswersIT {

    static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    OrganisationService organisation;

    record Answer(int status, java.net.http.HttpHeaders headers, String body) {
        String contentType() {
            return headers.firstValue("Content-Type").orElse("");
        }

        JsonNode json() {
            return JSON.readTree(body);
        }

        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    Answer send(HttpRequest.Builder builder) {
        return send(HTTP, builder);
    }

    static Answer send(HttpClient client, HttpRequest.Builder builder) {
        try {
            var response = client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    HttpRequest.Builder as(String user, String path) {
        return request(path).header("Authorization", basic(user, "Orienta.2026"));
    }

    /** A problem detail, in Italian, with its code, and nothing of the server's insides. */
    static void assertProblem(Answer answer, int status, String code) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        var problem = answer.json();
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("code").asString()).isEqualTo(code);
        assertThat(problem.path("type").asString()).isEqualTo(ProblemWriter.TYPE_BASE + code);
        assertThat(problem.path("detail").asString()).isNotBlank();
        assertNothingInside(answer.body());
    }

    static void assertNothingInside(String body) {
        assertThat(body)
                .doesNotContain("Exception", "\tat ", "Apache Tomcat", "SQL", "org.springframework", "jakarta.");
    }

    static void assertItalian(Answer answer, String fragment) {
        assertThat(answer.json().path("detail").asString()).contains(fragment);
        assertThat(answer.header("Content-Language")).isIn(null, "it", "it-IT");
    }

    @Test
    void pagesCarryTheStrictSecurityHeaders() {
        var login = send(request("/login"));
        assertThat(login.status()).isEqualTo(200);
        assertThat(login.header("Content-Security-Policy")).isEqualTo(SecurityConfiguration.CONTENT_SECURITY_POLICY);
        assertThat(login.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(login.header("Referrer-Policy")).isEqualTo("same-origin");
    }

    @Test
    void unauthenticatedApiRequestsGet401WithTheSchemeToUse() {
        var answer = send(request("/api/v1/persons/" + UUID.randomUUID()));
        assertProblem(answer, 401, "auth.required");
        assertThat(answer.header("WWW-Authenticate")).startsWith("Basic realm=\"Orienta\"");
        assertItalian(answer, "Serve l’autenticazione");

        var wrong = send(request("/api/v1/persons").header("Authorization", basic("operatore", "sbagliata")));
        assertProblem(wrong, 401, "auth.required");
        assertThat(wrong.header("WWW-Authenticate")).startsWith("Basic realm=\"Orienta\"");

        var english = send(request("/api/v1/persons").header("Accept-Language", "en-GB,en;q=0.9"));
        assertProblem(english, 401, "auth.required");
        assertThat(english.json().path("detail").asString()).contains("Authentication");
        assertThat(english.json().path("title").asString()).isEqualTo("Authentication required");
    }

    @Test
    void aLockedAccountGets429() {
        String username = "bloccato-" + UUID.randomUUID().toString().substring(0, 8);
        organisation.createOperator(
                new OrganisationService.OperatorCommand(
                        username,
                        "Utente Bloccato",
                        username + "@orienta.test",
                        EnumSet.of(Role.OPERATOR),
                        Set.of("CPI-FI"),
                        true),
                "Orienta.2026");
        for (int i = 0; i < 5; i++) {
            send(request("/api/v1/persons").header("Authorization", basic(username, "sbagliata-" + i)));
        }
        var locked = send(as(username, "/api/v1/persons?q=rossi"));
        assertProblem(locked, 429, "auth.locked");
        assertItalian(locked, "bloccato");
        var english = send(as(username, "/api/v1/persons?q=rossi").header("Accept-Language", "en"));
        assertProblem(english, 429, "auth.locked");
        assertThat(english.json().path("detail").asString()).contains("locked");
    }

    @Test
    void forbiddenNotFoundMethodAndMediaTypeAreProblemsInItalianOrEnglish() {
        var forbidden = send(as("operatore", "/api/v1/audit"));
        assertProblem(forbidden, 403, "auth.forbidden");
        assertItalian(forbidden, "Il tuo ruolo");
        var forbiddenEn = send(as("operatore", "/api/v1/audit").header("Accept-Language", "en"));
        assertThat(forbiddenEn.json().path("detail").asString()).contains("Your role");

        var missing = send(as("operatore", "/api/v1/no-such-thing"));
        assertProblem(missing, 404, "request.no-such-path");
        assertItalian(missing, "Indirizzo inesistente");
        var missingEn = send(as("operatore", "/api/v1/no-such-thing").header("Accept-Language", "en"));
        assertProblem(missingEn, 404, "request.no-such-path");
        assertThat(missingEn.json().path("detail").asString()).doesNotContain("Indirizzo");
        // a browser asking for a page gets the problem all the same on the API
        var missingForBrowser = send(as("operatore", "/api/v1/no-such-thing").header("Accept", BROWSER));
        assertProblem(missingForBrowser, 404, "request.no-such-path");

        var method = send(as("operatore", "/api/v1/persons").DELETE());
        assertProblem(method, 405, "request.method-not-allowed");
        assertItalian(method, "Metodo HTTP non consentito");
        assertThat(method.header("Allow")).isNotBlank();
        var methodEn = send(as("operatore", "/api/v1/persons").DELETE().header("Accept-Language", "en"));
        assertThat(methodEn.json().path("detail").asString()).contains("method not allowed");

        var media = send(as("operatore", "/api/v1/persons")
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("Mario Rossi")));
        assertProblem(media, 415, "request.unsupported-media-type");
        assertItalian(media, "Tipo di contenuto non supportato");
        var mediaEn = send(as("operatore", "/api/v1/persons")
                .header("Content-Type", "text/plain")
                .header("Accept-Language", "en")
                .POST(HttpRequest.BodyPublishers.ofString("Mario Rossi")));
        assertThat(mediaEn.json().path("detail").asString()).contains("Unsupported content type");

        var badId = send(as("operatore", "/api/v1/persons/not-a-uuid"));
        assertProblem(badId, 400, "request.invalid-parameter");
        assertItalian(badId, "Il parametro id non è valido");
    }

    @Test
    void tooLargeBodiesAndTooLongAddressesAreRefused() {
        var large = send(as("operatore", "/api/v1/persons")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"firstName\":\"" + "a".repeat(300_000) + "\"}")));
        assertProblem(large, 413, "request.too-large");
        assertItalian(large, "dimensione massima");

        String query = "?q=" + "a".repeat(10_000);
        var longUri = send(as("operatore", "/api/v1/persons" + query));
        assertProblem(longUri, 414, "request.uri-too-long");
        assertItalian(longUri, "4.096");
        var longUriEn = send(as("operatore", "/api/v1/persons" + query).header("Accept-Language", "en"));
        assertThat(longUriEn.json().path("detail").asString()).contains("longer than allowed");
        // unauthenticated too: refused before anything else
        assertProblem(send(request("/api/v1/persons" + query)), 414, "request.uri-too-long");

        var longPage = send(request("/persons" + query).header("Accept", BROWSER));
        assertThat(longPage.status()).isEqualTo(414);
        assertThat(longPage.contentType()).startsWith("text/html");
        assertThat(longPage.body()).contains("L’indirizzo è troppo lungo");
        assertNothingInside(longPage.body());

        // beyond what Tomcat reads at all (32 KB of request line): Tomcat's refusal, in the application's words
        var huge = raw("GET /api/v1/persons?q=" + "a".repeat(40_000) + " HTTP/1.1", "Accept: */*");
        assertThat(huge.status()).isEqualTo(400);
        assertThat(huge.body()).doesNotContain("Apache Tomcat", "HTTP Status");
    }

    @Test
    void whatTomcatRefusesIsAProblemOnTheApiAndThePageElsewhere() {
        for (String target : new String[] {
            "/api/v1/persons/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
            "/api/v1/persons/%zz",
            "/api/v1/%2e%2e/persons",
            "/api/v1/persons/..%2f..%2f"
        }) {
            var api = raw("GET " + target + " HTTP/1.1", "Accept: application/json");
            assertThat(api.status()).as(target).isEqualTo(400);
            assertThat(api.contentType()).as(target).startsWith("application/problem+json");
            var problem = JSON.readTree(api.body());
            assertThat(problem.path("status").asInt()).isEqualTo(400);
            assertThat(problem.path("code").asString()).isEqualTo("request.malformed");
            assertThat(problem.path("detail").asString()).contains("La richiesta non è valida");
            assertNothingInside(api.body());

            var english = raw("GET " + target + " HTTP/1.1", "Accept-Language: en");
            assertThat(JSON.readTree(english.body()).path("detail").asString()).contains("not valid");
        }
        // refused by the firewall (an encoded "%"), with a NUL in the query that the error page must not trip on
        var both = raw("POST /api/v1/agreements/%252e%252e%252f/items?unknown=a%00b HTTP/1.1", "Accept: */*");
        assertThat(both.status()).isEqualTo(400);
        assertThat(both.contentType()).startsWith("application/problem+json");
        assertNothingInside(both.body());
        for (String target : new String[] {"/persons/%2e%2e%2fadmin", "/persons/%zz", "/%2e%2e/%2e%2e/etc/passwd"}) {
            var page = raw("GET " + target + " HTTP/1.1", "Accept: " + BROWSER);
            assertThat(page.status()).as(target).isEqualTo(400);
            assertThat(page.contentType()).as(target).startsWith("text/html");
            assertThat(page.body()).contains("<html lang=\"it\"", "Richiesta non valida", "Torna alla home");
            assertNothingInside(page.body());
            assertThat(page.headers().get("x-content-type-options")).isEqualTo("nosniff");
            var json = raw("GET " + target + " HTTP/1.1", "Accept: application/json");
            assertThat(json.contentType()).as(target).startsWith("text/html");
        }
    }

    @Test
    void pageRoutesAnswerTheErrorPageWhateverTheyAccept() {
        var client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        login(client, "operatore");
        for (String accept : new String[] {BROWSER, "application/json", "*/*"}) {
            var badId = send(client, request("/persons/not-a-uuid/edit").header("Accept", accept));
            assertThat(badId.status()).as(accept).isEqualTo(400);
            assertThat(badId.contentType()).as(accept).startsWith("text/html");
            assertThat(badId.body()).contains("La richiesta non è valida");
            assertNothingInside(badId.body());

            var missing = send(client, request("/no-such-page").header("Accept", accept));
            assertThat(missing.status()).as(accept).isEqualTo(404);
            assertThat(missing.contentType()).startsWith("text/html");
            assertThat(missing.body()).contains("La pagina o la scheda che cerchi non esiste");

            var method = send(
                    client,
                    request("/persons/new")
                            .header("Accept", accept)
                            .method("PATCH", HttpRequest.BodyPublishers.noBody()));
            assertThat(method.contentType()).as(accept).startsWith("text/html");
            assertNothingInside(method.body());
        }
        var forbidden = send(client, request("/admin/operators").header("Accept", BROWSER));
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.contentType()).startsWith("text/html");
        assertThat(forbidden.body()).contains("Il tuo ruolo non consente di aprire questa pagina");

        var english = send(client, request("/no-such-page?lang=en").header("Accept", BROWSER));
        assertThat(english.status()).isEqualTo(404);
        assertThat(english.body()).contains("does not exist");
    }

    @Test
    void securityHeadersOnPagesApiAndErrors() {
        var page = send(request("/login").header("Accept", BROWSER));
        assertThat(page.status()).isEqualTo(200);
        assertSecurityHeaders(page);
        assertThat(page.header("Content-Security-Policy"))
                .contains("default-src 'self'", "script-src 'self'", "frame-ancestors 'none'");

        var api = send(as("operatore", "/api/v1/persons?q=rossi"));
        assertThat(api.status()).isEqualTo(200);
        assertSecurityHeaders(api);
        assertThat(api.header("Content-Security-Policy")).contains("default-src 'none'", "frame-ancestors 'none'");

        assertSecurityHeaders(send(request("/api/v1/persons")));
        assertSecurityHeaders(send(as("operatore", "/api/v1/persons" + "?q=" + "a".repeat(5000))));
    }

    static void assertSecurityHeaders(Answer answer) {
        assertThat(answer.header("X-Content-Type-Options")).as(answer.body()).isEqualTo("nosniff");
        assertThat(answer.header("Referrer-Policy")).isEqualTo("same-origin");
        assertThat(answer.header("Permissions-Policy")).contains("camera=()", "microphone=()", "geolocation=()");
        assertThat(answer.header("Content-Security-Policy")).contains("frame-ancestors 'none'");
    }

    void login(HttpClient client, String user) {
        var form = send(client, request("/login"));
        var csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(form.body());
        assertThat(csrf.find()).as(form.body()).isTrue();
        var done = send(
                client,
                request("/login")
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "username=" + user + "&password=Orienta.2026&_csrf=" + csrf.group(1))));
        assertThat(done.status()).isEqualTo(302);
        assertThat(done.header("Location")).doesNotContain("error");
        // the centre of the day, if asked for, is the operator's only one
        send(client, request("/"));
    }

    /** A raw HTTP/1.1 exchange, so that no client normalises or refuses the request target first. */
    record Raw(int status, java.util.Map<String, String> headers, String body) {
        String contentType() {
            return headers.getOrDefault("content-type", "");
        }
    }

    Raw raw(String requestLine, String... headers) {
        try (var socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            var request = new StringBuilder(requestLine)
                    .append("\r\nHost: localhost:")
                    .append(port)
                    .append("\r\n");
            for (String header : headers) {
                request.append(header).append("\r\n");
            }
            request.append("Connection: close\r\n\r\n");
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            // bytes as ISO-8859-1 characters, so that chunk sizes (in bytes) count right; the body is UTF-8
            String response = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            int end = response.indexOf("\r\n\r\n");
            String head = end < 0 ? response : response.substring(0, end);
            String body = end < 0 ? "" : response.substring(end + 4);
            var lines = head.split("\r\n");
            int status = Integer.parseInt(lines[0].split(" ")[1]);
            var map = new java.util.HashMap<String, String>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                if (colon > 0) {
                    map.put(
                            lines[i].substring(0, colon).trim().toLowerCase(java.util.Locale.ROOT),
                            lines[i].substring(colon + 1).trim());
                }
            }
            if ("chunked".equalsIgnoreCase(map.get("transfer-encoding"))) {
                body = unchunk(body);
            }
            return new Raw(status, map, new String(body.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static String unchunk(String body) {
        var out = new StringBuilder();
        int at = 0;
        while (at < body.length()) {
            int line = body.indexOf("\r\n", at);
            if (line < 0) {
                break;
            }
            int size = Integer.parseInt(body.substring(at, line).trim(), 16);
            if (size == 0) {
                break;
            }
            out.append(body, line + 2, Math.min(body.length(), line + 2 + size));
            at = line + 2 + size + 2;
        }
        return out.toString();
    }
}
