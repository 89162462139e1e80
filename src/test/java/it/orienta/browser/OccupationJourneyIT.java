package it.orienta.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import it.orienta.Api;
import it.orienta.OrientaAppTest;
import it.orienta.Persons;
import it.orienta.reference.CodeSystem;
import it.orienta.reference.ReferenceService;
import it.orienta.system.Actor;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Occupations chosen by typing, in a real browser: the operator types ordinary words into the profession combobox,
 * picks with the keyboard, is refused without a source, adds three (the form then says three is the most), saves
 * the availability, sees the regional text and the worker file's section; changes one; then extracts in the background and
 * downloads; the administrator's synonyms page. axe-core on every page; screenshots 110–119.
 */
@OrientaAppTest
class OccupationJourneyIT {

    static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    ReferenceService reference;

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

    /** Ticks a radio or checkbox as a person does: Bootstrap Italia draws it on its label. */
    static void tick(Page page, String label) {
        page.locator("label")
                .getByText(label, new com.microsoft.playwright.Locator.GetByTextOptions().setExact(true))
                .click();
    }

    Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name).setExact(true);
    }

    /** Types into the combobox like a person, then chooses the first option with the keyboard. */
    void choose(Page page, String words, String expected) {
        var box = page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Professione"));
        box.fill("");
        String q = "q="
                + java.net.URLEncoder.encode(words, java.nio.charset.StandardCharsets.UTF_8)
                        .replace("+", "%20");
        page.waitForResponse(
                r -> r.url().contains("/professions/options") && r.url().endsWith(q),
                () -> box.pressSequentially(
                        words, new com.microsoft.playwright.Locator.PressSequentiallyOptions().setDelay(40)));
        var first = page.locator("#profession-listbox [role=option]").first();
        assertThat(first).containsText(expected);
        assertThat(box).hasAttribute("aria-expanded", "true");
        box.press("ArrowDown");
        assertThat(first).hasAttribute("aria-selected", "true");
        box.press("Enter");
        assertThat(box)
                .hasValue(java.util.regex.Pattern.compile(expected.replaceAll("[^A-Za-z0-9 ]", ".") + ".* . \\d.*"));
    }

    @Test
    void occupationsChosenByTyping() throws Exception {
        try (var in = Files.newInputStream(Path.of("../shared/data/istat-cp2011-professioni.fhir.xml"))) {
            reference.importFhir(in, "istat-cp2011-professioni.fhir.xml", CodeSystem.PROFESSION, Actor.SYSTEM);
        }
        var created = Api.as(port, "operatore").post("/api/v1/persons", Persons.florentine("Mestieri"));
        String id = created.json().path("id").asString();

        Page page = login("operatore");
        page.navigate(url("/persons/" + id + "/occupations"));
        assertThat(page.locator("h1")).containsText("Professioni desiderate di");
        browser.check(page, "110-occupations-empty");

        // typing ordinary words: the list answers while typing; the keyboard chooses
        var box = page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Professione"));
        box.pressSequentially("camerie", new com.microsoft.playwright.Locator.PressSequentiallyOptions().setDelay(40));
        assertThat(page.locator("#profession-listbox [role=option]").first()).containsText("Camerieri di ristorante");
        assertThat(page.locator("#profession-listbox"))
                .containsText("Esercenti ed addetti nelle attività di ristorazione");
        browser.check(page, "111-occupation-combobox-open");
        choose(page, "cameriere", "Camerieri di ristorante");

        // no source: refused at the field, nothing saved
        page.getByRole(AriaRole.BUTTON, named("Aggiungi la professione")).click();
        assertThat(page.locator("#sources-error")).containsText("Indica almeno una fonte");
        browser.check(page, "112-occupation-refused");
        tick(page, "Lavoro");
        page.getByLabel("Settore economico-professionale (SEP)").selectOption("23");
        page.getByLabel("Competenze specifiche maturate nel profilo").fill("Servizio ai tavoli, vini toscani");
        page.getByLabel("Anni di esperienza nel profilo").fill("6");
        page.getByLabel("Anno dell’ultimo rapporto di lavoro nel profilo").fill("2025");
        page.getByRole(AriaRole.BUTTON, named("Aggiungi la professione")).click();
        assertThat(page.locator("[role=status].alert-success")).containsText("Professione desiderata aggiunta");
        assertThat(page.locator("textarea.regional-text").first())
                .hasValue(java.util.regex.Pattern.compile(
                        "SEP: 23 - Servizi turistici\\nCompetenze specifiche: Servizio ai tavoli, vini toscani\\n.*",
                        java.util.regex.Pattern.DOTALL));

        choose(page, "saldatore", "Saldatori");
        tick(page, "Formazione");
        page.getByRole(AriaRole.BUTTON, named("Aggiungi la professione")).click();
        assertThat(page.locator("[role=status].alert-success")).isVisible();
        choose(page, "badante", "Addetti all'assistenza personale");
        tick(page, "Lavoro");
        page.getByRole(AriaRole.BUTTON, named("Aggiungi la professione")).click();
        assertThat(page.locator("#limit-reached")).containsText("già tre professioni desiderate");

        // the availability, once for the person
        page.getByLabel("Disponibilità oraria").selectOption("FULL_TIME");
        page.getByLabel("Disponibilità agli spostamenti").selectOption("REGION");
        tick(page, "Mezzi pubblici");
        page.getByRole(AriaRole.BUTTON, named("Salva la disponibilità")).click();
        assertThat(page.locator("[role=status].alert-success")).containsText("Disponibilità salvata");
        browser.check(page, "113-occupations-three");

        page.navigate(url("/persons/" + id));
        assertThat(page.locator("#desired-occupations")).containsText("Camerieri di ristorante");
        assertThat(page.locator("#desired-occupations")).containsText("Tempo pieno");
        browser.check(page, "114-worker-file-occupations");

        // change one: the edit page with the version it was read at
        page.navigate(url("/persons/" + id + "/occupations"));
        page.getByRole(AriaRole.LINK, named("Modifica: Camerieri di ristorante"))
                .click();
        assertThat(page.locator("h1")).containsText("Modifica: Camerieri di ristorante");
        browser.check(page, "115-occupation-edit");
        page.getByLabel("Anni di esperienza nel profilo").fill("7");
        page.getByRole(AriaRole.BUTTON, named("Salva")).click();
        assertThat(page.locator("[role=status].alert-success")).containsText("Professione desiderata modificata");
        assertThat(page.locator("textarea.regional-text").first())
                .hasValue(java.util.regex.Pattern.compile(
                        ".*Durata dell.esperienza nel profilo: 7 anni.*", java.util.regex.Pattern.DOTALL));

        // the extraction, in the background, then the download
        page.navigate(url("/occupations/extraction"));
        browser.check(page, "116-extraction");
        page.getByLabel("Settore economico-professionale (SEP)").selectOption("23");
        page.getByRole(AriaRole.BUTTON, named("Conta le righe")).click();
        assertThat(page.locator("#extraction-count")).containsText("rig");
        tick(page, "Excel (XLSX)");
        page.getByRole(AriaRole.BUTTON, named("Avvia l’estrazione")).click();
        assertThat(page.locator("#extraction-download")).isVisible();
        browser.check(page, "117-extraction-done");
        var download =
                page.waitForDownload(() -> page.locator("#extraction-download").click());
        assertThat(download.suggestedFilename()).isEqualTo("estrazione-professioni.xlsx");

        Page admin = login("amministratore");
        admin.navigate(url("/admin/profession-synonyms?code=5.4.4.3.0"));
        assertThat(admin.locator("#synonyms")).containsText("badante");
        browser.check(admin, "118-profession-synonyms");
        choose(admin, "assistenza personale", "Addetti all'assistenza personale");
        admin.locator("#term").fill("assistente agli anziani");
        admin.getByRole(AriaRole.BUTTON, named("Aggiungi un sinonimo")).click();
        assertThat(admin.locator("#synonym-added")).containsText("assistente agli anziani");
        browser.check(admin, "119-profession-synonym-added");
    }
}
