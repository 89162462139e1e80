package it.orienta.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import it.orienta.Api;
import it.orienta.Employers;
import it.orienta.OrientaAppTest;
import it.orienta.Persons;
import it.orienta.agreement.AgreementOperators;
import it.orienta.organisation.OrganisationService;
import it.orienta.vacancy.EmployerCommand;
import it.orienta.vacancy.EmployerService;
import it.orienta.vacancy.VacancyCommand;
import it.orienta.vacancy.VacancyService;
import it.orienta.vacancy.VacancyTerms.ContractType;
import it.orienta.vacancy.VacancyTerms.Source;
import it.orienta.vacancy.VacancyTerms.WorkingTime;
import it.orienta.vacancy.VacancyView;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Scouting from a vacancy to a hire, in a real browser, by the two people who do it. The pre-selection operator opens
 * a vacancy, finds a person in its candidates list and, not being in charge of the person, asks the person's centre
 * to propose it; the centre's operator finds the request among the requests between centres, accepts it (the
 * proposal is made), records "interessata", the candidature and "assunta"; the PSP's measure (d) then counts the
 * proposal and shows its outcome, and the worker file's timeline tells it. The pre-selection operator sees the hire
 * among the vacancy's proposals and marks the vacancy filled. axe-core on every page; screenshots 280–287.
 */
@OrientaAppTest
class ScoutingToHireJourneyIT {

    static final String UNIT = "8.1.3.2.0";

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

