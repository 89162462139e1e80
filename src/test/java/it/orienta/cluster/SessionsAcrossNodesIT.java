package it.orienta.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/**
 * The proof that the pages' sessions and the login throttle live in PostgreSQL (issue 12, ADR 0022): two processes
 * of the packaged jar on one database, one browser cookie. (a) A login on node A works on node B, pages and CSRF
 * protected posts alike; (b) an account deactivated by the administrator on node B loses its session on node A at
 * once; (c) wrong passwords split between the two nodes lock the account on both; (d) a node killed and started again keeps
 * its users logged in.
 */
class SessionsAcrossNodesIT {

    static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    static final Pattern SESSION_COOKIE = Pattern.compile("JSESSIONID=([^;]+)");

    static ClusterNodes cluster;
    static ClusterNodes.Node a;
    static ClusterNodes.Node b;

    @BeforeAll
    static void twoNodesOnOneDatabase() {
        cluster = ClusterNodes.database("SessionsAcrossNodesIT");
        a = cluster.launch("a");
        b = cluster.launch("b");
        a.awaitReady(Duration.ofSeconds(240));
        b.awaitReady(Duration.ofSeconds(240));
        cluster.seedAccounts();
    }

    @AfterAll
    static void stop() {
        if (cluster != null) {
            cluster.close();
        }
    }

    /** A browser: one session cookie, whichever node it talks to; no redirect followed. */
    static final class Browser {
        static final HttpClient HTTP = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();

        String cookie;

        HttpResponse<String> get(ClusterNodes.Node node, String path) throws Exception {
            return send(
                    HttpRequest.newBuilder(URI.create(node.baseUrl() + path)).GET());
        }

        HttpResponse<String> post(ClusterNodes.Node node, String path, String form) throws Exception {
            return send(HttpRequest.newBuilder(URI.create(node.baseUrl() + path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)));
        }

        private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
            if (cookie != null) {
                request.header("Cookie", "JSESSIONID=" + cookie);
            }
            var response =
                    HTTP.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            for (String set : response.headers().allValues("Set-Cookie")) {
                var m = SESSION_COOKIE.matcher(set);
                if (m.find()) {
                    cookie = m.group(1).isEmpty() ? null : m.group(1);
                }
            }
            return response;
        }

        /** GET /login on one node for its CSRF token, POST /login on the same node. */
        HttpResponse<String> login(ClusterNodes.Node node, String username, String password) throws Exception {
            var page = get(node, "/login");
            assertThat(page.statusCode()).isEqualTo(200);
            return post(
                    node,
                    "/login",
                    "username=" + enc(username) + "&password=" + enc(password) + "&_csrf=" + enc(csrf(page.body())));
        }

        Browser loggedIn(ClusterNodes.Node node, String username) throws Exception {
            var login = login(node, username, ClusterNodes.PASSWORD);
            assertThat(login.statusCode()).isEqualTo(302);
            assertThat(location(login)).doesNotContain("error", "locked");
            return this;
        }
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static String csrf(String html) {
        var m = CSRF.matcher(html);
        assertThat(m.find()).as("a CSRF token in the page").isTrue();
        return m.group(1);
    }

    static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    /** One more operator in CPI-FI, for a test of its own (the demo accounts are shared by the tests). */
    static UUID account(String username, String role) {
        var jdbc = new JdbcTemplate(cluster.dataSource());
        var id = UUID.randomUUID();
        jdbc.update(
                "insert into operator (id, username, full_name, email, password_hash, active, version) "
                        + "values (?,?,?,?,?,true,0)",
                id,
                username,
                "Prova " + username,
                username + "@orienta.test",
                PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(ClusterNodes.PASSWORD));
        jdbc.update("insert into operator_role (operator_id, role) values (?,?)", id, role);
        jdbc.update("insert into operator_centre (operator_id, centre_code) values (?, 'CPI-FI')", id);
        return id;
    }

