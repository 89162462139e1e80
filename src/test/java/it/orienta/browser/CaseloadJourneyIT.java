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
 * The caseload as an operator and a coordinator meet it (issue 14): the operator filters "Le mie persone"; the
 * coordinator ticks two persons, is told at the field what is missing, then moves them to another operator with a
 * reason; the worker file's timeline tells the change. axe-core on each page.
 */
@OrientaAppTest
class CaseloadJourneyIT {

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

    String takenInCharge(Api api, String surname) {
        String id = api.post("/api/v1/persons", Persons.florentine(surname))
                .json()
                .path("id")
                .asString();
        var intake = new HashMap<String, Object>();
        intake.put("intakeDate", LocalDate.now(Api.ROME).toString());
        intake.put(
                "privacyNoticeId",
                api.get("/api/v1/privacy-notices/current").json().path("id").asString());
        intake.put("privacyAcknowledged", true);
        intake.put("matchingConsent", "GIVEN");
        org.assertj.core.api.Assertions.assertThat(
                        api.post("/api/v1/persons/" + id + "/intakes", intake).status())
                .isEqualTo(201);
        return id;
    }

    @Test
    void theOperatorFiltersTheirPersonsAndTheCoordinatorReassignsTwo() {
        var api = Api.as(port, "operatore");
        String first = takenInCharge(api, "Aacaricouno");
        String second = takenInCharge(api, "Aacaricodue");

        Page operator = login("operatore");
        Browser.openMenu(operator, "Persone");
        operator.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Le mie persone"))
                .first()
                .click();
        assertThat(operator.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Le mie persone")))
                .isVisible();
        operator.getByLabel("Stato del CV").selectOption("NONE");
        operator.getByLabel("Prossimo appuntamento").selectOption("NONE");
        operator.getByLabel("Fase raggiunta").selectOption("RECEPTION");
        operator.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filtra"))
                .click();
        assertThat(operator.locator("#caseload-results")).containsText("Aacaricouno");
        assertThat(operator.locator("#caseload-results")).containsText("Aacaricodue");
        // an operator sees no assignment: no selection, no operator column
        assertThat(operator.locator("#pick-" + first)).hasCount(0);
        browser.check(operator, "320-caseload-operator-filtered");
        operator.getByLabel("Stato del CV").selectOption("VALID");
        operator.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filtra"))
                .click();
        assertThat(operator.locator("#caseload-results")).not().containsText("Aacaricouno");
        operator.context().close();

        Page coordinator = login("coordinatore");
        coordinator.navigate(url("/caseload"));
        assertThat(coordinator.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Persone del centro")))
                .isVisible();
        coordinator
                .getByLabel("Operatore di riferimento", new Page.GetByLabelOptions().setExact(true))
                .selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Giulia Bianchi"));
        coordinator
                .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filtra"))
                .click();
        browser.check(coordinator, "321-caseload-coordinator-centre");

        coordinator.locator("label[for=pick-" + first + "]").click();
        coordinator.locator("label[for=pick-" + second + "]").click();
        coordinator
                .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Assegna"))
                .click();
        assertThat(coordinator.locator("#assign-errors")).containsText("Scegli l’operatore di riferimento.");
        assertThat(coordinator.locator("#assign-errors")).containsText("Scrivi il motivo dell’assegnazione.");
        // the ticks are kept, on the same filtered list
        assertThat(coordinator.locator("#pick-" + first)).isChecked();
        browser.check(coordinator, "322-caseload-assign-errors");

        coordinator
                .getByLabel("Nuovo operatore di riferimento")
                .selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Marco Neri"));
        coordinator.locator("#reason").fill("Giulia passa allo sportello aziende da gennaio.");
        coordinator
                .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Assegna"))
                .click();
        assertThat(coordinator.locator("main")).containsText("Assegnazione salvata.");
        assertThat(coordinator.locator("#caseload-results")).not().containsText("Aacaricouno");
        browser.check(coordinator, "323-caseload-assigned");

        coordinator.navigate(url("/persons/" + first));
        assertThat(coordinator.locator("main"))
                .containsText("Operatore di riferimento cambiato da Giulia Bianchi a Marco Neri.");
        browser.check(coordinator, "324-caseload-history-on-worker-file");
        coordinator.context().close();
    }
}
