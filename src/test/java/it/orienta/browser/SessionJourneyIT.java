package it.orienta.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import it.orienta.Api;
import it.orienta.OrientaAppTest;
import it.orienta.Persons;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A group session in a real browser: the coordinator plans it, enrols two persons (one from the session by codice
 * fiscale, one from the person's page), is told the session is full and puts a third on the waiting list, then
 * records the attendance (after a refused justification) and finds the meeting in a participant's file. axe-core
 * on every page.
 */
@OrientaAppTest
class SessionJourneyIT {

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

    Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name).setExact(true);
    }

    /** {@code name} as tables sorted by surname show it, {@code prose} as sentences and labels name the person. */
    record Someone(String id, String taxCode, String name, String prose) {}

    Someone register(String lastName) {
        var created = Api.as(port, "coordinatore").post("/api/v1/persons", Persons.florentine(lastName));
        assertThat(created.status()).isEqualTo(201);
        var json = created.json();
        return new Someone(
                json.path("id").asString(),
                json.path("taxCode").asString(),
                lastName + " " + json.path("firstName").asString(),
                json.path("firstName").asString() + " " + lastName);
    }

    @Test
    void aCoordinatorPlansASessionFillsItAndRecordsTheAttendance() {
        var first = register("Gruppini");
        var second = register("Seminari");
        var third = register("Attesi");

        Page page = browser.page(1366, 768);
        page.navigate(url("/login"));
        page.getByLabel("Nome utente").fill("coordinatore");
        page.getByLabel("Password").fill("Orienta.2026");
        page.getByRole(AriaRole.BUTTON, named("Accedi")).click();

        Browser.openMenu(page, "Appuntamenti");
        page.getByRole(AriaRole.LINK, named("Sessioni di gruppo")).first().click();
        browser.check(page, "60-sessions");
        page.getByRole(AriaRole.LINK, named("Pianifica una sessione")).click();
        page.getByLabel("Attività").selectOption("A06-SEM");
        page.getByLabel("Titolo").fill("");
        page.getByLabel("Posti").fill("2");
        page.getByLabel("Luogo").fill("CPI Firenze, aula 2");
        page.getByRole(AriaRole.BUTTON, named("Pianifica la sessione")).click();
        assertThat(page.locator("#title-error")).containsText("Scrivi il titolo");
        browser.check(page, "61-session-form-error");
        page.getByLabel("Titolo").fill("Cercare lavoro online");
        page.getByRole(AriaRole.BUTTON, named("Pianifica la sessione")).click();
        assertThat(page.locator("[role=status]").first()).containsText("Sessione pianificata");
        String session = page.url().substring(page.url().lastIndexOf('/') + 1);

        page.getByLabel("Codice fiscale").fill(first.taxCode());
        page.getByRole(AriaRole.BUTTON, named("Iscrivi")).click();
        assertThat(page.locator("[role=status]").first()).containsText("Persona iscritta");

        // from the person's page: the centre's coming sessions
        page.navigate(url("/persons/" + second.id() + "/sessions"));
        browser.check(page, "62-person-sessions");
        page.getByRole(AriaRole.BUTTON, named("Iscrivi a «Cercare lavoro online»"))
                .click();
        assertThat(page.locator("#mine-title + ul")).containsText("Cercare lavoro online");

        // the session is full: refused with the reason, then put on the waiting list
        page.navigate(url("/sessions/" + session));
        page.getByLabel("Codice fiscale").fill(third.taxCode());
        page.getByRole(AriaRole.BUTTON, named("Iscrivi")).click();
        assertThat(page.locator(".alert-danger")).containsText("La sessione è piena (2 iscritti su 2 posti)");
        assertThat(page.getByLabel("Se la sessione è piena, metti la persona in lista d’attesa"))
                .isChecked();
        page.getByRole(AriaRole.BUTTON, named("Iscrivi")).click();
        assertThat(page.locator("#waiting-title")).containsText("Lista d’attesa (1)");
        assertThat(page.locator("#waiting-title + ol")).containsText(third.prose());
        browser.check(page, "63-session-full");

        // the day comes (moved into the past here), and the coordinator records how it went
        var day = LocalDate.of(2023, 5, 16);
        jdbc.update(
                "update group_session set starts_at = ?::timestamptz where id = ?::uuid",
                day.atTime(9, 30)
                        .atZone(ZoneId.of("Europe/Rome"))
                        .toOffsetDateTime()
                        .toString(),
                session);
        // the home page reminds the coordinator, one click from the attendance form
        page.navigate(url("/"));
        var reminder = page.locator("#worklist-meetings + ul");
        assertThat(reminder).containsText("Sessione di gruppo «Cercare lavoro online» del 16/05/2023");
        assertThat(reminder).containsText("urgente");
        browser.check(page, "66-home-worklist");
        reminder.getByRole(AriaRole.LINK)
                .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("16/05/2023"))
                .click();
        page.getByLabel("Presenza di " + first.prose()).selectOption("PRESENT");
        page.getByLabel("Presenza di " + second.prose()).selectOption("ABSENT_JUSTIFIED");
        page.getByLabel("Note sulla sessione").fill("Portali del lavoro, candidature online.");
        page.getByRole(AriaRole.BUTTON, named("Registra lo svolgimento")).click();
        assertThat(page.locator(".alert-danger"))
                .containsText("Scrivi la giustificazione dell’assenza di " + second.prose());
        browser.check(page, "64-session-hold-error");
        page.getByLabel("Giustificazione dell’assenza di " + second.prose()).fill("Visita medica");
        page.getByRole(AriaRole.BUTTON, named("Registra lo svolgimento")).click();
        assertThat(page.locator("[role=status]").first()).containsText("Svolgimento registrato");
        assertThat(page.locator("#enrolled-title + div")).containsText("Assente giustificato");
        browser.check(page, "65-session-held");

        // the present participant's file has the meeting, and nothing of the others
        page.navigate(url("/persons/" + first.id() + "/guidance"));
        assertThat(page.locator("#meetings-title + div")).containsText("Seminari e laboratori di gruppo (di gruppo)");
        assertThat(page.locator("main")).not().containsText(second.name());
        assertThat(page.locator("main")).not().containsText(second.prose());
        assertThat(page.locator("main")).not().containsText(third.name());
        assertThat(page.locator("main")).not().containsText(third.prose());

        // the pathway closes with its outcomes (R26): at least one, and a referral names its service
        page.getByRole(AriaRole.LINK, named("Esiti del percorso")).click();
        page.getByRole(AriaRole.BUTTON, named("Chiudi il percorso")).click();
        assertThat(page.locator("#outcomes-error")).containsText("Scegli almeno un esito");
        page.getByLabel("Persona attivata nella ricerca di lavoro").check();
        browser.check(page, "67-pathway-outcomes");
        page.getByRole(AriaRole.BUTTON, named("Chiudi il percorso")).click();
        assertThat(page.locator("[role=status]").first()).containsText("Percorso chiuso");
        assertThat(page.locator("#closed-title + ul")).containsText("Persona attivata nella ricerca di lavoro");
    }
}
