package it.orienta.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import it.orienta.Employers;
import it.orienta.OrientaAppTest;
import it.orienta.organisation.OrganisationService;
import it.orienta.person.DrivingLicence;
import it.orienta.person.PersonService;
import it.orienta.vacancy.EmployerCommand;
import it.orienta.vacancy.EmployerService;
import it.orienta.vacancy.VacancyCommand;
import it.orienta.vacancy.VacancyService;
import it.orienta.vacancy.VacancyTerms.ContractType;
import it.orienta.vacancy.VacancyTerms.Source;
import it.orienta.vacancy.VacancyTerms.WorkingTime;
import it.orienta.vacancy.VacancyView;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Scouting in a real browser. The operator opens the demo person Mario Rossi's Opportunità from the worker file: a
 * vacancy for his desired occupation comes as a card with its score, reason and gap chips; the licence gap leads to
 * an appointment for the training catalogue, chosen already; "Proponi" leads to the proposals' form. Elena Popescu,
 * who refused the matching consent, gets a page that says so and lists nothing. The pre-selection operator opens the
 * vacancy and its candidates load into the detail. From the PSP interview's measure d, a person with no profession
 * yet is asked for one. For self-promotion, the operator opens the companies near Mario Rossi, is told to tick one,
 * ticks one and downloads the document, which the timeline then shows. axe-core on every page; screenshots 270–278.
 */
@OrientaAppTest
class ScoutingJourneyIT {

    static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    OrganisationService organisation;

    @Autowired
    PersonService persons;

    @Autowired
    EmployerService employers;

    @Autowired
    VacancyService vacancies;

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

    private UUID demoPerson(String name, LocalDate born) {
        return organisation.runAs(
                "operatore",
                () -> persons.search(name, born, 0, 1).rows().stream()
                        .findFirst()
                        .orElseThrow()
                        .id());
    }

    /** A waiter's vacancy in Florence, asking for a lorry licence (a gap the training catalogue closes). */
    private VacancyView waiterVacancy() {
        return organisation.runAs("preselezione", () -> {
            var employer = employers.register(new EmployerCommand(
                    Employers.partitaIva(),
                    "Ristorante Scouting",
                    "56.10.11",
                    "048017",
                    "Piazza della Signoria 1",
                    "",
                    "",
                    "",
                    null,
                    "",
                    Source.MANUAL,
                    null));
            return vacancies.publish(new VacancyCommand(
                    employer.id(),
                    "5.2.2.3.2",
                    "Cameriere per sala e consegne",
                    "",
                    1,
                    "048017",
                    ContractType.PERMANENT,
                    WorkingTime.FULL_TIME,
                    null,
                    LocalDate.now().minusDays(1),
                    LocalDate.now().plusDays(3),
                    new VacancyView.Requirements(null, List.of(DrivingLicence.C), List.of(), null),
                    false,
                    Source.MANUAL,
                    null));
        });
    }

    @Test
    void anOperatorFindsOpportunitiesForAPersonAndAPreSelectionOperatorTheCandidatesOfAVacancy() {
        var vacancy = waiterVacancy();
        UUID rossi = demoPerson("Rossi Mario", LocalDate.of(1985, 3, 14));
        UUID popescu = demoPerson("Popescu Elena", LocalDate.of(1979, 11, 2));

        Page page = login("operatore");
        page.navigate(url("/persons/" + rossi));
        page.locator("#opportunities a[href$='/opportunities']").click();
        assertThat(page.locator("h1")).hasText("Opportunità per Mario Rossi");
        var card = page.locator("#opportunity-" + vacancy.id());
        assertThat(card).containsText("Cameriere per sala e consegne");
        assertThat(card).containsText("Ristorante Scouting");
        assertThat(card).containsText("scade tra 3 giorni");
        assertThat(card.locator(".opportunity-score label")).containsText("Affinità:");
        assertThat(card.locator(".reason-chip[data-code='matching.reason.profession.desired']"))
                .hasText("Stessa professione desiderata");
        assertThat(card.locator(".propose"))
                .hasAttribute("href", "/proposals/new?vacancyId=" + vacancy.id() + "&personId=" + rossi);
        assertThat(page.locator("#opportunities-widening")).isVisible();
        browser.check(page, "270-opportunities");

        // the licence gap: an appointment for the training catalogue, chosen already
        card.locator(".gap-chip[data-code='matching.gap.licence']").click();
        assertThat(page.locator("h1")).hasText("Fissa un appuntamento con Mario Rossi");
        assertThat(page.getByLabel("Attività")).hasValue("C07-CAT");
        browser.check(page, "271-opportunity-gap-appointment");

        // without the matching consent: said, nothing listed
        page.navigate(url("/persons/" + popescu + "/opportunities"));
        assertThat(page.locator("#opportunities-refused")).containsText("consenso");
        assertThat(page.locator("article.opportunity")).hasCount(0);
        browser.check(page, "272-opportunities-no-consent");
        page.context().close();

        // the pre-selection operator: the vacancy's candidates load into its detail
        Page pre = login("preselezione");
        pre.navigate(url("/vacancies/" + vacancy.id()));
        var row = pre.locator("#candidates tr[data-person-id='" + rossi + "']");
        assertThat(row).containsText("Mario Rossi");
        assertThat(row).containsText("Firenze (FI)");
        assertThat(row.locator(".gap-chip[data-code='matching.gap.licence']")).isVisible();
        assertThat(row.locator("a.propose")).hasText("Proponi");
        assertThat(row.locator("a.propose")).hasAttribute("aria-label", "Proponi: Mario Rossi");
        assertThat(pre.locator("#candidates")).not().containsText("Popescu");
        browser.check(pre, "273-vacancy-candidates");
        pre.navigate(url("/vacancies/" + vacancy.id() + "/candidates"));
        assertThat(pre.locator("h1")).hasText("Candidati per Cameriere per sala e consegne");
        browser.check(pre, "274-vacancy-candidates-page");
        pre.context().close();
    }

