package it.orienta.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import it.orienta.OrientaAppTest;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Sessions of the pages: login and the change of centre renew the session id (no fixation), and a session whose
 * account an administrator deactivated, or whose roles changed, or that was locked by failed logins, ends at its
 * next request.
 */
@OrientaAppTest
class SessionsIT {

    static final String PASSWORD = "Sessioni.2026!";
    static final AtomicInteger SEQ = new AtomicInteger();
    static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    OrganisationService organisation;

    /** A browser: its own cookies, no redirects followed. */
    final class Browser {
        final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
        final HttpClient http = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();

        HttpResponse<String> get(String path) throws Exception {
            return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String path, String form) throws Exception {
            return http.send(
                    HttpRequest.newBuilder(uri(path))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> login(String username, String password) throws Exception {
            var page = get("/login");
            assertThat(page.statusCode()).isEqualTo(200);
            return post(
                    "/login",
                    "username=" + enc(username) + "&password=" + enc(password) + "&_csrf=" + enc(csrf(page.body())));
        }

        String sessionId() {
            return cookies.getCookieStore().getCookies().stream()
                    .filter(c -> c.getName().equals("JSESSIONID"))
                    .map(java.net.HttpCookie::getValue)
                    .findFirst()
                    .orElse(null);
        }
    }

    URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static String csrf(String html) {
        var m = CSRF.matcher(html);
        assertThat(m.find()).as("a CSRF token in the page").isTrue();
        return m.group(1);
    }

    OperatorAccount newOperator() {
        String username = "sessione" + SEQ.incrementAndGet() + "-" + System.nanoTime();
        return organisation.createOperator(
                new OrganisationService.OperatorCommand(
                        username,
                        "Sara Sessa",
                        username + "@orienta.test",
                        EnumSet.of(Role.OPERATOR),
                        Set.of("CPI-FI"),
                        true),
                PASSWORD);
    }

    void change(OperatorAccount account, Set<Role> roles, boolean active) {
        organisation.updateOperator(
                account.id(),
                organisation.operator(account.id()).version(),
                new OrganisationService.OperatorCommand(
                        account.username(),
                        account.fullName(),
                        account.email(),
                        roles,
                        Set.copyOf(account.centreCodes()),
                        active),
                null);
    }

    /** A browser logged in as the account, with the home page open. */
    Browser loggedIn(OperatorAccount account) throws Exception {
        var browser = new Browser();
        var login = browser.login(account.username(), PASSWORD);
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error", "locked");
        assertThat(browser.get("/").statusCode()).isEqualTo(200);
        return browser;
    }

    static void assertSentToLogin(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElse("")).contains("/login");
    }

    @Test
    void loginRenewsTheSessionId() throws Exception {
        var account = newOperator();
        var browser = new Browser();
        var page = browser.get("/login");
        String before = browser.sessionId();
        assertThat(before).as("the login form's CSRF token lives in a session").isNotNull();

        var login = browser.post(
                "/login",
                "username=" + enc(account.username()) + "&password=" + enc(PASSWORD) + "&_csrf="
                        + enc(csrf(page.body())));

        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(browser.sessionId()).isNotNull().isNotEqualTo(before);
        assertThat(browser.get("/").statusCode()).isEqualTo(200);
    }

    @Test
    void aDeactivatedAccountLosesItsSessionAtOnce() throws Exception {
        var account = newOperator();
        var browser = loggedIn(account);
        var other = loggedIn(account);

        change(account, account.roles(), false);

        var next = browser.get("/");
        assertSentToLogin(next);
        assertThat(next.headers().firstValue("Location").orElse("")).contains("expired");
        assertSentToLogin(browser.get("/persons"));
        assertSentToLogin(other.get("/persons?q=rossi"));
    }

    @Test
    void changedRolesEndTheSession() throws Exception {
        var account = newOperator();
        var browser = loggedIn(account);

        change(account, EnumSet.of(Role.OPERATOR, Role.COORDINATOR), true);

        assertSentToLogin(browser.get("/"));
        assertThat(loggedIn(account).get("/").statusCode())
                .as("a new login works")
                .isEqualTo(200);
    }

    @Test
    void aLockedAccountLosesItsSession() throws Exception {
        var account = newOperator();
        var browser = loggedIn(account);

        var guesser = new Browser();
        for (int i = 0; i < 5; i++) {
            guesser.login(account.username(), "wrong-" + i);
        }

        assertSentToLogin(browser.get("/"));
    }

    @Test
    void anUnchangedAccountKeepsItsSession() throws Exception {
        var account = newOperator();
        var browser = loggedIn(account);
        assertThat(browser.get("/persons").statusCode()).isEqualTo(200);
        assertThat(browser.get("/").statusCode()).isEqualTo(200);
    }
}