    @Test
    void aLoginOnNodeAWorksOnNodeBForPagesAndCsrfProtectedPosts() throws Exception {
        var browser = new Browser().loggedIn(a, "operatore");

        var home = browser.get(b, "/");
        assertThat(home.statusCode())
                .as("node B knows the session node A opened")
                .isEqualTo(200);
        assertThat(home.body()).contains("Giulia Bianchi");
        assertThat(browser.get(b, "/persons").statusCode()).isEqualTo(200);

        var choice = browser.get(a, "/centre"); // the form rendered by node A …
        String before = browser.cookie;
        var refused = browser.post(b, "/centre", "centre=CPI-FI");
        assertThat(refused.statusCode()).as("without the token: refused").isEqualTo(403);
        var chosen = browser.post(b, "/centre", "centre=CPI-FI&_csrf=" + enc(csrf(choice.body()))); // … posted to B
        assertThat(chosen.statusCode()).isEqualTo(302);
        assertThat(location(chosen)).doesNotContain("login");
        assertThat(browser.cookie)
                .as("the change of centre renewed the session id")
                .isNotEqualTo(before);

        assertThat(browser.get(a, "/").statusCode())
                .as("node A knows the id node B renewed")
                .isEqualTo(200);
    }

    @Test
    void anAccountDeactivatedOnNodeBLosesItsSessionOnNodeAAtOnce() throws Exception {
        var id = account("sospeso", "OPERATOR");
        var operator = new Browser().loggedIn(a, "sospeso");
        assertThat(operator.get(a, "/").statusCode()).isEqualTo(200);

        var admin = new Browser().loggedIn(a, "amministratore");
        var form = admin.get(b, "/admin/operators/" + id);
        assertThat(form.statusCode()).isEqualTo(200);
        var saved = admin.post(
                b,
                "/admin/operators/" + id,
                String.join(
                        "&",
                        List.of(
                                "username=sospeso",
                                "fullName=" + enc("Prova sospeso"),
                                "email=" + enc("sospeso@orienta.test"),
                                "roles=OPERATOR",
                                "centreCodes=CPI-FI",
                                "active=false",
                                "_active=on",
                                "version=0",
                                "_csrf=" + enc(csrf(form.body())))));
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(location(saved)).endsWith("/admin/operators");
        assertThat(new JdbcTemplate(cluster.dataSource())
                        .queryForObject("select active from operator where id = ?", Boolean.class, id))
                .isFalse();

        var next = operator.get(a, "/persons");
        assertThat(next.statusCode()).isEqualTo(302);
        assertThat(location(next)).contains("/login");
        assertThat(operator.get(b, "/").statusCode()).isEqualTo(302);
    }

    @Test
    void wrongPasswordsSplitBetweenTheNodesLockTheAccountOnBoth() throws Exception {
        account("tentativi", "OPERATOR");
        for (int i = 0; i < 5; i++) { // orienta.security.max-failed-logins: 5
            var failed = new Browser().login(i % 2 == 0 ? a : b, "tentativi", "sbagliata-" + i);
            assertThat(location(failed)).contains("error");
        }

        for (var node : List.of(a, b)) {
            var refused = new Browser().login(node, "tentativi", ClusterNodes.PASSWORD);
            assertThat(refused.statusCode()).isEqualTo(302);
            assertThat(location(refused))
                    .as("the right password is refused on %s: 3 + 2 failures are 5", node.name())
                    .contains("locked");
        }
    }

    @Test
    void aRestartedNodeKeepsItsUsersLoggedIn() throws Exception {
        var browser = new Browser().loggedIn(a, "coordinatore");
        assertThat(browser.get(a, "/").statusCode()).isEqualTo(200);

        a.kill(); // kill -9: nothing of the node's memory survives, not even a session file Tomcat would write
        // at a stop
        var restarted = cluster.launch("a2");
        assertThat(browser.get(b, "/").statusCode())
                .as("the balancer sends the user to node B meanwhile")
                .isEqualTo(200);
        restarted.awaitReady(Duration.ofSeconds(240));
        a = restarted;

        var home = browser.get(a, "/");
        assertThat(home.statusCode()).as("node A, restarted, knows the session").isEqualTo(200);
        assertThat(home.body()).contains("Marco Neri");
    }
}
