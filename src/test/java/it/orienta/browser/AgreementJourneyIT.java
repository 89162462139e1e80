package it.orienta.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import it.orienta.Api;
import it.orienta.OrientaAppTest;
import it.orienta.Persons;
import it.orienta.agreement.AgreementOperators;
import it.orienta.organisation.OrganisationService;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A complete basic-guidance interview in a real browser, ending in a signed PSP whose PDF is downloaded and read:
 * the three phases saved one by one (htmx replaces only the saved section), a plan item refused without a due
 * date or frequency, the interview's meeting closed against the charter standard, signature refused with the
 * interview running and then recorded, the plan followed up, the worker file showing the PSP. axe-core on every
 * page.
 */
@OrientaAppTest
class AgreementJourneyIT {

    static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    OrganisationService organisation;

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

    /** Bootstrap Italia draws checkboxes and radios on their label: click the label, as a user does. */
    static void choose(Page page, String label) {
        page.locator("label")
                .getByText(label, new com.microsoft.playwright.Locator.GetByTextOptions().setExact(true))
                .click();
    }

    Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name).setExact(true);
    }

    @Test
    void aCompleteInterviewEndsInASignedPspWhosePdfIsDownloadedAndRead() throws Exception {
        String user = AgreementOperators.ensure(organisation, "patto.browser");
        var created = Api.as(port, user).post("/api/v1/persons", Persons.florentine("Pattisti"));
        String id = created.json().path("id").asString();

        Page page = login(user);
        page.navigate(url("/persons/" + id));
        assertThat(page.locator("#agreement")).containsText("Nessun patto di servizio");
        page.getByRole(AriaRole.LINK, named("Colloquio e patto di servizio")).click();
        browser.check(page, "40-agreement-none");
        page.getByRole(AriaRole.BUTTON, named("Inizia il colloquio")).click();
        assertThat(page.locator("[role=status]").first()).containsText("Colloquio iniziato");
        assertThat(page.locator("#interview")).containsText("in corso");
        browser.check(page, "41-agreement-interview");

        // phase 1 saved on its own: what was typed in phase 2 stays (htmx swaps only the saved section)
        page.getByLabel("Note", new Page.GetByLabelOptions().setExact(true))
                .first()
                .fill("Ha lavorato 5 anni in cucina");
        choose(page, "Gli obblighi e i diritti legati alla firma del patto");
        choose(page, "Come si svolge il colloquio e quali sono le sue fasi");
        page.getByLabel("Aspettative della persona").fill("Tornare a lavorare in una cucina");
        page.getByLabel("Motivazione della persona").fill("Molto motivata");
        page.getByRole(AriaRole.BUTTON, named("Salva la fase 1")).click();
        assertThat(page.locator("#phase1 [role=status]")).containsText("Fase salvata");
        assertThat(page.locator("#area-notes-1")).hasValue("Ha lavorato 5 anni in cucina");

        // phase 2: areas in any order, portal, CV
        page.locator("#rating-7").selectOption("2");
        page.locator("#rating-1").selectOption("4");
        choose(page, "Iscrizione promossa oggi");
        choose(page, "Da fare");
        page.getByRole(AriaRole.BUTTON, named("Salva la fase 2")).click();
        assertThat(page.locator("#phase2 [role=status]")).containsText("Fase salvata");
        assertThat(page.locator("#rating-7")).hasValue("2");

        // phase 3: a plan item without due date or frequency is refused at the field, then added
        page.getByLabel("Chi la fa").selectOption("PERSON");
        page.getByLabel("Cosa si fa").fill("Inviare tre candidature");
        page.getByRole(AriaRole.BUTTON, named("Aggiungi l’azione")).click();
        assertThat(page.locator("#dueDate-error")).containsText("entro quando");
        assertThat(page.getByLabel("Cosa si fa")).hasValue("Inviare tre candidature");
        browser.check(page, "42-agreement-item-refused");
        page.getByLabel("Oppure: con quale frequenza").fill("ogni settimana");
        page.getByRole(AriaRole.BUTTON, named("Aggiungi l’azione")).click();
        assertThat(page.locator("#plan table")).containsText("Inviare tre candidature");
        page.getByLabel("Chi la fa").selectOption("CENTRE");
        page.getByLabel("Servizio del centro (carta dei servizi)").selectOption("A06-SEM");
        page.getByLabel("Cosa si fa").fill("Seminario sulle tecniche di ricerca");
        page.getByLabel("Entro il")
                .fill(LocalDate.now(ZoneId.of("Europe/Rome")).plusDays(5).toString());
        page.getByRole(AriaRole.BUTTON, named("Aggiungi l’azione")).click();
        assertThat(page.locator("#plan table")).containsText("Seminario sulle tecniche di ricerca");

        page.getByLabel("Obiettivo della persona").fill("Trovare lavoro come aiuto cuoco");
        choose(page, "c) Accompagnamento al lavoro");
        page.getByLabel("Classe di profilazione").selectOption("MEDIUM");
        page.getByLabel("Frequenza dei contatti con l’operatore").fill("una volta al mese");
        page.getByLabel("Come la persona dimostra la ricerca attiva").fill("Porta l’elenco delle candidature inviate");
        choose(page, "Accettare offerte di lavoro congrue");
        page.getByRole(AriaRole.BUTTON, named("Salva la fase 3")).click();
        assertThat(page.locator("#phase3 [role=status]")).containsText("Fase salvata");
        browser.check(page, "43-agreement-phases-saved");

        // signing while the interview's meeting runs is refused; 95 minutes later it needs a reason
        page.getByRole(AriaRole.LINK, named("Registra la firma")).click();
        page.getByRole(AriaRole.BUTTON, named("Registra la firma")).click();
        assertThat(page.locator(".alert-danger")).containsText("chiudilo prima di registrare la firma");
        browser.check(page, "44-agreement-sign-refused");
        jdbc.update(
                "update meeting set started_at = started_at - interval '95 minutes' where person_id = ?::uuid",
                java.util.UUID.fromString(id));
        page.navigate(url("/persons/" + id + "/agreement#interview"));
        page.getByRole(AriaRole.BUTTON, named("Chiudi il colloquio")).click();
        assertThat(page.locator("#deviationReason-error")).containsText("oltre il massimo di 90");
        page.getByLabel("Motivo dello scostamento dallo standard").fill("La persona aveva molte domande");
        page.getByRole(AriaRole.BUTTON, named("Chiudi il colloquio")).click();
        assertThat(page.locator("#interview")).containsText("Oltre il massimo");

        // the signature: today's date on paper
        page.getByRole(AriaRole.LINK, named("Registra la firma")).click();
        browser.check(page, "45-agreement-sign");
        page.getByRole(AriaRole.BUTTON, named("Registra la firma")).click();
        assertThat(page.locator("[role=status]").first()).containsText("Firma registrata");
        assertThat(page.locator("h1")).containsText("Patto di servizio, versione 1");
        browser.check(page, "46-agreement-signed");

        // the PDF, downloaded and read
        var download = page.waitForDownload(() -> page.evaluate(
                "url => { const a = document.createElement('a'); a.href = url; a.download = 'patto.pdf';"
                        + " document.body.appendChild(a); a.click(); }",
                url(page.locator("a:has-text('Scarica il PDF')").getAttribute("href"))));
        byte[] pdf = Files.readAllBytes(download.path());
        try (var doc = Loader.loadPDF(pdf)) {
            var first = new PDFTextStripper();
            first.setEndPage(1);
            String text = first.getText(doc).replace("\n", "");
            assertThat(text)
                    .contains("questo è il tuo patto di servizio")
                    .contains("Trovare lavoro come aiuto cuoco")
                    .contains("Seminario sulle tecniche di ricerca")
                    .contains("Inviare tre candidature — ogni settimana")
                    .contains("Ci sentiamo una volta al mese.")
                    .doesNotContain("Bozza");
            assertThat(new PDFTextStripper().getText(doc).replace("\n", ""))
                    .contains("Firmato dalla persona il "
                            + DateTimeFormatter.ofPattern("dd/MM/yyyy")
                                    .format(LocalDate.now(ZoneId.of("Europe/Rome"))));
        }

        // the plan is followed up after signature
        page.locator("select[id^=status-]").first().selectOption("IN_PROGRESS");
        page.getByRole(AriaRole.BUTTON, named("Cambia stato")).first().click();
        assertThat(page.locator("[role=status]").first()).containsText("Stato dell’azione aggiornato");
        assertThat(page.locator("tr[id^=item-]").first()).containsText("In corso");

        // an update is a new version; the differences are shown
        page.getByRole(AriaRole.BUTTON, named("Aggiorna il patto")).click();
        assertThat(page.locator("#status")).containsText("versione 2");
        page.getByLabel("Obiettivo della persona").fill("Lavorare come cuoco");
        page.getByRole(AriaRole.BUTTON, named("Salva la fase 3")).click();
        assertThat(page.locator("#phase3 [role=status]")).containsText("Fase salvata");
        page.navigate(url("/persons/" + id));
        assertThat(page.locator("#agreement")).containsText("Patto in vigore: versione 1");
        assertThat(page.locator("#agreement")).containsText("Stai scrivendo la versione 2");
        browser.check(page, "47-worker-file-agreement");
        page.locator("#agreement a:has-text('Apri la versione 1')").click();
        page.getByRole(AriaRole.LINK, named("Differenze tra la 2 e la 1")).click();
        assertThat(page.locator("table")).containsText("Lavorare come cuoco");
        browser.check(page, "48-agreement-diff");
    }
}
