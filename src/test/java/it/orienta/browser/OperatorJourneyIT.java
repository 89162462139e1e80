package it.orienta.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import it.orienta.OrientaAppTest;
import it.orienta.Persons;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What an operator does all day, in a real browser: log in, register a person (after a wrong codice fiscale),
 * take them in charge with consent, withdraw it, read and filter the timeline, search; a coordinator reads the
 * audit log; an administrator imports a reference table; an operator of several centres chooses one.
 */
@OrientaAppTest
class OperatorJourneyIT {

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

    /** Ticks a radio or checkbox as a person does: Bootstrap Italia draws it on its label. */
    static void choose(Page page, String label) {
        page.locator("label")
                .getByText(label, new com.microsoft.playwright.Locator.GetByTextOptions().setExact(true))
                .click();
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    Page login(String username, int width, int height) {
        Page page = browser.page(width, height);
        page.navigate(url("/login"));
        page.getByLabel("Nome utente").fill(username);
        page.getByLabel("Password").fill("Orienta.2026");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accedi"))
                .click();
        return page;
    }

    @Test
    void registersTakesInChargeWithdrawsConsentAndFinds() {
        Page page = browser.page(1366, 768);
        page.navigate(url("/login"));
        browser.check(page, "01-login");
        page.getByLabel("Nome utente").fill("operatore");
        page.getByLabel("Password").fill("sbagliata");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accedi"))
                .click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("non corretti");
        page.getByLabel("Nome utente").fill("operatore");
        page.getByLabel("Password").fill("Orienta.2026");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accedi"))
                .click();
        assertThat(page.locator("h1")).containsText("Buongiorno, Giulia Bianchi");
        assertThat(page.locator(".orienta-who")).containsText("CPI Firenze (FI)");
        browser.check(page, "02-home");

        // register: first with a wrong check character, then right
        LocalDate born = LocalDate.of(1992, 4, 17);
        String taxCode = Persons.taxCode("Serena", "Lombardi", born, true, "D612");
        String wrong = taxCode.substring(0, 15) + (taxCode.charAt(15) == 'A' ? 'B' : 'A');
        Browser.openMenu(page, "Persone");
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Nuova persona").setExact(true))
                .click();
        page.getByLabel("Codice fiscale").fill(wrong);
        page.getByLabel("Cognome").fill("Lombardi");
        page.getByRole(
                        AriaRole.TEXTBOX,
                        new Page.GetByRoleOptions().setName("Nome").setExact(true))
                .fill("Serena");
        choose(page, "Femminile");
        page.getByLabel("Data di nascita").fill(born.toString());
        page.getByLabel("Comune di nascita")
                .pressSequentially(
                        "Firen", new com.microsoft.playwright.Locator.PressSequentiallyOptions().setDelay(40));
        page.waitForSelector(
                "#birthMunicipalityCode-municipalities-list option[value='Firenze (FI) · 048017']",
                new Page.WaitForSelectorOptions()
                        .setState(com.microsoft.playwright.options.WaitForSelectorState.ATTACHED));
        page.getByLabel("Comune di nascita").fill("Firenze (FI) · 048017");
        page.getByLabel("Cittadinanza").fill("Italia");
        page.getByLabel("Comune di residenza").fill("Firenze");
        page.getByLabel("Indirizzo di residenza").fill("Via Pietrapiana 30");
        page.getByLabel("E-mail").fill("serena.lombardi@example.it");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Salva"))
                .click();
        assertThat(page.locator("#taxCode-error")).containsText("carattere di controllo");
        assertThat(page.getByLabel("Codice fiscale")).hasAttribute("aria-invalid", "true");
        browser.check(page, "03-register-error");
        page.getByLabel("Codice fiscale").fill(taxCode.toLowerCase());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Salva"))
                .click();
        assertThat(page.locator("h1")).containsText("Fascicolo di Serena Lombardi");
        assertThat(page.locator("[role=status]")).containsText("Persona registrata");
        assertThat(page.locator("#intake-state")).containsText("non è in carico");
        browser.check(page, "04-worker-file-new");

        // take in charge with consent
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Prendi in carico"))
                .click();
        browser.check(page, "05-intake-form");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Salva"))
                .click();
        assertThat(page.locator(".alert-danger")).containsText("informativa");
        browser.check(page, "05b-intake-error");
        choose(page, "La persona ha ricevuto e letto l’informativa");
        choose(page, "La persona dà il consenso");
        page.getByLabel("Indice di profilazione quantitativa (da 0 a 1)").fill("0,35");
        page.getByLabel("Data dell’indice").fill(LocalDate.now().toString());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Salva"))
                .click();
        assertThat(page.locator("#consent-state")).hasText("Dato");
        assertThat(page.locator("#intake-state")).containsText("CPI-FI");
        browser.check(page, "06-worker-file-in-charge");

        // withdraw consent, confirming the question
        page.onceDialog(dialog -> dialog.accept());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Revoca il consenso"))
                .click();
        assertThat(page.locator("#consent-state")).hasText("Revocato");
        assertThat(page.locator(".timeline-entry").first()).containsText("revocato");

        // filter the timeline (htmx, no reload)
        page.getByLabel("Mostra solo").selectOption("consent");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filtra"))
                .click();
        assertThat(page.locator(".timeline-entry")).hasCount(2);
        browser.check(page, "07-timeline-filtered");

        // special-category data on request
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mostra i dati particolari"))
                .click();
        assertThat(page.locator("#special-data")).containsText("Ogni lettura viene registrata");

        // find them again
        Browser.openMenu(page, "Persone");
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Cerca persone").setExact(true))
                .click();
        page.getByLabel("Codice fiscale, cognome o nome").fill("lombardi ser");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cerca"))
                .click();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Lombardi")))
                .isVisible();
        browser.check(page, "08-search");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Lombardi"))
                .click();
        assertThat(page.locator("h1")).containsText("Serena Lombardi");

        // English on request
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("EN").setExact(true))
                .click();
        assertThat(page.locator("h1")).containsText("Serena Lombardi’s file");
        browser.check(page, "09-worker-file-english");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("IT").setExact(true))
                .click();

