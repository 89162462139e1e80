package it.orienta.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import it.orienta.Api;
import it.orienta.OrientaAppTest;
import it.orienta.Persons;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Messages in a real browser: an appointment is fixed for a person; the operator finds the convocation on the
 * worker file's timeline and on the person's messages; the administrator opens the local mailbox from the
 * administration page and reads the e-mail and the SMS the simulator received. axe-core on every page.
 */
@OrientaAppTest
class NotificationJourneyIT {

    static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeAll
    static void start() {
        browser = new Browser();
    }

    @AfterAll
    static void stop() {
        browser.close();
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    Page login(String username) {
        Page page = browser.page(1366, 768);
        page.navigate(url("/login"));
        page.getByLabel("Nome utente").fill(username);
        page.getByLabel("Password").fill("Orienta.2026");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accedi"))
                .click();
        return page;
    }

    Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name).setExact(true);
    }

    @Test
    void aConvocationReachesTheWorkerFileAndTheAdministratorsMailbox() {
        var body = Persons.florentine("Avvisati");
        body.put("email", "avvisata.browser@example.it");
        body.put("mobilePhone", "+39 333 7000001");
        var created = Api.as(port, "operatore").post("/api/v1/persons", body);
        String id = created.json().path("id").asString();
        var request = new HashMap<String, Object>();
        request.put("activityId", "A05-BASE");
        request.put(
                "startsAt",
                Api.at(LocalDate.now(ZoneId.of("Europe/Rome")).plusDays(900).atTime(15, 0)));
        request.put("minutes", 60);
        request.put("remote", false);
        request.put("place", "CPI Firenze, stanza 9");
        var appointment = Api.as(port, "operatore").post("/api/v1/persons/" + id + "/appointments", request);
        String key = "appointment:" + appointment.json().path("id").asString() + ":convocation";
        await().atMost(Duration.ofSeconds(20))
                .until(() -> "SENT"
                        .equals(jdbc
                                .queryForList(
                                        "select status from notification_message where dedup_key = ?",
                                        String.class,
                                        key)
                                .stream()
                                .findFirst()
                                .orElse("")));

        Page page = login("operatore");
        page.navigate(url("/persons/" + id));
        assertThat(page.locator("body")).containsText("Messaggio inviato per e-mail: «Convocazione: appuntamento");
        page.getByRole(AriaRole.LINK, named("Messaggi alla persona")).click();
        assertThat(page.locator("h1")).containsText("Messaggi a ");
        assertThat(page.locator("#messages")).containsText("Inviato");
        assertThat(page.locator("#messages")).containsText("E-mail: inviato (1 tentativo)");
        assertThat(page.locator("#messages")).containsText("SMS: inviato (1 tentativo)");
        browser.check(page, "80-person-messages");

        Page admin = login("amministratore");
        admin.navigate(url("/admin"));
        admin.getByRole(AriaRole.LINK, named("Casella locale dei messaggi")).click();
        assertThat(admin.locator("h1")).containsText("Casella locale dei messaggi");
        assertThat(admin.locator("#mailbox")).containsText("avvisata.browser@example.it");
        assertThat(admin.locator("#mailbox")).containsText("+393337000001");
        browser.check(admin, "81-admin-mailbox");
        admin.locator("#mailbox tr", new Page.LocatorOptions().setHasText("avvisata.browser@example.it"))
                .getByRole(AriaRole.LINK)
                .click();
        assertThat(admin.locator("#recipient")).hasText("avvisata.browser@example.it");
        assertThat(admin.locator("#message-body")).containsText("CPI Firenze, stanza 9");
        browser.check(admin, "82-admin-mailbox-item");
    }
}
