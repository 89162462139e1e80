package it.orienta.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import it.orienta.Api;
import it.orienta.OrientaAppTest;
import it.orienta.Persons;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A referral to social services from the indicator to the answer, in a real browser: the operator interviews the
 * person (a score outside 1–5 refused at the field), marks an indicator, confirms the proposed deeper assessment,
 * writes the referral (refused without reasons), sends it with the person's consent, records the acknowledgement
 * and the answer; the coordinator's list shows an overdue one; the administrator's lists. axe-core on every page.
 */
@OrientaAppTest
class ProfilingJourneyIT {

    static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

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

    /** Ticks a radio or checkbox as a person does: Bootstrap Italia draws it on its label. */
    static void choose(Page page, String label) {
        page.locator("label")
                .getByText(label, new com.microsoft.playwright.Locator.GetByTextOptions().setExact(true))
                .click();
    }

    Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name).setExact(true);
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
        intake.put("profilingIndex", 0.61);
        intake.put("profilingDate", LocalDate.now(Api.ROME).toString());
        assertThat(api.post("/api/v1/persons/" + id + "/intakes", intake).status())
                .isEqualTo(201);
        return id;
    }

    @Test
    void aReferralToSocialServicesFromIndicatorToAnswer() {
        String id = personInCharge("Inviati");

        Page page = login("operatore");
        page.navigate(url("/persons/" + id));
        assertThat(page.locator("#profiling")).containsText("Profilazione e invii");
        page.getByRole(AriaRole.LINK, named("Profilazione qualitativa")).click();
        assertThat(page.locator("h1")).containsText("Profilazione qualitativa di");
        assertThat(page.locator("#quantitative")).containsText("0,61");
        browser.check(page, "90-profiling");

        // a score outside 1–5 (a tampered form) is refused at the field, nothing saved
        page.getByLabel("Quale risultato si aspetta dall’incontro?").fill("Capire dove cercare lavoro");
        page.getByLabel("Quali difficoltà ha incontrato nella ricerca di lavoro?")
                .fill("Ha perso la casa, vive da un’amica");
        choose(page, "Disagio abitativo");
        page.locator("#score5").evaluate("e => { e.value = '7'; e.checked = true; }");
        page.getByRole(AriaRole.BUTTON, named("Salva l’intervista")).click();
        assertThat(page.locator("#score-error")).containsText("Il punteggio di occupabilità va da 1 a 5");
        assertThat(page.getByLabel("Quale risultato si aspetta dall’incontro?")).hasValue("Capire dove cercare lavoro");
        assertThat(page.getByLabel("Disagio abitativo")).isChecked();
        browser.check(page, "91-profiling-score-refused");
        assertThat(jdbc.queryForObject(
                        "select count(*) from profiling_interview where person_id = ?",
                        Integer.class,
                        UUID.fromString(id)))
                .isZero();

        // saved with a score of 2 and the indicator: the deeper assessment is proposed
        page.locator("label[for=score2]").click();
        page.getByRole(AriaRole.BUTTON, named("Salva l’intervista")).click();
        assertThat(page.locator("[role=status]").first()).containsText("indicatori di possibile fragilità");
        assertThat(page.locator("#assessment")).containsText("si propone un approfondimento");
        browser.check(page, "92-profiling-proposal");
        page.getByLabel("Note sull’approfondimento").fill("Colloquio di approfondimento svolto");
        page.getByRole(AriaRole.BUTTON, named("Conferma l’approfondimento")).click();
        assertThat(page.locator("#assessment")).containsText("Approfondimento confermato");
        browser.check(page, "93-profiling-assessment-confirmed");

        // the referral: refused without reasons, then written with the indicator and the operator's words
        page.getByRole(AriaRole.LINK, named("Invia ai servizi sociali")).click();
        assertThat(page.locator("h1")).containsText("Nuovo invio di");
        assertThat(page.locator("#recipient")).hasValue("Servizio sociale del Comune di Firenze (FI)");
        page.getByRole(AriaRole.BUTTON, named("Salva l’invio")).click();
        assertThat(page.locator("#reasons-error")).containsText("Indica almeno un motivo dell’invio");
        browser.check(page, "94-referral-no-reasons");
        assertThat(jdbc.queryForObject(
                        "select count(*) from referral where person_id = ?", Integer.class, UUID.fromString(id)))
                .isZero();
        choose(page, "Disagio abitativo");
        page.getByLabel("Altri motivi").fill("Nessuna rete familiare di supporto");
        choose(page, "Dati anagrafici");
        choose(page, "Indicatori di fragilità");
        page.getByRole(AriaRole.BUTTON, named("Salva l’invio")).click();
        assertThat(page.locator("[role=status]").first()).containsText("Invio salvato in bozza");
        assertThat(page.locator("#referral-data")).containsText("Disagio abitativo");
        assertThat(page.locator("#referral-data")).containsText("Nessuna rete familiare di supporto");
        browser.check(page, "95-referral-draft");

        // sending needs the person's consent
        page.getByRole(AriaRole.BUTTON, named("Registra l’invio")).click();
        assertThat(page.locator("#consentGiven-error")).containsText("Senza il consenso della persona");
        browser.check(page, "96-referral-consent-required");
        choose(page, "La persona acconsente a condividere questi dati con il destinatario");
        page.getByRole(AriaRole.BUTTON, named("Registra l’invio")).click();
        assertThat(page.locator("[role=status]").first()).containsText("Invio registrato");
        page.getByRole(AriaRole.BUTTON, named("Registra la ricezione")).click();
        assertThat(page.locator("[role=status]").first()).containsText("Ricezione registrata");
        browser.check(page, "97-referral-acknowledged");
        page.getByLabel("Risposta del destinatario").fill("Colloquio fissato con l’assistente sociale");
        page.getByRole(AriaRole.BUTTON, named("Registra la risposta")).click();
        assertThat(page.locator("[role=status]").first()).containsText("Risposta registrata");
        assertThat(page.locator("#steps")).containsText("Colloquio fissato con l’assistente sociale");
        assertThat(page.locator(".lead")).containsText("Risposto");
        browser.check(page, "98-referral-answered");

        page.getByRole(AriaRole.LINK, named("Torna agli invii")).click();
        assertThat(page.locator("table")).containsText("Servizio sociale del Comune di Firenze");
        browser.check(page, "99-referrals");

        page.navigate(url("/persons/" + id));
        assertThat(page.locator("#timeline")).containsText("Invio a Servizio sociale del Comune di Firenze (FI)");
    }

    @Test
    void theCoordinatorSeesOverdueReferralsAndTheAdministratorTheLists() {
        String id = personInCharge("Ritardi");
        var api = Api.as(port, "operatore");
        var referral = new HashMap<String, Object>();
        referral.put("kind", "OTHER_SERVICE");
        referral.put("serviceName", "SerD Firenze");
        referral.put("reasonText", "Dipendenza segnalata");
        referral.put("sharedData", java.util.List.of("IDENTITY"));
        referral.put("consentGiven", true);
        var created = api.post("/api/v1/persons/" + id + "/referrals", referral);
        api.header("If-Match", created.etag())
                .post(
                        "/api/v1/referrals/" + created.json().path("id").asString() + "/send",
                        java.util.Map.of(
                                "sentOn", LocalDate.now(Api.ROME).minusDays(20).toString(),
                                "dueDate", LocalDate.now(Api.ROME).minusDays(5).toString()));

        Page page = login("coordinatore");
        Browser.openMenu(page, "Il centro");
        page.getByRole(AriaRole.LINK, named("Invii")).click();
        assertThat(page.locator("h1")).containsText("Invii del centro");
        choose(page, "Solo scaduti");
        page.getByRole(AriaRole.BUTTON, named("Filtra")).click();
        assertThat(page.locator("table")).containsText("Ritardi");
        assertThat(page.locator("table")).containsText("Scaduto");
        browser.check(page, "100-centre-referrals");

        Page admin = login("amministratore");
        admin.navigate(url("/admin"));
        admin.getByRole(AriaRole.LINK, named("Domande della profilazione")).click();
        assertThat(admin.locator("table")).containsText("Che tipo di lavoro cerca?");
        assertThat(admin.locator("table")).containsText("Definizione e chiarezza dell’obiettivo professionale");
        admin.getByLabel("Codice").fill("");
        admin.getByRole(AriaRole.BUTTON, named("Aggiungi")).click();
        assertThat(admin.locator("#code-error")).containsText("Indica il codice");
        browser.check(admin, "101-admin-questions");
        admin.navigate(url("/admin/profiling/indicators"));
        assertThat(admin.locator("table")).containsText("Disagio abitativo");
        browser.check(admin, "102-admin-indicators");
        admin.getByRole(AriaRole.LINK, named("Disagio abitativo")).click();
        assertThat(admin.locator("h1")).containsText("Modifica HOUSING");
        browser.check(admin, "103-admin-indicator");
    }
}
