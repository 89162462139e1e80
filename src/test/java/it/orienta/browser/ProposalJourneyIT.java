package it.orienta.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import it.orienta.Api;
import it.orienta.Employers;
import it.orienta.OrientaAppTest;
import it.orienta.Persons;
import it.orienta.organisation.OrganisationService;
import it.orienta.vacancy.EmployerCommand;
import it.orienta.vacancy.EmployerService;
import it.orienta.vacancy.VacancyCommand;
import it.orienta.vacancy.VacancyService;
import it.orienta.vacancy.VacancyTerms.ContractType;
import it.orienta.vacancy.VacancyTerms.Source;
import it.orienta.vacancy.VacancyTerms.WorkingTime;
import java.time.LocalDate;
import java.util.HashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An operator in a real browser proposes a vacancy to a person of the centre from the form the Opportunità pages
 * open (first refused at the field for a day in the future, nothing saved), records "interessata", sends the
 * candidature, records "assunta", is offered the pathway's outcome, and sees it all on the worker file's timeline.
 * axe-core on every page; screenshots 240–247.
 */
@OrientaAppTest
class ProposalJourneyIT {

    static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    OrganisationService organisation;

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

    String person() {
        var api = Api.as(port, "operatore");
        var created = api.post("/api/v1/persons", Persons.florentine("Giornata"));
        String id = created.json().path("id").asString();
        var intake = new HashMap<String, Object>();
        intake.put("intakeDate", LocalDate.now(Api.ROME).toString());
        intake.put(
                "privacyNoticeId",
                api.get("/api/v1/privacy-notices/current").json().path("id").asString());
        intake.put("privacyAcknowledged", true);
        intake.put("matchingConsent", "GIVEN");
        org.assertj.core.api.Assertions.assertThat(
                        api.post("/api/v1/persons/" + id + "/intakes", intake).status())
                .isEqualTo(201);
        return id;
    }

    @Test
    void anOperatorProposesAVacancyAndRecordsTheWayToHired() {
        var vacancy = organisation.runAs("preselezione", () -> {
            var employer = employers.register(new EmployerCommand(
                    Employers.partitaIva(),
                    "Osteria di Santo Spirito",
                    "56.10",
                    "048017",
                    "Piazza Santo Spirito 1",
                    "",
                    "",
                    "",
                    null,
                    "",
                    null,
                    null));
            return vacancies.publish(new VacancyCommand(
                    employer.id(),
                    "5.2.2.3.2",
                    "Cameriere di sala serale",
                    "",
                    1,
                    "048017",
                    ContractType.FIXED_TERM,
                    WorkingTime.SHIFTS,
                    null,
                    LocalDate.now(Api.ROME),
                    LocalDate.now(Api.ROME).plusDays(30),
                    null,
                    false,
                    Source.MANUAL,
                    null));
        });
        String person = person();
        Page page = login("operatore");

        // the form the Opportunità pages open: refused at the field, nothing saved, then proposed
        page.navigate(url("/proposals/new?vacancyId=" + vacancy.id() + "&personId=" + person));
        assertThat(page.locator("h1")).hasText("Proponi un’offerta");
        assertThat(page.locator("#vacancy-title")).hasText("Cameriere di sala serale");
        assertThat(page.locator("body")).containsText("non applica alcuna sanzione automatica");
        browser.check(page, "240-proposal-form");
        page.getByLabel("Canale della proposta").selectOption("PHONE");
        page.getByLabel("Data della proposta")
                .fill(LocalDate.now(Api.ROME).plusDays(2).toString());
        page.getByRole(AriaRole.BUTTON, named("Proponi")).click();
        assertThat(page.locator("#proposedOn-error")).containsText("futuro");
        assertThat(page.locator("#form-errors")).isVisible();
        browser.check(page, "241-proposal-refused");
        page.getByLabel("Data della proposta").fill(LocalDate.now(Api.ROME).toString());
        page.getByRole(AriaRole.BUTTON, named("Proponi")).click();
        assertThat(page.locator("[role=status].alert-success")).containsText("Proposta registrata");
        assertThat(page.locator(".proposal-status")).hasText("Proposta, in attesa di risposta");
        browser.check(page, "242-person-proposals");

        // "interessata"
        page.getByRole(AriaRole.LINK, named("Registra la risposta")).click();
        page.getByLabel("Risposta della persona").selectOption("INTERESTED");
        browser.check(page, "243-answer");
        page.getByRole(AriaRole.BUTTON, named("Salva")).click();
        assertThat(page.locator(".proposal-status")).hasText("Interessata");

        // the candidature
        page.getByRole(AriaRole.LINK, named("Registra la candidatura")).click();
        page.getByLabel("Candidatura inviata a").selectOption("EMPLOYER");
        page.getByLabel("Come (e-mail, consegna a mano…)").fill("e-mail al titolare");
        page.getByRole(AriaRole.BUTTON, named("Salva")).click();
        assertThat(page.locator(".proposal-status")).hasText("Candidatura inviata");

        // "assunta": first without the start date (refused at the field), then complete
        page.getByRole(AriaRole.LINK, named("Registra l’esito")).click();
        page.getByLabel("Esito").selectOption("HIRED");
        page.getByLabel("Contratto").selectOption("FIXED_TERM");
        page.getByRole(AriaRole.BUTTON, named("Salva")).click();
        assertThat(page.locator("#startDate-error")).containsText("data di inizio");
        browser.check(page, "244-outcome-refused");
        page.getByLabel("Data di inizio")
                .fill(LocalDate.now(Api.ROME).plusDays(7).toString());
        page.getByRole(AriaRole.BUTTON, named("Salva")).click();
        assertThat(page.locator(".proposal-status")).hasText("Assunta");
        assertThat(page.getByRole(AriaRole.LINK, named("Registra l’esito del percorso")))
                .isVisible();
        browser.check(page, "245-hired");

        // the worker file's timeline
        page.navigate(url("/persons/" + person));
        assertThat(page.locator("#timeline")).containsText("assunta");
        assertThat(page.locator("#timeline")).containsText("Cameriere di sala serale");
        browser.check(page, "246-workerfile");

        // the vacancy's proposals
        page.navigate(url("/vacancies/" + vacancy.id() + "/proposals"));
        assertThat(page.locator("table")).containsText("Assunta");
        browser.check(page, "247-vacancy-proposals");
    }
}