    static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name).setExact(true);
    }

    private VacancyView vacancy() {
        return organisation.runAs("preselezione", () -> {
            var employer = employers.register(new EmployerCommand(
                    Employers.partitaIva(),
                    "Logistica Arno",
                    "52.10.00",
                    "048017",
                    "Lungarno Colombo 3",
                    "personale@logistica-arno.example",
                    "055 000000",
                    "Irene Sarti",
                    null,
                    "",
                    Source.MANUAL,
                    null));
            return vacancies.publish(new VacancyCommand(
                    employer.id(),
                    UNIT,
                    "Addetto al magazzino e all’imballaggio",
                    "",
                    1,
                    "048017",
                    ContractType.PERMANENT,
                    WorkingTime.PART_TIME,
                    null,
                    LocalDate.now(Api.ROME),
                    LocalDate.now(Api.ROME).plusDays(20),
                    null,
                    false,
                    Source.MANUAL,
                    null));
        });
    }

    /** A Florentine in charge at CPI-FI with the matching consent, wanting {@link #UNIT}, with a PSP draft with (d). */
    private String[] personWithPsp() {
        var api = Api.as(port, AgreementOperators.ensure(organisation, "scouting.psp"));
        var registered = api.post("/api/v1/persons", Persons.florentine("Assuntadaorienta"));
        org.assertj.core.api.Assertions.assertThat(registered.status())
                .as(registered.body())
                .isEqualTo(201);
        String id = registered.json().path("id").asString();
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
        var occupation = new HashMap<String, Object>();
        occupation.put("professionCode", UNIT);
        occupation.put("fromWork", true);
        occupation.put("interviewDate", LocalDate.now(Api.ROME).minusDays(1).toString());
        org.assertj.core.api.Assertions.assertThat(api.post("/api/v1/persons/" + id + "/occupations", occupation)
                        .status())
                .isEqualTo(201);
        var draft = api.post("/api/v1/persons/" + id + "/agreements", Map.of("startInterview", true));
        org.assertj.core.api.Assertions.assertThat(draft.status())
                .as(draft.body())
                .isEqualTo(201);
        String agreement = draft.json().path("id").asString();
        var p1 = api.header("If-Match", draft.etag())
                .put(
                        "/api/v1/agreements/" + agreement + "/phase1",
                        Map.of(
                                "explainedProcess",
                                true,
                                "explainedRights",
                                true,
                                "expectations",
                                "Un lavoro stabile",
                                "motivation",
                                "Alta"));
        var p2 = api.header("If-Match", p1.etag())
                .put(
                        "/api/v1/agreements/" + agreement + "/phase2",
                        Map.of(
                                "ratings",
                                Map.of("1", 3),
                                "notes",
                                Map.of(),
                                "portalRegistration",
                                "PROMOTED",
                                "cvStatus",
                                "TO_DO"));
        var phase3 = new HashMap<String, Object>();
        phase3.put("goal", "Trovare lavoro in magazzino");
        phase3.put("profilingClass", "MEDIUM");
        phase3.put("contactFrequency", "una volta al mese");
        phase3.put("proofOfSearch", "Porta l’elenco delle candidature inviate");
        phase3.put("availableWorkshops", true);
        phase3.put("availableTraining", true);
        phase3.put("availableJobOffers", true);
        phase3.put("availabilityNotes", "");
        phase3.put(
                "nextAppointment", Api.at(LocalDate.now(Api.ROME).plusDays(14).atTime(10, 0)));
        phase3.put("measures", List.of("d"));
        phase3.put("measureNotes", Map.of("d", "Scouting delle opportunità"));
        var p3 = api.header("If-Match", p2.etag()).put("/api/v1/agreements/" + agreement + "/phase3", phase3);
        org.assertj.core.api.Assertions.assertThat(p3.status()).as(p3.body()).isEqualTo(200);
        return new String[] {id, agreement};
    }

    @Test
    void aPreSelectionOperatorFillsAVacancyFromItsCandidatesThroughThePersonsCentre() {
        var vacancy = vacancy();
        var ids = personWithPsp();
        String person = ids[0];
        String agreement = ids[1];

        // the pre-selection operator: the candidate in the vacancy's list, a request to the centre in charge
        Page pre = login("preselezione");
        pre.navigate(url("/vacancies/" + vacancy.id()));
        var row = pre.locator("#candidates tr[data-person-id='" + person + "']");
        assertThat(row).containsText("Assuntadaorienta");
        row.locator("a.propose").click();
        assertThat(pre.locator("h1")).hasText("Proponi un’offerta");
        browser.check(pre, "280-request-form");
        pre.getByRole(AriaRole.BUTTON, named("Invia la richiesta")).click();
        assertThat(pre.locator("[role=status].alert-success")).containsText("Richiesta inviata");
        assertThat(pre.locator("h1")).hasText("Richieste di proposta tra centri");
        browser.check(pre, "281-requests-outgoing");
        pre.context().close();

        // the centre's operator: the request, accepted; the proposal's steps to "assunta"
        Page page = login("operatore");
        page.navigate(url("/proposals/requests"));
        page.locator("li[id^=request-] a:has-text('Addetto al magazzino e all’imballaggio')")
                .first()
                .click();
        assertThat(page.locator("h1")).containsText("Addetto al magazzino e all’imballaggio");
        browser.check(page, "282-request");
        page.getByRole(AriaRole.BUTTON, named("Accetta e proponi")).click();
        assertThat(page.locator(".proposal-status")).hasText("Proposta, in attesa di risposta");
        page.getByRole(AriaRole.LINK, named("Registra la risposta")).click();
        page.getByLabel("Risposta della persona").selectOption("INTERESTED");
        page.getByRole(AriaRole.BUTTON, named("Salva")).click();
        page.getByRole(AriaRole.LINK, named("Registra la candidatura")).click();
        page.getByLabel("Candidatura inviata a").selectOption("PRESELECTION");
        page.getByRole(AriaRole.BUTTON, named("Salva")).click();
        assertThat(page.locator(".proposal-status")).hasText("Candidatura inviata");
        page.getByRole(AriaRole.LINK, named("Registra l’esito")).click();
        page.getByLabel("Esito").selectOption("HIRED");
        page.getByLabel("Contratto").selectOption("PERMANENT");
        page.getByLabel("Data di inizio")
                .fill(LocalDate.now(Api.ROME).plusDays(3).toString());
        page.getByRole(AriaRole.BUTTON, named("Salva")).click();
        assertThat(page.locator(".proposal-status")).hasText("Assunta");
        browser.check(page, "283-hired-from-request");

        // the PSP's measure (d) counts it and shows the outcome; the timeline tells it
        page.navigate(url("/agreements/" + agreement));
        assertThat(page.locator("#measure-d-proposals")).containsText("Proposte di lavoro: 1");
        assertThat(page.locator("#measure-d-proposals")).containsText("Addetto al magazzino e all’imballaggio");
        assertThat(page.locator("#measure-d-proposals")).containsText("Assunta");
        browser.check(page, "284-psp-measure-d");
        page.navigate(url("/persons/" + person));
        assertThat(page.locator("#timeline")).containsText("Addetto al magazzino e all’imballaggio");
        browser.check(page, "285-workerfile-hired");
        page.context().close();

        // the pre-selection operator: the hire among the vacancy's proposals, the vacancy filled
        pre = login("preselezione");
        pre.navigate(url("/vacancies/" + vacancy.id() + "/proposals"));
        assertThat(pre.locator("table")).containsText("Assunta");
        browser.check(pre, "286-vacancy-hired");
        pre.navigate(url("/vacancies/" + vacancy.id()));
        pre.getByLabel("Nuovo stato").selectOption("FILLED");
        pre.getByRole(AriaRole.BUTTON, named("Cambia stato")).click();
        assertThat(pre.locator("#vacancy-status")).hasText("Coperta");
        browser.check(pre, "287-vacancy-filled");
        pre.context().close();
    }
}
