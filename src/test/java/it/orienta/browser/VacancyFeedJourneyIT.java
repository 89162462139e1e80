package it.orienta.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import it.orienta.OrientaAppTest;
import it.orienta.vacancyfeed.RecordingSinkConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * The administrator's two pages of the regional vacancy feed in a real browser: the simulator's counts and a
 * simulated market day, then the import run from its page and its outcome. axe-core on every page.
 */
@OrientaAppTest
@Import(RecordingSinkConfig.class)
@TestPropertySource(properties = {"orienta.vacancyfeed.max-backoff=100ms", "orienta.vacancyfeed.backoff=10ms"})
class VacancyFeedJourneyIT {

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
    void theAdministratorSimulatesAMarketDayAndImportsItsChanges() {
        Page page = login("amministratore");
        page.navigate(url("/admin"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Simulatore delle offerte di lavoro"))
                .click();
        assertThat(page.locator("h1")).hasText("Simulatore del sistema regionale delle offerte di lavoro");
        assertThat(Integer.parseInt(
                        page.locator("#count-vacancies").textContent().strip()))
                .isGreaterThanOrEqualTo(1000);
        assertThat(Integer.parseInt(
                        page.locator("#count-employers").textContent().strip()))
                .isGreaterThanOrEqualTo(300);
        assertThat(page.locator("#market-generated")).containsText("seme 20260101");
        browser.check(page, "170-vacancy-simulator");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Simula un giorno di mercato"))
                .click();
        assertThat(page.locator("#day-done")).containsText("Giorno di mercato simulato");
        assertThat(page.locator("#market-generated")).containsText("giorni di mercato simulati:");
        browser.check(page, "171-vacancy-simulator-day");

        page.navigate(url("/admin"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Importazione delle offerte"))
                .click();
        assertThat(page.locator("h1")).hasText("Importazione delle offerte dal sistema regionale");
        assertThat(page.locator("#feed-settings")).containsText("il simulatore interno");
        browser.check(page, "172-vacancy-feed");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Importa ora"))
                .click();
        assertThat(page.locator("body")).containsText("Importazione completata.");
        assertThat(page.locator("#feed-runs")).containsText("Da amministratore");
        assertThat(page.locator("#feed-runs")).containsText("Completata");
        assertThat(page.locator("#feed-cursors")).containsText("Offerte di lavoro");
        browser.check(page, "173-vacancy-feed-run");
    }
}
