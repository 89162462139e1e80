package it.orienta.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import it.orienta.Api;
import it.orienta.OrientaAppTest;
import it.orienta.Persons;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The record-access policy as an operator meets it (ADR 0017): another centre's person is refused with the reason
 * and the two ways in; the exceptional read opens the file for reading after a stated reason; the transfer of
 * charge moves the case to the operator's centre; the owning coordinator lists the exceptional accesses to their
 * persons. axe-core on each page.
 */
@OrientaAppTest
class AccessJourneyIT {

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

    String personInChargeAt(Api api, String surname) {
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
        var taken = api.post("/api/v1/persons/" + id + "/intakes", intake);
        org.assertj.core.api.Assertions.assertThat(taken.status())
                .as(taken.body())
                .isEqualTo(201);
        return id;
    }

    @Test
    void anotherCentresPersonIsReadByExceptionalAccessAndThenTakenInChargeByTransfer() {
        var pisa = Api.as(port, "multicentro").header("X-Orienta-Centre", "CPI-PI");
        String id = personInChargeAt(pisa, "Trasferiti");

        Page operator = login("operatore");
        operator.navigate(url("/persons/" + id));
        assertThat(operator.locator("main")).containsText("in carico a CPI Pisa");
        assertThat(operator.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("chiedere un accesso")))
                .isVisible();
        browser.check(operator, "140-access-refused-other-centre");

        operator.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("chiedere un accesso"))
                .click();
        browser.check(operator, "141-access-exceptional-form");
        // Bootstrap Italia draws the radio on its label: tick the label, as a person does
        operator.getByText("La persona è allo sportello di questo centro e chiede informazioni sul suo percorso")
                .click();
        operator.getByLabel("Spiega il motivo").fill("La persona chiede a che punto è il suo patto di servizio.");
        operator.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Chiedi l’accesso in sola lettura"))
                .click();
        assertThat(operator).hasURL(url("/persons/" + id));
        browser.check(operator, "143-access-exceptional-file");

        operator.navigate(url("/persons/" + id + "/charge-transfer"));
        browser.check(operator, "144-access-transfer-form");
        operator.getByLabel("Motivo del trasferimento")
                .fill("La persona si è trasferita a Firenze e chiede di essere seguita qui.");
        operator.getByText("La persona ha ricevuto e letto l’informativa").click();
        operator.getByText("La persona dà il consenso").click();
        operator.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Prendi in carico nel mio centro"))
                .click();
        assertThat(operator).hasURL(url("/persons/" + id));
        assertThat(operator.locator("main")).containsText("Presa in carico trasferita al tuo centro.");
        browser.check(operator, "145-access-transferred");
        operator.context().close();

        // the case has moved: Pisa is now the other centre
        org.assertj.core.api.Assertions.assertThat(
                        pisa.get("/api/v1/persons/" + id + "/consents").code())
                .isEqualTo("access.other-centre");
    }

    @Test
    void theOwningCoordinatorListsTheExceptionalAccessesToTheirPersons() {
        String id = personInChargeAt(Api.as(port, "operatore"), "Consultati");
        var pisa = Api.as(port, "multicentro").header("X-Orienta-Centre", "CPI-PI");
        var granted = pisa.post(
                "/api/v1/persons/" + id + "/exceptional-access",
                Map.of("reason", "IDENTITY_CHECK", "text", "Possibile omonimia con una persona in carico a Pisa."));
        org.assertj.core.api.Assertions.assertThat(granted.status())
                .as(granted.body())
                .isEqualTo(201);

        Page coordinator = login("coordinatore");
        coordinator.navigate(url("/access/exceptional"));
        assertThat(coordinator.locator("main")).containsText("Possibile omonimia");
        assertThat(coordinator.locator("main")).containsText("Consultati");
        browser.check(coordinator, "146-access-exceptional-list");
        coordinator.context().close();
    }
}