    @Test
    void anOperatorPreparesTheSelfPromotionDocumentFromTheCompaniesNearAPerson() throws Exception {
        var vacancy = waiterVacancy(); // a Florentine restaurant that looked for waiters: near Mario Rossi
        UUID rossi = demoPerson("Rossi Mario", LocalDate.of(1985, 3, 14));

        Page page = login("operatore");
        page.navigate(url("/persons/" + rossi + "/opportunities"));
        page.locator("#opportunities-companies").click();
        assertThat(page.locator("h1")).hasText("Aziende potenzialmente interessate a Mario Rossi");
        assertThat(page.locator("#companies-area")).containsText("trovat"); // "1 azienda trovata", "12 aziende trovate"
        var card = page.locator("#company-" + vacancy.employerId());
        assertThat(card).containsText("Ristorante Scouting");
        assertThat(card).containsText("Piazza della Signoria 1");
        assertThat(card.locator(".reason-chip[data-code='same-unit']"))
                .containsText("per le professioni della persona");
        assertThat(card.locator(".reason-chip[data-code='municipality']")).hasText("nel comune della persona");
        browser.check(page, "276-companies");

        // nothing ticked: said at the list, nothing recorded
        page.locator("#companies-submit").click();
        assertThat(page.locator("#form-errors")).containsText("Seleziona almeno un’azienda");
        assertThat(page.locator("#companies-error")).isVisible();
        browser.check(page, "277-companies-none-ticked");

        // ticked: the document downloads, and the worker file's timeline says it was handed over
        page.locator("label[for='choose-" + vacancy.employerId() + "']").click(); // Bootstrap Italia draws the box
        assertThat(page.locator("#choose-" + vacancy.employerId())).isChecked();
        var download =
                page.waitForDownload(() -> page.locator("#companies-submit").click());
        org.assertj.core.api.Assertions.assertThat(download.suggestedFilename()).startsWith("autocandidatura-rossi-");
        byte[] pdf = java.nio.file.Files.readAllBytes(download.path());
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String text =
                    new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replace("\n", " ");
            org.assertj.core.api.Assertions.assertThat(text)
                    .contains("Regione Toscana")
                    .contains("Aziende a cui proporre la tua candidatura")
                    .contains("Mario Rossi")
                    .contains("Ristorante Scouting")
                    .contains("Piazza della Signoria 1")
                    .contains("Come proporti");
            var image = new org.apache.pdfbox.rendering.PDFRenderer(doc).renderImageWithDPI(0, 72);
            javax.imageio.ImageIO.write(
                    image,
                    "png",
                    Browser.SHOTS.resolve("278-self-promotion-pdf.png").toFile());
        }
        page.navigate(url("/persons/" + rossi));
        assertThat(page.locator("body")).containsText("Supporto all’autocandidatura");
        assertThat(page.locator("body")).containsText("Ristorante Scouting");
        page.context().close();
    }

    @Test
    void thePspInterviewsMeasureDLeadsToOpportunitiesWhichAskForAProfessionFirst() {
        // an operator of its own: the interview started below stays running, and an operator has one meeting at a time
        String interviewer = it.orienta.agreement.AgreementOperators.ensure(organisation, "scouting.colloquio");
        var api = it.orienta.Api.as(port, interviewer);
        var registered = api.post("/api/v1/persons", it.orienta.Persons.florentine("Colloquiato"));
        UUID person = UUID.fromString(registered.json().path("id").asString());
        var intake = new java.util.HashMap<String, Object>();
        intake.put("intakeDate", LocalDate.now(it.orienta.Api.ROME).toString());
        intake.put(
                "privacyNoticeId",
                api.get("/api/v1/privacy-notices/current").json().path("id").asString());
        intake.put("privacyAcknowledged", true);
        intake.put("matchingConsent", "GIVEN");
        org.assertj.core.api.Assertions.assertThat(api.post("/api/v1/persons/" + person + "/intakes", intake)
                        .status())
                .isEqualTo(201);

        Page page = login(interviewer);
        page.navigate(url("/persons/" + person + "/agreement"));
        page.getByRole(AriaRole.BUTTON, named("Inizia il colloquio")).click();
        page.locator("#measure-d-opportunities").click();
        assertThat(page.locator("h1")).containsText("Opportunità per");
        assertThat(page.locator("#opportunities-no-professions")).containsText("non ha professioni desiderate");
        assertThat(page.locator("article.opportunity")).hasCount(0);
        browser.check(page, "275-opportunities-no-professions");
        page.context().close();
    }
}
