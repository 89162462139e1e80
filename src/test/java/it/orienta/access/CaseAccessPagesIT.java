package it.orienta.access;

import static org.assertj.core.api.Assertions.assertThat;

import it.orienta.OrientaAppTest;
import it.orienta.agreement.AgreementOperators;
import it.orienta.organisation.OrganisationService;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The record-access policy (ADR 0017) on the pages: every page route of {@code page-routes.txt} that names a case
 * is refused to an operator of another centre (403, with the ways in) and shown to the owning centre, each view
 * written to the audit log exactly once; and the list is complete, checked against the page controllers' mappings.
 * Users log in through the login form (with its CSRF token) and keep their session in a cookie; {@code multicentro}
 * chooses Pisa on the centre page.
 */
@OrientaAppTest
class CaseAccessPagesIT {

    /**
     * Pages that do not answer 200 to the owner because of what the fixture is, each with why. The status the owner
     * gets instead is given.
     */
    static final Map<String, Integer> OWNER_OTHERWISE = Map.of(
            // the fixture's agreement is a draft: no signed scan
            "/agreements/{id}/scan", 404,
            // the ways in lead the owning centre back to its own pages: nothing to transfer, nothing to ask
            "/persons/{id}/charge-transfer", 302,
            "/persons/{id}/exceptional-access", 302);

    /** Pages that send another centre's operator on to a way in rather than refusing (a 302 to it). */
    static final Map<String, String> LEADS_TO_A_WAY_IN = Map.of("/persons/{id}/intake", "/charge-transfer");

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    OrganisationService organisation;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    /** A line of the list: the route, whether it is a way in (open to other centres), whether htmx loads it. */
    record Route(String path, boolean open, boolean htmx) {}

