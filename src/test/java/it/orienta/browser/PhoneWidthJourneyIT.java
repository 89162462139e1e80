package it.orienta.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import it.orienta.Api;
import it.orienta.OrientaAppTest;
import it.orienta.Persons;
import it.orienta.web.PdfTemplates;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 14's polish in the browser: on a 390 × 844 phone the home page, the worker file and the PSP view fit the
 * width without sideways scrolling; the person's own job titles on the worker file and the occupation form; the
 * appointment's printable convocation (axe and screenshots 362–367).
 */
@OrientaAppTest
class PhoneWidthJourneyIT {

    static Browser browser;

    @LocalServerPort
    int port;

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

    record Case(String person, String agreement, String appointment) {}

    Case aPersonWithAPlanAndAnAppointment(String surname, int hour) {
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
        org.assertj.core.api.Assertions.assertThat(api.post("/api/v1/persons/" + id + "/intakes", Map.copyOf(intake))
                        .status())
                .isEqualTo(201);
        var work = new HashMap<String, Object>();
        work.put("employer", "Osteria del Porto");
        work.put("professionCode", "5.2.2.3.2");
        work.put("fromDate", LocalDate.now(Api.ROME).minusYears(3).toString());
        work.put("jobTitle", "Chef de rang");
        org.assertj.core.api.Assertions.assertThat(api.post("/api/v1/persons/" + id + "/work-experiences", work)
                        .status())
                .isEqualTo(201);
        // no meeting started: the demo operator holds one meeting at a time, and both journeys here make a draft
        var draft = api.post("/api/v1/persons/" + id + "/agreements", Map.of("startInterview", false));
        org.assertj.core.api.Assertions.assertThat(draft.status())
                .as(draft.body())
                .isEqualTo(201);
        var appointment = new HashMap<String, Object>();
        appointment.put("activityId", "A05-BASE");
        appointment.put("startsAt", Api.at(LocalDate.now(Api.ROME).plusDays(1).atTime(hour, 30)));
        appointment.put("minutes", 60);
        appointment.put("remote", false);
        appointment.put("place", "CPI Firenze, stanza 3");
        var scheduled = api.post("/api/v1/persons/" + id + "/appointments", appointment);
        org.assertj.core.api.Assertions.assertThat(scheduled.status())
                .as(scheduled.body())
                .isEqualTo(201);
        return new Case(
                id,
                draft.json().path("id").asString(),
                scheduled.json().path("id").asString());
    }

    static void login(Page page, String base) {
        page.navigate(base + "/login");
        page.getByLabel("Nome utente").fill("operatore");
        page.getByLabel("Password").fill("Orienta.2026");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accedi"))
                .click();
    }

    static void fitsThePhone(Page page) {
        int width = ((Number) page.evaluate("() => document.documentElement.scrollWidth")).intValue();
        org.assertj.core.api.Assertions.assertThat(width)
                .as("page width of %s on a 390 px phone", page.url())
                .isLessThanOrEqualTo(390);
    }

    @Test
    void onA390PixelPhoneTheHomeTheWorkerFileAndThePspViewNeedNoSidewaysScrolling() {
        var c = aPersonWithAPlanAndAnAppointment("Telefonini", 15);
        Page page = browser.page(390, 844);
        login(page, url(""));
        page.navigate(url("/"));
        fitsThePhone(page);
        browser.check(page, "362-phone-home");

        page.navigate(url("/persons/" + c.person()));
        assertThat(page.locator("#work")).containsText("Chef de rang");
        fitsThePhone(page);
        browser.check(page, "363-phone-worker-file");

        page.navigate(url("/agreements/" + c.agreement()));
        fitsThePhone(page);
        browser.check(page, "364-phone-psp-view");
        page.context().close();
    }

    @Test
    void theAppointmentPageLinksItsPrintableConvocationAndTheOccupationFormAsksForTheOwnTitle() {
        var c = aPersonWithAPlanAndAnAppointment("Convocati", 10);
        Page page = browser.page(1366, 768);
        login(page, url(""));
        page.navigate(url("/appointments/" + c.appointment()));
        var link = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Stampa la convocazione (PDF)"));
        assertThat(link).isVisible();
        browser.check(page, "365-appointment-convocation-link");
        var pdf = page.request().get(url(link.getAttribute("href")));
        org.assertj.core.api.Assertions.assertThat(pdf.status()).isEqualTo(200);
        org.assertj.core.api.Assertions.assertThat(pdf.headers().get("content-type"))
                .startsWith("application/pdf");
        PdfTemplates.screenshots(pdf.body(), "366-convocation-downloaded");
        org.assertj.core.api.Assertions.assertThat(PdfTemplates.text(pdf.body()))
                .contains("Regione Toscana", "Convocati", "CPI Firenze, stanza 3", "10:30", "Cosa portare");

        page.navigate(url("/persons/" + c.person() + "/occupations"));
        assertThat(page.getByLabel("Come la persona chiama il lavoro")).isVisible();
        browser.check(page, "367-occupation-own-title");
        page.context().close();
    }
}
