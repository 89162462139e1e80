package it.orienta.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import it.orienta.Api;
import it.orienta.OrientaAppTest;
import it.orienta.Persons;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The CV in a real browser (screenshots 120–129, axe on every page): a CV generated from the person's data,
 * previewed in the page and saved; its validity, the expiring list and the obsolete label; an upload refused at its
 * field then accepted; the deletion confirmed with what it means for the portal, and a second deletion answered
 * with its 404 page. The operator is {@code coordinatore} in Florence with persons of this test only.
 */
@OrientaAppTest
class CvJourneyIT {

    static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

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

    Page login(String username, int width) {
        Page page = browser.page(width, 768);
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

    /** A person with an education title and, by plain SQL, a desired occupation, ready for a CV. */
    String person(String lastName) {
        var api = Api.as(port, "coordinatore");
        String id = api.post("/api/v1/persons", Persons.florentine(lastName))
                .json()
                .path("id")
                .asString();
        var code = api.get("/api/v1/reference/education-titles?q=licenza%20media")
                .json()
                .get(0)
                .path("code")
                .asString();
        api.post(
                "/api/v1/persons/" + id + "/education-titles",
                Map.of("titleCode", code, "year", 2003, "institution", "Scuola media Poliziano"));
        var now = Timestamp.from(Instant.now());
        jdbc.sql("insert into desired_occupation (id, person_id, profession_code, from_work, from_education,"
                        + " from_training, interview_date, centre_code, created_at, created_by, updated_at,"
                        + " updated_by, specific_skills, experience_years, licences_tools)"
                        + " values (?, ?, '5.2.2.3.2', true, false, false, ?, 'CPI-FI', ?, 'test', ?, 'test',"
                        + " 'Servizio ai tavoli e al banco\nAccoglienza dei clienti', 6, 'HACCP')")
                .params(UUID.randomUUID(), UUID.fromString(id), LocalDate.now(), now, now)
                .update();
        return id;
    }

    @Test
    void aCvGeneratedPreviewedAndSavedThenExpiringAndObsolete() {
        String id = person("Curricolo");
        Page page = login("coordinatore", 1366);
        page.navigate(url("/persons/" + id));
        assertThat(page.locator("#cv")).containsText("Nessun CV salvato.");
        page.getByRole(AriaRole.LINK, named("Pagina del CV")).click();
        assertThat(page.locator("h1")).containsText("Curriculum vitae di");
        assertThat(page.locator("#checklist")).containsText("Titoli di studio: 1");
        assertThat(page.locator("#checklist")).containsText("Professioni desiderate: 1");
        assertThat(page.locator("#transfer-why")).containsText("non ha dato il consenso");
        browser.check(page, "120-cv-page-empty");

        page.getByLabel("Lingua del CV").selectOption("en");
        page.getByRole(AriaRole.BUTTON, named("Mostra l’anteprima")).click();
        assertThat(page.locator("#preview")).containsText("Anteprima del CV in inglese");
        assertThat(page.locator("#preview")).containsText("Cameriere di ristorante");
        assertThat(page.locator("#preview")).containsText("Years of experience: 6");
        browser.check(page, "121-cv-preview");
        var pdf = page.request().get(url("/persons/" + id + "/cv/preview.pdf?language=en"));
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.headers().get("content-type")).isEqualTo("application/pdf");

        page.getByRole(AriaRole.BUTTON, named("Salva come CV della persona")).click();
        assertThat(page.locator("[role=status]").first()).containsText("CV generato e salvato");
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Rome"));
        String validThrough = today.plusMonths(6).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        assertThat(page.getByText("Valido fino al " + validThrough + " compreso"))
                .isVisible();
        assertThat(page.getByText("Generato da Orienta in inglese")).isVisible();
        browser.check(page, "122-cv-saved");

        Page narrow = login("coordinatore", 390);
        narrow.navigate(url("/persons/" + id + "/cv"));
        browser.check(narrow, "123-cv-saved-narrow");

        // ten days before its end the CV is on the centre's list and on the home page
        jdbc.sql("update cv set obsolete_from = ? where person_id = ?")
                .params(today.plusDays(10), UUID.fromString(id))
                .update();
        page.navigate(url("/cv/expiring"));
        assertThat(page.locator("tbody")).containsText("Curricolo");
        browser.check(page, "124-cv-expiring-list");
        page.navigate(url("/"));
        assertThat(page.locator("#worklist-cvs")).isVisible();

        // from its first obsolete day it says so in words, on its page and on the worker file
        jdbc.sql("update cv set obsolete_from = ? where person_id = ?")
                .params(today, UUID.fromString(id))
                .update();
        page.navigate(url("/persons/" + id + "/cv"));
        assertThat(page.locator(".alert-danger").first())
                .containsText("CV obsoleto (con data aggiornamento oltre i 6 mesi)");
        assertThat(page.locator("#transfer-why")).isVisible();
        browser.check(page, "125-cv-obsolete");
        page.navigate(url("/persons/" + id));
        assertThat(page.locator("#cv")).containsText("CV obsoleto (con data aggiornamento oltre i 6 mesi)");
    }

