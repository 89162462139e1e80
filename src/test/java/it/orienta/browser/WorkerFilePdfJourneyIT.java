package it.orienta.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import it.orienta.Api;
import it.orienta.OrientaAppTest;
import it.orienta.Persons;
import it.orienta.web.PdfTemplates;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An operator hands a person their file as a PDF: from the worker file page, a period chosen with two dates, the
 * document downloaded with the centre's heading and the period's events (axe on the page with its form).
 */
@OrientaAppTest
class WorkerFilePdfJourneyIT {

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

    String personInCharge(String surname) {
        var api = Api.as(port, "operatore");
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
        api.post("/api/v1/persons/" + id + "/intakes", Map.copyOf(intake));
        return id;
    }

    @Test
    void theOperatorDownloadsThePersonsFileForAPeriodAsAPdf() throws Exception {
        String id = personInCharge("Fascicolati");
        Page page = browser.page(1366, 768);
        page.navigate(url("/login"));
        page.getByLabel("Nome utente").fill("operatore");
        page.getByLabel("Password").fill("Orienta.2026");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accedi"))
                .click();
        page.navigate(url("/persons/" + id));

        LocalDate today = LocalDate.now(Api.ROME);
        var form = page.locator("#export-pdf");
        form.getByLabel("Dal").fill(today.minusDays(7).toString());
        form.getByLabel("Al", new com.microsoft.playwright.Locator.GetByLabelOptions().setExact(true))
                .fill(today.toString());
        browser.check(page, "346-worker-file-export-pdf");
        var download = page.waitForDownload(() -> form.getByRole(
                        AriaRole.BUTTON,
                        new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Esporta in PDF"))
                .click());
        org.assertj.core.api.Assertions.assertThat(download.suggestedFilename()).isEqualTo("fascicolo-" + id + ".pdf");
        byte[] pdf = Files.readAllBytes(download.path());
        PdfTemplates.screenshots(pdf, "347-worker-file-downloaded");
        org.assertj.core.api.Assertions.assertThat(PdfTemplates.text(pdf))
                .contains("Regione Toscana", "CPI Firenze (FI)")
                .contains("Fascicolati")
                .contains("Periodo: dal "
                        + today.minusDays(7).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")))
                .contains("Persona registrata");
        // the export is on the file's timeline, as the JSON one is
        page.reload();
        assertThat(page.locator(".timeline-entry").first()).containsText("Fascicolo esportato");
        page.context().close();
    }
}
