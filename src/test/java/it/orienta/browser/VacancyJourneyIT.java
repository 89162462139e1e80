package it.orienta.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import it.orienta.OrientaAppTest;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A pre-selection operator in a real browser: registers an employer, publishes a vacancy for it (first refused at
 * the field for an expiry before the publication, nothing saved), finds it in the list by its filters, suspends and
 * re-opens it and reads the history. axe-core on every page; screenshots 190–197.
 */
@OrientaAppTest
class VacancyJourneyIT {

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
        Page page = browser.page(1366, 900);
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
    void aPreSelectionOperatorPublishesAVacancyAndSuspendsAndReopensIt() {
        Page page = login("preselezione");
        page.getByRole(AriaRole.LINK, named("Offerte di lavoro")).first().click();
        assertThat(page.locator("h1")).hasText("Offerte di lavoro");
        browser.check(page, "190-vacancies");

        // an employer: a wrong check digit first, then the real partita IVA
        page.navigate(url("/employers/new"));
        page.getByLabel("Codice fiscale o partita IVA").fill("00905811007");
        page.getByLabel("Ragione sociale").fill("Trattoria del Ponte Vecchio");
        page.getByLabel("Attività (ATECO 2007)").selectOption("56");
        page.getByLabel("Comune della sede").fill("048017");
        page.getByRole(AriaRole.BUTTON, named("Salva")).click();
        assertThat(page.locator("#taxCode-error")).containsText("cifra di controllo");
        browser.check(page, "191-employer-refused");
        page.getByLabel("Codice fiscale o partita IVA").fill("00905811006");
        page.getByRole(AriaRole.BUTTON, named("Salva")).click();
        assertThat(page.locator("[role=status].alert-success")).containsText("Datore di lavoro registrato");
        assertThat(page.locator("h1")).hasText("Trattoria del Ponte Vecchio");
        browser.check(page, "192-employer");

        // a vacancy for it: refused at the field, then published
        page.getByRole(AriaRole.LINK, named("Nuova offerta")).first().click();
        assertThat(page.getByLabel("Datore di lavoro")).hasValue("Trattoria del Ponte Vecchio · 00905811006");
        page.getByLabel("Titolo dell’offerta").fill("Cameriere di sala per l’estate");
        page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Professione"))
                .fill("5.2.2.3.2");
        page.getByLabel("Posti").fill("2");
        page.getByLabel("Comune di lavoro").fill("048017");
        page.getByLabel("Tipo di contratto").selectOption("SEASONAL");
        page.getByLabel("Orario di lavoro").selectOption("SHIFTS");
        page.getByLabel("Scadenza").fill(LocalDate.now().minusDays(1).toString());
        page.getByLabel("Lingua 1 (codice)").fill("en");
        page.getByLabel("Livello minimo della lingua 1").selectOption("A2");
        page.getByRole(AriaRole.BUTTON, named("Pubblica l’offerta")).click();
        assertThat(page.locator("#expiryDate-error")).containsText("prima della pubblicazione");
        assertThat(page.locator("#form-errors")).isVisible();
        browser.check(page, "193-vacancy-refused");
        page.getByLabel("Scadenza").fill(LocalDate.now().plusDays(30).toString());
        page.getByRole(AriaRole.BUTTON, named("Pubblica l’offerta")).click();
        assertThat(page.locator("[role=status].alert-success")).containsText("Offerta pubblicata");
        assertThat(page.locator("#vacancy-status")).hasText("Aperta");
        assertThat(page.locator("#vacancy-candidates")).isVisible();
        browser.check(page, "194-vacancy");
        String detail = page.url();

        // the list, filtered by words, profession group, province and status
        page.navigate(url("/vacancies?q=ponte+vecchio&profession=5.2.2&province=FI&status=OPEN"));
        assertThat(page.getByRole(AriaRole.LINK, named("Cameriere di sala per l’estate")))
                .isVisible();
        page.getByLabel("Stato").selectOption("SUSPENDED");
        assertThat(page.locator("#vacancy-results")).containsText("Nessuna offerta con questi filtri");
        browser.check(page, "195-vacancies-filtered");

        // suspended, then re-opened; the history keeps both
        page.navigate(detail);
        page.getByLabel("Nuovo stato").selectOption("SUSPENDED");
        page.getByLabel("Motivo").fill("Colloqui in corso");
        page.getByRole(AriaRole.BUTTON, named("Cambia stato")).click();
        assertThat(page.locator("[role=status].alert-success")).containsText("Offerta sospesa");
        assertThat(page.locator("#vacancy-status")).hasText("Sospesa");
        browser.check(page, "196-vacancy-suspended");
        page.getByLabel("Nuovo stato").selectOption("OPEN");
        page.getByRole(AriaRole.BUTTON, named("Cambia stato")).click();
        assertThat(page.locator("[role=status].alert-success")).containsText("Offerta riaperta");
        assertThat(page.locator("#vacancy-status")).hasText("Aperta");
        assertThat(page.locator("#vacancy-history tbody tr")).hasCount(3);
        assertThat(page.locator("#vacancy-history")).containsText("Colloqui in corso");
        browser.check(page, "197-vacancy-reopened");
    }
}
