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
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

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

    @Autowired
    FindByIndexNameSessionRepository<? extends Session> sessions;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

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
        return newOperator(Set.of("CPI-FI"));
    }

    OperatorAccount newOperator(Set<String> centres) {
        String username = "sessione" + SEQ.incrementAndGet() + "-" + System.nanoTime();
        return organisation.createOperator(
                new OrganisationService.OperatorCommand(
                        username, "Sara Sessa", username + "@orienta.test", EnumSet.of(Role.OPERATOR), centres, true),
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
        assertThat(sessions.findByPrincipalName(account.username()))
                .as("both sessions deleted from the store at the change, before any request")
                .isEmpty();

        assertSentToLogin(browser.get("/")); // no session any more: the plain login page
        assertSentToLogin(browser.get("/persons"));
        assertSentToLogin(other.get("/persons?q=rossi"));
    }

    /**
     * Defence in depth: a session that outlived its deletion (here the account is changed behind the service's back,
     * as if the node had stopped between the commit and the delete) still ends at its next request.
     */
    @Test
    void aSessionWhoseAccountChangedWithoutItsDeletionEndsAtItsNextRequest() throws Exception {
        var account = newOperator();
        var browser = loggedIn(account);

        jdbc.sql("update operator set active = false where id = ?")
                .param(account.id())
                .update();
        assertThat(sessions.findByPrincipalName(account.username())).hasSize(1);

        var next = browser.get("/");
        assertSentToLogin(next);
        assertThat(next.headers().firstValue("Location").orElse("")).contains("expired");
        assertThat(sessions.findByPrincipalName(account.username())).isEmpty();
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

    @Test
    void choosingAnotherCentreRenewsTheSessionIdAndKeepsTheLogin() throws Exception {
        var account = newOperator(Set.of("CPI-FI", "CPI-PI"));
        var browser = new Browser();
        browser.login(account.username(), PASSWORD);
        var home = browser.get("/");
        assertThat(home.statusCode()).as("two centres: the choice first").isEqualTo(302);
        var choice = browser.get("/centre");
        assertThat(choice.statusCode()).isEqualTo(200);
        String before = browser.sessionId();

        var chosen = browser.post("/centre", "centre=CPI-PI&_csrf=" + enc(csrf(choice.body())));

        assertThat(chosen.statusCode()).isEqualTo(302);
        assertThat(browser.sessionId()).isNotNull().isNotEqualTo(before);
        var page = browser.get("/");
        assertThat(page.statusCode())
                .as("still logged in, in the chosen centre")
                .isEqualTo(200);
        assertThat(page.body()).contains("CPI Pisa");
    }

    /**
     * What a session holds after login and the centre of the day (the security context with the operator, the CSRF
     * token, the centre), serialized as Spring Session stores it: small, and never the password hash.
     */
    @Test
    void aSessionHoldsLittleAndNoPasswordHash() throws Exception {
        var account = newOperator();
        loggedIn(account).get("/persons");

        var stored = sessions.findByPrincipalName(account.username()).values();
        assertThat(stored).hasSize(1);
        var session = stored.iterator().next();
        var serializer = new SerializingConverter();
        int bytes = 0;
        var everything = new StringBuilder();
        for (String name : session.getAttributeNames()) {
            byte[] value = serializer.convert(session.getAttribute(name));
            bytes += value.length;
            everything.append(new String(value, StandardCharsets.ISO_8859_1));
        }
        System.out.printf(
                "session of %s: %s, %d bytes serialized%n", account.username(), session.getAttributeNames(), bytes);
        assertThat(session.getAttributeNames()).contains("SPRING_SECURITY_CONTEXT", CurrentActor.CENTRE_ATTRIBUTE);
        assertThat(bytes).isLessThan(4096);
        assertThat(everything.toString()).doesNotContain("{bcrypt}", "$2a$");
    }
}
