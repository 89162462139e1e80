package it.orienta.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import it.orienta.Employers;
import it.orienta.OrientaAppTest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A pre-selection operator imports a spreadsheet of vacancies in a real browser: from the vacancies' list to the
 * import page, a file with two wrong rows refused with the rows and columns to fix (nothing saved), the corrected
 * file imported and its vacancies listed with their links. axe-core on every state of the page.
 */
@OrientaAppTest
class VacancyCsvJourneyIT {

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

    static FilePayload csv(String name, String... lines) {
        return new FilePayload(name, "text/csv", String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aFileWithWrongRowsIsRefusedWithItsReportThenTheCorrectedOneIsImported() {
        String taxCode = Employers.partitaIva();
        String expiry = LocalDate.now().plusDays(30).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        String header = "codice_fiscale_azienda;ragione_sociale;ateco;comune_azienda;professione;titolo;posti;"
                + "comune_lavoro;contratto;orario;data_scadenza";
        String row = taxCode + ";Pasticceria Dolce Arno srl;10.71;048017;5.2.2.3.2;%s;%s;048017;%s;turni;" + expiry;

        Page page = login("preselezione");
        page.navigate(url("/vacancies"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Importa da CSV"))
                .click();
        assertThat(page.locator("h1")).hasText("Importa offerte da CSV");
        assertThat(page.locator("#template-link")).hasAttribute("href", "/vacancy-import/template.csv");
        browser.check(page, "180-vacancy-csv");

        page.getByLabel("File CSV delle offerte")
                .setInputFiles(csv(
                        "sbagliato.csv",
                        header,
                        row.formatted("Banconista", "1", "determinato"),
                        row.formatted("Pasticcere/a", "tre", "determinato"),
                        row.formatted("Aiuto pasticcere/a", "1", "a chiamata")));
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Importa").setExact(true))
                .click();
        assertThat(page.locator("#import-errors")).containsText("non è stato salvato nulla");
        assertThat(page.locator("#rows-to-fix")).hasText("Correggi le righe 3, 4 e carica di nuovo il file.");
        assertThat(page.locator("#problems tbody tr")).hasCount(2);
        assertThat(page.locator("#problems")).containsText("«tre» non è un numero intero");
        assertThat(page.locator("#problems")).containsText("«a chiamata» non è tra i valori ammessi");
        assertThat(page.locator("#file")).hasAttribute("aria-invalid", "true");
        browser.check(page, "181-vacancy-csv-refused");

        page.getByLabel("File CSV delle offerte")
                .setInputFiles(csv(
                        "corretto.csv",
                        header,
                        row.formatted("Banconista", "1", "determinato"),
                        row.formatted("Pasticcere/a", "3", "determinato"),
                        row.formatted("Aiuto pasticcere/a", "1", "apprendistato")));
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Importa").setExact(true))
                .click();
        assertThat(page.locator("#import-done")).containsText("File corretto.csv importato: 3 righe");
        assertThat(page.locator("#import-done"))
                .containsText("3 offerte nuove, 0 aggiornate, 0 invariate; 1 datore di lavoro registrato");
        assertThat(page.locator("#saved tbody tr")).hasCount(3);
        browser.check(page, "182-vacancy-csv-imported");

        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Pasticcere/a").setExact(true))
                .click();
        assertThat(page.locator("h1")).containsText("Pasticcere/a");
    }
}
