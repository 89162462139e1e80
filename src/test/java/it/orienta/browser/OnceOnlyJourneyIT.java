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
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Once only (issue 14) in a real browser: closing a pathway as "referred to another service" picks the referral
 * already sent instead of retyping it; the regional text of an occupation is copied with a button (the Clipboard
 * API, or the text selected where the API is absent), each said in a live region. axe-core on every page;
 * screenshots 350–354.
 */
@OrientaAppTest
class OnceOnlyJourneyIT {

    static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

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

    Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name).setExact(true);
    }

    /** Ticks a radio or checkbox as a person does: Bootstrap Italia draws it on its label. */
    static void tick(Page page, String label) {
        page.locator("label")
                .getByText(label, new com.microsoft.playwright.Locator.GetByTextOptions().setExact(true))
                .click();
    }

    @Test
    void theReferredOutcomePicksTheReferralAlreadySent() {
        var api = Api.as(port, "coordinatore");
        String id = api.post("/api/v1/persons", Persons.florentine("Inviati"))
                .json()
                .path("id")
                .asString();
        var referral = new HashMap<String, Object>();
        referral.put("kind", "OTHER_SERVICE");
        referral.put("serviceName", "Centro di salute mentale");
        referral.put("reasonText", "Segnalato disagio");
        referral.put("sharedData", List.of("IDENTITY"));
        referral.put("consentGiven", true);
        var created = api.post("/api/v1/persons/" + id + "/referrals", referral);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String referralId = created.json().path("id").asString();
        var sentOn = LocalDate.now(ZoneId.of("Europe/Rome")).minusDays(3);
        var sent = api.header("If-Match", created.etag())
                .post(
                        "/api/v1/referrals/" + referralId + "/send",
                        Map.of(
                                "sentOn",
                                sentOn.toString(),
                                "dueDate",
                                sentOn.plusDays(30).toString()));
        assertThat(sent.status()).as(sent.body()).isEqualTo(200);

        Page page = login("coordinatore");
        page.navigate(url("/persons/" + id + "/pathway/outcomes"));
        String option = "Centro di salute mentale, inviato il "
                + sentOn.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")) + " (Inviato)";
        assertThat(page.getByLabel(option)).isVisible();
        assertThat(page.getByLabel("Nessuno di questi: scrivo il servizio qui sotto"))
                .isChecked();
        browser.check(page, "350-outcome-referrals-offered");

        // referred, none picked and nothing typed: refused at the service's field
        tick(page, "Persona inviata ad altro servizio");
        page.getByRole(AriaRole.BUTTON, named("Chiudi il percorso")).click();
        assertThat(page.locator("#referredTo-error")).containsText("Indica il servizio");
        browser.check(page, "351-outcome-referral-refused");

        // the referral picked: nothing retyped, the closed pathway links to it
        tick(page, option);
        page.getByRole(AriaRole.BUTTON, named("Chiudi il percorso")).click();
        assertThat(page.locator("[role=status]").first()).containsText("Percorso chiuso");
        var link = page.getByRole(AriaRole.LINK, named("Inviata a: Centro di salute mentale"));
        assertThat(link).hasAttribute("href", "/referrals/" + referralId);
        browser.check(page, "352-outcome-referral-cited");
    }

    @Test
    void theRegionalTextIsCopiedWithAButtonOrSelectedWhereTheClipboardIsAbsent() throws Exception {
        try (var in = Files.newInputStream(Path.of("../shared/data/istat-cp2011-professioni.fhir.xml"))) {
            reference.importFhir(in, "istat-cp2011-professioni.fhir.xml", CodeSystem.PROFESSION, Actor.SYSTEM);
        }
        String id = Api.as(port, "coordinatore")
                .post("/api/v1/persons", Persons.florentine("Copiati"))
                .json()
                .path("id")
                .asString();
        var now = Timestamp.from(Instant.now());
        jdbc.sql("insert into desired_occupation (id, person_id, profession_code, from_work, from_education,"
                        + " from_training, interview_date, centre_code, created_at, created_by, updated_at,"
                        + " updated_by, specific_skills, experience_years, licences_tools)"
                        + " values (?, ?, '5.2.2.3.2', true, false, false, ?, 'CPI-FI', ?, 'test', ?, 'test',"
                        + " 'Servizio ai tavoli', 6, 'HACCP')")
                .params(UUID.randomUUID(), UUID.fromString(id), LocalDate.now(), now, now)
                .update();

        Page page = login("coordinatore");
        page.context().grantPermissions(List.of("clipboard-read", "clipboard-write"));
        page.navigate(url("/persons/" + id + "/occupations"));
        var text = page.locator("textarea.regional-text").first();
        assertThat(text)
                .hasValue(java.util.regex.Pattern.compile(
                        ".*Competenze specifiche: Servizio ai tavoli.*", java.util.regex.Pattern.DOTALL));
        page.getByRole(AriaRole.BUTTON, named("Copia il testo")).click();
        assertThat(page.locator(".copy-status").first()).hasText("Testo copiato");
        assertThat(page.evaluate("navigator.clipboard.readText()")).isEqualTo(text.inputValue());
        browser.check(page, "353-occupation-text-copied");

        // no Clipboard API (an insecure origin, an old browser): the text is selected and the region says how
        Page old = login("coordinatore");
        old.addInitScript("Object.defineProperty(navigator, 'clipboard', { value: undefined });");
        old.navigate(url("/persons/" + id + "/occupations"));
        old.getByRole(AriaRole.BUTTON, named("Copia il testo")).click();
        assertThat(old.locator(".copy-status").first()).containsText("Testo selezionato: premi Ctrl+C");
        var oldText = old.locator("textarea.regional-text").first();
        assertThat(oldText).isFocused();
        assertThat(oldText.evaluate("t => t.selectionStart === 0 && t.selectionEnd === t.value.length"))
                .isEqualTo(true);
        browser.check(old, "354-occupation-text-selected");
    }

    @Test
    void profilingShowsThePspsTenAreasInsteadOfAskingThemAgain() {
        var api = Api.as(port, "operatore");
        String id = api.post("/api/v1/persons", Persons.florentine("Ambiti"))
                .json()
                .path("id")
                .asString();

        Page page = login("operatore");
        page.navigate(url("/persons/" + id + "/profiling"));
        assertThat(page.locator("#psp-areas")).containsText("non sono ancora stati valutati");
        assertThat(api.get("/api/v1/persons/" + id + "/profiling/psp-areas").status())
                .isEqualTo(404);
        // the areas are no longer asked as questions; the national questions still are
        assertThat(page.getByLabel("Profilo professionale")).hasCount(0);
        assertThat(page.getByLabel("Quale risultato si aspetta dall’incontro?")).isVisible();

        var draft = api.post("/api/v1/persons/" + id + "/agreements", Map.of("startInterview", false));
        assertThat(draft.status()).as(draft.body()).isEqualTo(201);
        String agreement = draft.json().path("id").asString();
        var phase2 = api.header("If-Match", draft.etag())
                .put(
                        "/api/v1/agreements/" + agreement + "/phase2",
                        Map.of(
                                "ratings",
                                Map.of("1", 3, "2", 2, "3", 4, "4", 3, "5", 2, "7", 1),
                                "notes",
                                Map.of("7", "Obiettivo ancora vago")));
        assertThat(phase2.status()).as(phase2.body()).isEqualTo(200);

        // the API reads the same areas from the PSP's published view
        assertThat(api.get("/api/v1/persons/" + id + "/profiling/psp-areas")
                        .json()
                        .path("suggestedScore")
                        .asInt())
                .isEqualTo(3);

        page.navigate(url("/persons/" + id + "/profiling"));
        var areas = page.locator("#psp-areas");
        assertThat(areas).containsText("patto di servizio n. 1 (in scrittura)");
        assertThat(areas).containsText("7. Definizione e chiarezza dell’obiettivo professionale");
        assertThat(areas).containsText("1 — da costruire: Obiettivo ancora vago");
        assertThat(areas).containsText("Non valutato");
        assertThat(page.locator("#psp-suggestion")).containsText("Media delle valutazioni: 2,5 su 4");
        assertThat(page.locator("#psp-suggestion")).containsText("corrisponde a 3");
        browser.check(page, "355-profiling-psp-areas");

        page.getByRole(AriaRole.LINK, named("Valuta gli ambiti nella fase 2 del patto di servizio"))
                .click();
        assertThat(page).hasURL(url("/persons/" + id + "/agreement#phase2"));
    }
}
