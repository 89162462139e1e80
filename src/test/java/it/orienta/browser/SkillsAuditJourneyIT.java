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
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The skills audit's document in a real browser: from the pathway page to the draft, a completion refused at its
 * fields, the draft saved, the audit concluded, the document completed and final, the call to update the PSP, the
 * PDF and the timeline. axe-core on every page. The audit's meetings are recorded through the API by
 * {@code multicentro} in Siena on days of October 2022 of this test only.
 */
@OrientaAppTest
class SkillsAuditJourneyIT {

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
        Page page = browser.page(1366, 768);
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

    @Test
    void anOperatorWritesCompletesAndPrintsTheSkillsAuditDocument() throws Exception {
        var api = Api.as(port, "multicentro").header("X-Orienta-Centre", "CPI-SI");
        var created = api.post("/api/v1/persons", Persons.florentine("Competenti"));
        String id = created.json().path("id").asString();
        for (var start :
                new LocalDateTime[] {LocalDateTime.of(2022, 10, 11, 9, 0), LocalDateTime.of(2022, 10, 12, 9, 0)}) {
            var m = new HashMap<String, Object>();
            m.put("activityId", "BDC");
            m.put("start", Api.at(start));
            m.put("end", Api.at(start.plusHours(5)));
            m.put("attendance", "PRESENT");
            m.put("notes", "Bilancio delle competenze");
            var recorded = api.post("/api/v1/persons/" + id + "/meetings", m);
            assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        }

        // the registry holds a title and a job: the document's path starts from them (once only)
        try (var in = Files.newInputStream(Path.of("../shared/data/istat-cp2011-professioni.fhir.xml"))) {
            reference.importFhir(in, "istat-cp2011-professioni.fhir.xml", CodeSystem.PROFESSION, Actor.SYSTEM);
        }
        var title = api.get("/api/v1/reference/education-titles?q=licenza%20media")
                .json()
                .get(0);
        assertThat(api.post(
                                "/api/v1/persons/" + id + "/education-titles",
                                Map.of("titleCode", title.path("code").asString(), "year", 1998))
                        .status())
                .isEqualTo(201);
        var job = new HashMap<String, Object>();
        job.put("employer", "Boutique Sole");
        job.put("professionCode", "5.1.2.2.0");
        job.put("fromDate", "2000-09-01");
        job.put("toDate", "2020-06-30");
        job.put("description", "Vendita e vetrine");
        var added = api.post("/api/v1/persons/" + id + "/work-experiences", job);
        assertThat(added.status()).as(added.body()).isEqualTo(201);

        Page page = login("operatore");
        page.navigate(url("/persons/" + id + "/guidance"));
        page.getByRole(AriaRole.LINK, named("Documento del bilancio")).click();
        assertThat(page.locator("h1")).containsText("Bilancio delle competenze di");
        assertThat(page.getByText("Da scrivere")).isVisible();
        assertThat(page.getByText("dal 11/10/2022 al 12/10/2022")).isVisible();
        assertThat(page.getByLabel("Percorso di studi e di lavoro"))
                .hasValue("Titoli di studio:\n- " + title.path("display").asString()
                        + " (1998)\n\nEsperienze di lavoro:\n"
                        + "- Commessi delle vendite al minuto presso Boutique Sole, dal 09/2000 al 06/2020:"
                        + " Vendita e vetrine");
        assertThat(page.locator("#history-source")).containsText("Precompilato con i titoli di studio");
        assertThat(page.getByLabel("Percorso di studi e di lavoro"))
                .hasAttribute("aria-describedby", "history-hint history-source");
        browser.check(page, "70-audit-document-new");

        // completion refused: a section blank and the audit not concluded; what was written stays
        page.getByLabel("Percorso di studi e di lavoro")
                .fill("Licenza media (1998).\nCommessa in un negozio di abbigliamento dal 2000 al 2020.");
        page.getByLabel("Competenze spendibili sul mercato del lavoro")
                .fill("Vendita assistita, gestione della cassa, allestimento delle vetrine.");
        page.getByLabel("Indicazioni e proposte").fill("Corso di visual merchandising; tirocinio in un outlet.");
        page.getByRole(AriaRole.BUTTON, named("Salva e completa il documento")).click();
        assertThat(page.locator("#gaps-error")).containsText("Scrivi questa parte del documento");
        assertThat(page.locator(".alert-danger")).containsText("Chiudi prima il bilancio delle competenze");
        assertThat(page.getByLabel("Indicazioni e proposte"))
                .hasValue("Corso di visual merchandising; tirocinio in un outlet.");
        browser.check(page, "71-audit-document-refused");

        page.getByLabel("Competenze da acquisire").fill("Uso dei gestionali di magazzino; inglese di base.");
        page.getByRole(AriaRole.BUTTON, named("Salva la bozza")).click();
        assertThat(page.locator("[role=status]").first()).containsText("Bozza del documento salvata");
        assertThat(page.getByText("Bozza, salvata il")).isVisible();

        // the audit is concluded from the pathway page (10 hours: within 8–12), then the document completed
        page.navigate(url("/persons/" + id + "/guidance"));
        page.getByRole(AriaRole.BUTTON, named("Concludi")).click();
        assertThat(page.locator("[role=status]").first()).isVisible();
        page.getByRole(AriaRole.LINK, named("Documento del bilancio")).click();
        page.getByRole(AriaRole.BUTTON, named("Salva e completa il documento")).click();
        assertThat(page.locator("[role=status]").first()).containsText("Documento del bilancio completato");
        assertThat(page.locator("textarea")).hasCount(0);
        assertThat(page.locator("#document-title + h3 + p")).containsText("Licenza media (1998).");
        assertThat(page.getByText("Concluso il")).isVisible();
        browser.check(page, "72-audit-document-completed");

        // the PDF, with the browser's session
        var pdf = page.request().get(url("/engagements/" + engagement(page) + "/audit-document/pdf"));
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.headers().get("content-type")).isEqualTo("application/pdf");

        // closing proposes the PSP update: the call to action leads to the interview page
        page.getByRole(AriaRole.LINK, named("Aggiorna il patto di servizio")).click();
        assertThat(page).hasURL(url("/persons/" + id + "/agreement"));

        page.navigate(url("/persons/" + id));
        assertThat(page.locator("#timeline")).containsText("documento completato, da riportare nel patto di servizio");
        browser.check(page, "73-worker-file-audit-completed");
    }

    static String engagement(Page page) {
        String href = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Scarica il documento (PDF)"))
                .getAttribute("href");
        return href.replace("/engagements/", "").replace("/audit-document/pdf", "");
    }
}
