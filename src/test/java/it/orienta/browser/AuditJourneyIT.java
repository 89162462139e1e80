package it.orienta.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import it.orienta.Api;
import it.orienta.OrientaAppTest;
import it.orienta.Persons;
import java.time.LocalDate;
import java.util.HashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The audit log in a real browser: the operator opens a worker file; the coordinator finds the read by the
 * person's codice fiscale, in words and with the person's name; a codice fiscale nobody has is said at the field.
 * axe-core on each state of the page.
 */
@OrientaAppTest
class AuditJourneyIT {

    static Browser browser;

    @LocalServerPort
    int port;

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
    void theCoordinatorFindsAReadOfAWorkerFileByCodiceFiscale() {
        var api = Api.as(port, "operatore");
        var person = Persons.florentine("Tracciati");
        String taxCode = (String) person.get("taxCode");
        String id = api.post("/api/v1/persons", person).json().path("id").asString();
        var intake = new HashMap<String, Object>();
        intake.put("intakeDate", LocalDate.now(Api.ROME).toString());
        intake.put(
                "privacyNoticeId",
                api.get("/api/v1/privacy-notices/current").json().path("id").asString());
        intake.put("privacyAcknowledged", true);
        intake.put("matchingConsent", "GIVEN");
        api.post("/api/v1/persons/" + id + "/intakes", intake);

        Page operator = login("operatore");
        operator.navigate(url("/persons/" + id));
        assertThat(operator.getByRole(AriaRole.HEADING).first()).isVisible();

        Page coordinator = login("coordinatore");
        coordinator.navigate(url("/audit"));
        coordinator.getByLabel("Persona").fill(taxCode);
        coordinator
                .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filtra"))
                .click();
        // the read is written after the page is shown when it travels as an event: look again until it is there
        for (int i = 0;
                i < 20
                        && coordinator
                                        .getByText("Lettura — il fascicolo del lavoratore")
                                        .count()
                                == 0;
                i++) {
            coordinator.waitForTimeout(500);
            coordinator.reload();
        }
        var row = coordinator
                .getByRole(AriaRole.ROW)
                .filter(new com.microsoft.playwright.Locator.FilterOptions()
                        .setHasText("Lettura — il fascicolo del lavoratore"));
        assertThat(row.first()).containsText(person.get("firstName") + " Tracciati — " + taxCode);
        assertThat(row.first()).containsText("Giulia Bianchi (operatore)");
        browser.check(coordinator, "90-audit-log");

        coordinator.getByLabel("Persona").fill("ZZZZZZ99Z99Z999Z");
        coordinator
                .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filtra"))
                .click();
        assertThat(coordinator.locator("#person-error")).containsText("Nessuna persona corrisponde");
        assertThat(coordinator.getByLabel("Persona")).hasAttribute("aria-invalid", "true");
        browser.check(coordinator, "91-audit-log-filter-error");
    }
}