        // edit the details; markup typed in a note is kept as text and shown escaped
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Modifica i dati"))
                .click();
        browser.check(page, "09b-person-edit");
        page.getByLabel("Cellulare").fill("+39 333 9876543");
        page.getByLabel("Note").fill("<b>non grassetto</b>");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Salva"))
                .click();
        assertThat(page.locator("[role=status]")).containsText("Modifiche salvate");
        assertThat(page.locator("dl.person-data")).containsText("<b>non grassetto</b>");
        assertThat(page.locator("dl.person-data b")).hasCount(0);
        assertThat(page.locator(".timeline-entry").first()).containsText("mobilePhone");

        // the narrow screen
        Page narrow = login("operatore", 390, 844);
        narrow.navigate(page.url());
        browser.check(narrow, "10-worker-file-narrow");
        narrow.context().close();
        page.context().close();
    }

    @Test
    void aCoordinatorReadsTheAuditLog() {
        String id = jdbc.queryForObject("select id::text from person order by created_at limit 1", String.class);
        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .until(() -> jdbc.queryForObject("select count(*) from audit_entry", Integer.class) > 0);
        Page page = login("coordinatore", 1366, 768);
        page.navigate(url("/persons/" + id));
        Browser.openMenu(page, "Il centro");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Registro accessi"))
                .click();
        page.getByLabel("Persona", new Page.GetByLabelOptions().setExact(true)).fill(id);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filtra"))
                .click();
        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            page.reload();
            assertThat(page.locator("tbody tr").first()).containsText("Lettura");
        });
        browser.check(page, "11-audit");
        page.context().close();

        Page operator = login("operatore", 1366, 768);
        operator.navigate(url("/audit"));
        assertThat(operator.locator("h1")).containsText("Si è verificato un problema");
        browser.check(operator, "11b-forbidden");
        operator.context().close();
    }

    @Test
    void anAdministratorImportsAReferenceTable() {
        Page page = login("amministratore", 1366, 768);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Amministrazione"))
                .click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tabelle di riferimento"))
                .click();
        browser.check(page, "12-admin-reference");
        page.getByLabel("File FHIR CodeSystem (XML)")
                .setInputFiles(Path.of("src/main/resources/reference/demo/demo-countries.xml"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Importa"))
                .click();
        assertThat(page.locator("#report-title")).containsText("demo-countries.xml");
        browser.check(page, "13-admin-reference-report");

        page.getByLabel("File FHIR CodeSystem (XML)").setInputFiles(Path.of("pom.xml"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Importa"))
                .click();
        assertThat(page.locator("#upload-errors")).containsText("non è un CodeSystem FHIR");
        page.context().close();
    }

    @Test
    void anAdministratorManagesCentresOperatorsAndTheNotice() {
        Page page = login("amministratore", 1366, 768);
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Amministrazione").setExact(true))
                .click();
        browser.check(page, "15-admin");
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions()
                                .setName("Centri per l’impiego")
                                .setExact(true))
                .click();
        browser.check(page, "16-admin-centres");
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Nuovo centro").setExact(true))
                .click();
        page.getByRole(
                        AriaRole.TEXTBOX,
                        new Page.GetByRoleOptions().setName("Codice").setExact(true))
                .fill("cpi-ar");
        page.getByRole(
                        AriaRole.TEXTBOX,
                        new Page.GetByRoleOptions().setName("Nome").setExact(true))
                .fill("CPI Arezzo");
        page.getByRole(
                        AriaRole.TEXTBOX,
                        new Page.GetByRoleOptions().setName("Provincia (sigla)").setExact(true))
                .fill("Arezzo");
        page.getByRole(
                        AriaRole.TEXTBOX,
                        new Page.GetByRoleOptions().setName("Indirizzo").setExact(true))
                .fill("Via Monte Cervino 24, 52100 Arezzo");
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Salva").setExact(true))
                .click();
        assertThat(page.locator("#province-error")).containsText("due lettere");
        browser.check(page, "17-admin-centre-error");
        page.getByRole(
                        AriaRole.TEXTBOX,
                        new Page.GetByRoleOptions().setName("Provincia (sigla)").setExact(true))
                .fill("ar");
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Salva").setExact(true))
                .click();
        assertThat(page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("CPI-AR").setExact(true)))
                .isVisible();

        page.navigate(url("/admin/operators"));
        browser.check(page, "18-admin-operators");
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Paolo Ferri").setExact(true))
                .click();
        browser.check(page, "18b-admin-operator-form");
        choose(page, "CPI Arezzo (AR)");
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Salva").setExact(true))
                .click();
        assertThat(page.locator("tbody")).containsText("CPI-AR");

        page.navigate(url("/admin/notices"));
        browser.check(page, "19-admin-notices");
        page.getByLabel("Testo").fill("");
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions()
                                .setName("Pubblica una nuova versione")
                                .setExact(true))
                .click();
        assertThat(page.locator("#notice-errors")).containsText("Testo: Campo obbligatorio");
        page.getByLabel("Testo").fill("Nuovo testo dell’informativa.");
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions()
                                .setName("Pubblica una nuova versione")
                                .setExact(true))
                .click();
        assertThat(page.locator("[role=status]")).containsText("Nuova versione");
        assertThat(page.locator("tbody tr")).hasCount(2);
        page.context().close();
    }

    @Test
    void aCoordinatorSeesWhoIsInChargeAtTheCentre() {
        Page page = login("coordinatore", 1366, 768);
        Browser.openMenu(page, "Il centro");
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Persone in carico").setExact(true))
                .click();
        assertThat(page.locator("h1")).containsText("Persone in carico al centro");
        assertThat(page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Rossi").setExact(true)))
                .isVisible();
        browser.check(page, "20-centre-in-charge");
        page.context().close();
    }

    @Test
    void anOperatorOfSeveralCentresChoosesOne() {
        Page page = login("multicentro", 1366, 768);
        assertThat(page.locator("h1")).containsText("Scegli il centro");
        browser.check(page, "14-centre-choice");
        choose(page, "CPI Pisa (PI)");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continua"))
                .click();
        assertThat(page.locator(".orienta-who")).containsText("CPI Pisa (PI)");
        page.context().close();
    }

    @Test
    void whatTheCodiceFiscaleSaysIsNotTypedAgain() {
        Page page = login("operatore", 1366, 900);
        // a code searched and not found: "Registra" starts from it, with the birth it encodes
        String pisan = Persons.taxCode("Nadia", "Cercata", LocalDate.of(1990, 6, 2), true, "G702");
        page.navigate(url("/persons?q=" + pisan));
        page.locator("#register-searched").click();
        assertThat(page.locator("h1")).hasText("Registra una persona");
        assertThat(page.getByLabel("Codice fiscale")).hasValue(pisan);
        assertThat(page.getByLabel("Data di nascita")).hasValue("1990-06-02");
        assertThat(page.getByLabel("Comune di nascita")).hasValue("Pisa (PI) · 050026");
        assertThat(page.locator("input[name=sex][value=F]")).isChecked();
        browser.check(page, "350-register-from-search");

        // typed on the empty form: the empty fields fill as the code is entered, and say so
        String romanian = Persons.taxCode("Ion", "Popa", LocalDate.of(2001, 11, 23), false, "Z129");
        page.navigate(url("/persons/new"));
        page.getByLabel("Data di nascita").fill("2001-11-22"); // typed first: kept, registering will check it
        page.getByLabel("Codice fiscale").fill(romanian);
        page.getByLabel("Codice fiscale").press("Tab");
        assertThat(page.getByLabel("Stato di nascita"))
                .hasValue(java.util.regex.Pattern.compile("^Romania.* · \\d{3}$"));
        assertThat(page.locator("input[name=sex][value=M]")).isChecked();
        assertThat(page.getByLabel("Data di nascita")).hasValue("2001-11-22");
        assertThat(page.locator("#tax-code-filled")).containsText("compilati dal codice fiscale");
        browser.check(page, "351-register-typed-code");
        page.context().close();
    }
}
