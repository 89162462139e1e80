package it.orienta.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import it.orienta.Api;
import it.orienta.OrientaAppTest;
import it.orienta.portal.PortalFixtures;
import it.orienta.portal.PortalJobs;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The transfer of a CV in a real browser: the operator reads the R19 alert, is refused without the confirmation,
 * confirms, and follows the transfer through the pre-registration (also on the home page) to "accepted" after the
 * administrator confirmed the pre-registration in the simulator as the person would. axe-core on every page.
 */
@OrientaAppTest
class PortalJourneyIT {

    static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PortalJobs jobs;

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

    @Test
    void theTransferIsConfirmedThroughTheAlertAndFollowedToAccepted() {
        var api = Api.as(port, "operatore");
        var person = PortalFixtures.person(api, "Trasferita");
        String id = person.get("id");
        PortalFixtures.intake(api, id, "GIVEN");
        PortalFixtures.cv(jdbc, id);

        Page page = login("operatore");
        page.navigate(url("/persons/" + id + "/cv/transfer"));
        assertThat(page.locator("h1")).containsText("Trasferimento del CV al portale");
        assertThat(page.locator("#r19-alert-text"))
                .hasText("Attenzione il CV verrà inviato, in automatico, al sistema di Ricerca profili professionali e"
                        + " potrà essere individuato dalle aziende all'interno del portale Toscana lavoro");
        assertThat(page.locator("#condition-consent")).containsText("Soddisfatta");
        browser.check(page, "130-portal-transfer");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Trasferisci CV al Portale"))
                .click();
        assertThat(page.locator("#transfer-refused")).containsText("Conferma di aver letto l’avviso");
        browser.check(page, "131-portal-transfer-unconfirmed");

        // Bootstrap Italia draws the box on the label, over the input: the operator clicks the label
        page.getByText("Ho letto l’avviso e confermo il trasferimento del CV").click();
        assertThat(page.getByLabel("Ho letto l’avviso e confermo il trasferimento del CV"))
                .isChecked();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Trasferisci CV al Portale"))
                .click();
        assertThat(page.locator("#transfers")).containsText("Richiesto");
        assertThat(page.locator("#transfer-unavailable")).containsText("già stato trasferito");
        browser.check(page, "132-portal-transfer-requested");

        jobs.drain();
        page.reload();
        assertThat(page.locator("#transfers"))
                .containsText("Persona preregistrata (in attesa di conferma della persona)");
        assertThat(page.locator("#registration")).containsText("in attesa di conferma della persona");
        browser.check(page, "133-portal-transfer-pre-registered");

        page.navigate(url("/"));
        assertThat(page.locator("body")).containsText("CV in attesa di conferma della persona sul portale");
        browser.check(page, "134-portal-home-worklist");

        Page admin = login("amministratore");
        admin.navigate(url("/admin"));
        admin.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Simulatore del portale"))
                .click();
        var row = admin.locator("#sim-person-" + person.get("taxCode"));
        assertThat(row).containsText("In attesa di conferma della persona");
        assertThat(row).containsText("inviato per e-mail a test@example.it");
        browser.check(admin, "135-portal-simulator");
        row.getByRole(AriaRole.BUTTON, new Locator()).click();
        assertThat(admin.locator("body")).containsText("Registrazione confermata: il portale ha avvisato Orienta.");
        assertThat(admin.locator("#sim-cvs")).containsText("Nel sistema di ricerca CV");
        browser.check(admin, "136-portal-simulator-confirmed");

        await().atMost(Duration.ofSeconds(15))
                .until(() -> "ACCEPTED"
                        .equals(jdbc.queryForObject(
                                "select state from portal_transfer where person_id = ? and kind = 'UPLOAD'",
                                String.class,
                                UUID.fromString(id))));
        page.navigate(url("/persons/" + id + "/cv/transfer"));
        assertThat(page.locator("#transfers")).containsText("Accettato dal portale");
        assertThat(page.locator("#registration")).containsText("confermata dalla persona");
        browser.check(page, "137-portal-transfer-accepted");
    }

    /** The confirmation button of a row. */
    static final class Locator extends com.microsoft.playwright.Locator.GetByRoleOptions {
        Locator() {
            setName("Conferma come la persona");
        }
    }
}