    @Test
    void aCvUploadedThenDeletedWithItsMessage() {
        String id = person("Cancellato");
        Page page = login("coordinatore", 1366);
        page.navigate(url("/persons/" + id + "/cv"));

        // a PNG named .pdf is refused at the field, nothing saved
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};
        page.getByLabel("File del CV (PDF)").setInputFiles(new FilePayload("foto.pdf", "application/pdf", png));
        page.getByRole(AriaRole.BUTTON, named("Salva il CV caricato")).click();
        assertThat(page.locator("#file-error")).containsText("Il file non è un PDF");
        assertThat(page.getByLabel("File del CV (PDF)")).hasAttribute("aria-invalid", "true");
        browser.check(page, "126-cv-upload-refused");

        page.getByLabel("File del CV (PDF)")
                .setInputFiles(new FilePayload("cv-cancellato.pdf", "application/pdf", pdf("Il mio CV")));
        page.getByRole(AriaRole.BUTTON, named("Salva il CV caricato")).click();
        assertThat(page.locator("[role=status]").first()).containsText("CV caricato e salvato");
        assertThat(page.getByText("cv-cancellato.pdf")).isVisible();

        page.getByRole(AriaRole.LINK, named("Elimina il CV")).click();
        assertThat(page.locator("h1")).containsText("Eliminare il CV di");
        assertThat(page.locator("#delete-explained")).containsText("Non viene eliminato dal portale Toscana Lavoro");
        assertThat(page.locator("#delete-explained"))
                .containsText("nell’area personale del portale, sezione Curriculum");
        browser.check(page, "127-cv-delete-confirm");

        page.getByRole(AriaRole.BUTTON, named("Elimina il CV")).click();
        assertThat(page.locator("[role=status]").first())
                .containsText("CV eliminato da Orienta e dal sistema di ricerca CV");
        assertThat(page.locator("[role=status]").first())
                .containsText("deve eliminarlo lei stessa dal proprio profilo");
        assertThat(page.getByText("La persona non ha ancora un CV salvato in Orienta."))
                .isVisible();
        assertThat(page.locator("table")).containsText("Eliminato il");
        browser.check(page, "128-cv-deleted");

        page.navigate(url("/persons/" + id + "/cv/delete"));
        assertThat(page.locator("h1")).containsText("CV non trovato");
        assertThat(page.getByText("Questa persona non ha un CV in Orienta")).isVisible();
        browser.check(page, "129-cv-delete-missing");

        page.navigate(url("/persons/" + id));
        assertThat(page.locator("#timeline")).containsText("CV eliminato da Orienta e dal sistema di ricerca CV");
    }

    static byte[] pdf(String text) {
        try (var document = new org.apache.pdfbox.pdmodel.PDDocument()) {
            var page = new org.apache.pdfbox.pdmodel.PDPage();
            document.addPage(page);
            try (var content = new org.apache.pdfbox.pdmodel.PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(
                        new org.apache.pdfbox.pdmodel.font.PDType1Font(
                                org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA),
                        12);
                content.newLineAtOffset(72, 720);
                content.showText(text);
                content.endText();
            }
            var out = new java.io.ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
