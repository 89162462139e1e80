package it.orienta.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import it.orienta.Api;
import it.orienta.OrientaAppTest;
import it.orienta.Persons;
import it.orienta.monitoring.FigureRefresh;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * LEP monitoring in a real browser: the coordinator reads the centre's month against the last, the charts with their
 * tables and sentences, the operators, and follows a figure to the list behind it; the regional role reads the
 * centres side by side without a link to any person. axe-core on each page; screenshots 300–303.
 */
@OrientaAppTest
class MonitoringJourneyIT {

    static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    FigureRefresh refresh;

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
    void theCoordinatorReadsTheCentresMonthAndTheRegionTheCentresSideBySide() {
        var api = Api.as(port, "coordinatore");
        String id = api.post("/api/v1/persons", Persons.florentine("Cruscotto"))
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
        api.post("/api/v1/persons/" + id + "/intakes", intake);
        var month = YearMonth.now(Api.ROME);
        refresh.refresh(month.minusMonths(12), month);

        Page coordinator = login("coordinatore");
        Browser.openMenu(coordinator, "Il centro");
        coordinator
                .getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Monitoraggio"))
                .first()
                .click();
        assertThat(coordinator.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Monitoraggio LEP")))
                .isVisible();
        assertThat(coordinator.locator("#summary")).containsText("Persone prese in carico");
        // issue 14's second part: the share profiled, the plan's actions due and overdue
        assertThat(coordinator.locator("#summary")).containsText("Persone prese in carico già profilate (%)");
        assertThat(coordinator.locator("#summary")).containsText("Azioni del PSP scadute e non concluse");
        assertThat(coordinator.locator("#operators")).containsText("Azioni del PSP in scadenza nel mese");
        // issue 14's third part: referrals, CVs, transfers, proposals, pathways, group sessions; the centre-only
        // figures are not in the operators' table, and the page says why
        assertThat(coordinator.locator("#summary")).containsText("Invii ai servizi scaduti senza risposta");
        assertThat(coordinator.locator("#summary")).containsText("CV in scadenza entro 30 giorni");
        assertThat(coordinator.locator("#summary")).containsText("Trasferimenti al portale non riusciti");
        assertThat(coordinator.locator("#summary")).containsText("Proposte di offerte di lavoro fatte");
        assertThat(coordinator.locator("#summary")).containsText("Percorsi chiusi con esito registrato");
        assertThat(coordinator.locator("#summary")).containsText("Posti occupati negli incontri di gruppo svolti (%)");
        assertThat(coordinator.locator("#operators")).containsText("Assunzioni da proposte");
        assertThat(coordinator.locator("#operators")).not().containsText("CV in scadenza entro 30 giorni");
        assertThat(coordinator.locator("#centre-only")).containsText("solo per la sede");
        assertThat(coordinator.locator("#summary a[href='/cv/expiring']")).hasCount(1);
        assertThat(coordinator.locator("#summary a[href='/centre/referrals?overdue=true']"))
                .hasCount(1);
        assertThat(coordinator.getByRole(
                        AriaRole.LINK, new Page.GetByRoleOptions().setName("Indicatori della sede (Excel, XLSX)")))
                .isVisible();
        assertThat(coordinator.getByRole(
                        AriaRole.IMG,
                        new Page.GetByRoleOptions().setName("Prese in carico e chiusure negli ultimi 12 mesi")))
                .isVisible();
        assertThat(coordinator.locator("#intake-summary")).containsText("Negli ultimi 12 mesi");
        assertThat(coordinator.locator("#operators")).containsText("Marco Neri");
        // the whole page is there (the end of the page, the export, arrived too) before axe and the screenshot
        assertThat(coordinator.getByRole(
                        AriaRole.LINK, new Page.GetByRoleOptions().setName("Indicatori per operatore (CSV)")))
                .isVisible();
        browser.check(coordinator, "300-monitoring-centre");

        // a figure leads to the list behind it
        coordinator.locator("#summary").getByRole(AriaRole.LINK).first().click();
        assertThat(coordinator).hasURL(java.util.regex.Pattern.compile(".*/centre/intakes"));

        // the previous month, from the trend's table
        coordinator.navigate(url("/monitoring?month=" + month.minusMonths(1)));
        assertThat(coordinator.locator("#month")).hasValue(month.minusMonths(1).toString());
        assertThat(coordinator.getByRole(
                        AriaRole.LINK, new Page.GetByRoleOptions().setName("Indicatori per operatore (CSV)")))
                .isVisible();
        browser.check(coordinator, "301-monitoring-previous-month");

        // the regional role holds three centres: Orienta asks which one first, as for any account of several
        Page regional = login("regionale");
        assertThat(regional.locator("h1")).containsText("Scegli il centro");
        regional.locator("label")
                .getByText("CPI Firenze (FI)", new com.microsoft.playwright.Locator.GetByTextOptions().setExact(true))
                .click();
        regional.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continua"))
                .click();
        regional.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Monitoraggio"))
                .first()
                .click();
        assertThat(regional.getByRole(
                        AriaRole.HEADING, new Page.GetByRoleOptions().setName("Monitoraggio LEP dei centri")))
                .isVisible();
        assertThat(regional.locator("#centres")).containsText("CPI Firenze");
        assertThat(regional.locator("#centres a")).hasCount(0);
        assertThat(regional.locator("main")).not().containsText("Marco Neri");
        assertThat(regional.getByRole(
                        AriaRole.LINK, new Page.GetByRoleOptions().setName("Indicatori per centro (CSV)")))
                .isVisible();
        assertThat(regional.locator("#intake-chart-title")).hasCount(1);
        browser.check(regional, "302-monitoring-region");

        // the regional role has no centre page and no list of persons
        regional.navigate(url("/centre/intakes"));
        assertThat(regional.locator("main")).not().containsText("Cruscotto");
    }
}