    static List<Route> listed() throws IOException {
        var routes = new ArrayList<Route>();
        try (var in = CaseAccessPagesIT.class.getResourceAsStream("page-routes.txt")) {
            assertThat(in).as("page-routes.txt beside the test").isNotNull();
            var text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (var line : text.lines().map(String::strip).toList()) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                var parts = line.split("\\s+");
                assertThat(parts.length).as(line).isBetween(2, 3);
                assertThat(parts[0]).as(line).isIn("GET", "OPEN");
                if (parts.length == 3) {
                    assertThat(parts[2]).as(line).isEqualTo("htmx");
                }
                routes.add(new Route(parts[1], parts[0].equals("OPEN"), parts.length == 3));
            }
        }
        return routes;
    }

    /** The GET routes of the page controllers (not the API's), as mapped. */
    Set<String> mappedPages() {
        var out = new TreeSet<String>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            var type = method.getBeanType();
            if (AnnotatedElementUtils.hasAnnotation(type, RestController.class)
                    || type.getName().startsWith("org.springframework")) {
                return;
            }
            var methods = info.getMethodsCondition().getMethods();
            if (!methods.isEmpty() && !methods.contains(RequestMethod.GET)) {
                return;
            }
            info.getPatternValues().stream().filter(p -> !p.startsWith("/api/")).forEach(out::add);
        });
        return out;
    }

    @Test
    void theListHasEveryPageThatNamesACaseAndNothingElse() throws IOException {
        var pages = mappedPages();
        assertThat(pages).as("the page controllers' routes").contains("/persons/{id}", "/agreements/{id}");
        var unknown = pages.stream()
                .filter(p -> !CaseKind.unclassified(p).isEmpty())
                .map(p -> p + " " + CaseKind.unclassified(p))
                .toList();
        assertThat(unknown)
                .as("path variables that CaseKind does not classify: say what they name there")
                .isEmpty();
        var listed = listed().stream().map(Route::path).collect(Collectors.toCollection(TreeSet::new));
        var needed = pages.stream().filter(CaseKind::guarded).collect(Collectors.toCollection(TreeSet::new));
        var missing = new TreeSet<>(needed);
        missing.removeAll(listed);
        assertThat(missing)
                .as("pages naming a case that page-routes.txt does not list: add them")
                .isEmpty();
        var stale = new TreeSet<>(listed);
        stale.removeAll(pages);
        assertThat(stale)
                .as("routes of page-routes.txt that no controller maps")
                .isEmpty();
        assertThat(listed).hasSizeGreaterThanOrEqualTo(30);
        assertThat(listed).as("the owner's exceptions are listed routes").containsAll(OWNER_OTHERWISE.keySet());
    }

    @Test
    void anOperatorOfAnotherCentreSeesTheRefusalWithTheWaysIn() throws IOException {
        var fixture = CaseFixture.build(port, jdbc);
        var browser = Browser.login(port, AgreementOperators.ensure(organisation, "accesso.firenze.pagine"), null);
        var failures = new ArrayList<String>();
        var before = fixture.snapshot();
        for (var route : listed()) {
            var page = browser.get(CaseKind.substitute(route.path(), fixture.ids), route.htmx());
            fixture.settle();
            if (route.open()) {
                if (page.statusCode() != 200) {
                    failures.add(route.path() + " → " + page.statusCode() + " (a way in: 200 expected)");
                }
            } else if (LEADS_TO_A_WAY_IN.containsKey(route.path())) {
                if (page.statusCode() != 302
                        || !page.headers()
                                .firstValue("Location")
                                .orElse("")
                                .endsWith(LEADS_TO_A_WAY_IN.get(route.path()))) {
                    failures.add(route.path() + " → " + page.statusCode() + " (a redirect to the way in expected)");
                }
            } else if (!CaseKind.personal(route.path())) {
                // a centre's group session: refused, naming the centre; there is no person to take in charge
                if (page.statusCode() != 403 || !page.body().contains("CPI Pisa")) {
                    failures.add(route.path() + " → " + page.statusCode() + " (403 naming the centre expected)");
                }
            } else if (page.statusCode() != 403
                    || !page.body().contains("/persons/" + fixture.personId() + "/charge-transfer")) {
                failures.add(route.path() + " → " + page.statusCode()
                        + (page.statusCode() == 403 ? " without the ways in" : ""));
            }
            var after = fixture.snapshot();
            var written = CaseFixture.changed(before, after);
            if (!written.isEmpty()) {
                failures.add(route.path() + " wrote " + written);
            }
            before = after;
        }
        assertThat(failures)
                .as("pages another centre's operator can open on a case of CPI Pisa")
                .isEmpty();
    }

    /**
     * Ordinary data never crashes a page (issue 10 §3): a person registered with only the required fields and taken
     * in charge opens every page of theirs; what is missing shows as "—", never as a 500.
     */
    @Test
    void aPersonWithOnlyTheRequiredFieldsOpensEveryPageOfTheirs() throws IOException {
        var fixture = CaseFixture.build(port, jdbc);
        var full = it.orienta.Persons.florentine("Essenziale");
        var minimal = new java.util.LinkedHashMap<String, Object>();
        for (var field : List.of("taxCode", "firstName", "lastName", "sex", "birthDate", "birthMunicipalityCode")) {
            minimal.put(field, full.get(field));
        }
        var created = fixture.owner().post("/api/v1/persons", minimal);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().path("id").asString();
        var taken = fixture.owner().post("/api/v1/persons/" + id + "/intakes", fixture.intake());
        assertThat(taken.status()).as(taken.body()).isEqualTo(201);

        var browser = Browser.login(port, CaseFixture.OWNER, CaseFixture.OWNER_CENTRE);
        var failures = new ArrayList<String>();
        int opened = 0;
        for (var route : listed()) {
            if (!route.path().startsWith("/persons/{id}")
                    || route.path().substring("/persons/{id}".length()).contains("{")) {
                continue; // pages of a meeting, an agreement… that a person with nothing recorded does not have
            }
            var page = browser.get(route.path().replace("{id}", id), route.htmx());
            opened++;
            // shown, or sent on (a CV page with no CV, a way in that is not needed), or "nothing of that kind" —
            // never a crash, never a refusal of the owning centre
            int status = page.statusCode();
            if (!(status == 200 || status == 302 || status == 303 || status == 404)) {
                failures.add(route.path() + " → " + status);
            } else if (status == 200 && page.body().contains("Si è verificato un errore inatteso")) {
                failures.add(route.path() + " → an error page");
            }
        }
        assertThat(opened).isGreaterThanOrEqualTo(15);
        assertThat(failures)
                .as("pages of a person with only the required fields")
                .isEmpty();
    }

    @Test
    void theOwningCentreSeesEveryPageAndEachViewIsAuditedOnce() throws IOException {
        var fixture = CaseFixture.build(port, jdbc);
        var browser = Browser.login(port, CaseFixture.OWNER, CaseFixture.OWNER_CENTRE);
        var what = new Properties();
        try (var in = getClass().getResourceAsStream("/messages.properties")) {
            what.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        var failures = new ArrayList<String>();
        for (var route : listed()) {
            fixture.settle();
            long audit = fixture.lastAuditId();
            var page = browser.get(CaseKind.substitute(route.path(), fixture.ids), route.htmx());
            fixture.settle();
            int expected = OWNER_OTHERWISE.getOrDefault(route.path(), 200);
            if (page.statusCode() != expected) {
                failures.add(route.path() + " → " + page.statusCode() + " (" + expected + " expected)");
                continue;
            }
            if (!CaseKind.personal(route.path()) || expected != 200) {
                continue; // a centre's session, or a page the fixture cannot show
            }
            var audited = fixture.auditSince(audit, CaseFixture.OWNER);
            if (audited.size() != 1) {
                failures.add(route.path() + " audited " + audited + " (exactly one READ expected)");
                continue;
            }
            String entry = audited.getFirst();
            boolean export = route.path().startsWith("/persons/{id}/export")
                    && entry.equals("EXPORT:WorkerFile"); // the JSON and the PDF export
            if (!export && (!entry.startsWith("READ:") || !what.containsKey("audit.what." + entry.substring(5)))) {
                failures.add(route.path() + " audited " + entry + " (READ of an audit.what.* key expected)");
            }
        }
        assertThat(failures).as("pages of the owning centre").isEmpty();
    }

    /** A browser's session: a cookie jar, no redirects followed. */
    static final class Browser {
        private final HttpClient http;
        private final String base;

        private Browser(int port) {
            this.base = "http://localhost:" + port;
            this.http = HttpClient.newBuilder()
                    .cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build();
        }

        /** Logs in through the form; with {@code centre}, chooses it on the centre page. */
        static Browser login(int port, String username, String centre) {
            var browser = new Browser(port);
            var form = browser.get("/login");
            assertThat(form.statusCode()).isEqualTo(200);
            var done = browser.post(
                    "/login", Map.of("username", username, "password", "Orienta.2026", "_csrf", csrf(form.body())));
            assertThat(done.statusCode()).as("login of " + username).isEqualTo(302);
            assertThat(done.headers().firstValue("Location").orElse("")).doesNotContain("error");
            if (centre != null) {
                var choice = browser.get("/centre");
                assertThat(choice.statusCode()).isEqualTo(200);
                var chosen = browser.post("/centre", Map.of("centre", centre, "_csrf", csrf(choice.body())));
                assertThat(chosen.statusCode()).as("centre chosen").isEqualTo(302);
            }
            var home = browser.get("/");
            assertThat(home.statusCode()).as("home page after login").isEqualTo(200);
            return browser;
        }

        static String csrf(String html) {
            var m = CSRF.matcher(html);
            assertThat(m.find()).as("a CSRF token in the form").isTrue();
            return m.group(1);
        }

        HttpResponse<String> get(String path) {
            return get(path, false);
        }

        HttpResponse<String> get(String path, boolean htmx) {
            var request = HttpRequest.newBuilder(URI.create(base + path)).GET();
            if (htmx) {
                request.header("HX-Request", "true");
            }
            return send(request.build());
        }

        HttpResponse<String> post(String path, Map<String, String> fields) {
            String body = new LinkedHashMap<>(fields)
                    .entrySet().stream()
                            .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                            .collect(Collectors.joining("&"));
            return send(HttpRequest.newBuilder(URI.create(base + path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build());
        }

        private HttpResponse<String> send(HttpRequest request) {
            try {
                return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
