package it.orienta.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import it.orienta.Api;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The operator's day (issue 14): the home page lists today's appointments, each started in one click from a button
 * named with the person; while a meeting runs the other rows lead to it instead. Booking an appointment that
 * overlaps another is warned at the date with a link to the other one, and booked only when confirmed ("Prenota
 * comunque"). axe-core on each page.
 */
@it.orienta.OrientaAppTest
class OperatorDayJourneyIT {

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
        page.getByRole(AriaRole.BUTTON, named("Accedi")).click();
        return page;
    }

    static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name).setExact(true);
    }

    /** A person and their name as the page writes it ("Mario Giornata"). */
    String[] person(Api api, String surname) {
        var created = api.post("/api/v1/persons", it.orienta.Persons.florentine(surname));
        org.assertj.core.api.Assertions.assertThat(created.status())
                .as(created.body())
                .isEqualTo(201);
        return new String[] {
            created.json().path("id").asString(),
            created.json().path("firstName").asString() + " " + surname
        };
    }

    /** An appointment booked through the API, then moved by the clock to {@code at} today (possibly past). */
    String appointmentToday(Api api, String personId, int hour, int minute) {
        var request = new HashMap<String, Object>();
        request.put("activityId", "A05-BASE");
        request.put("startsAt", Api.at(LocalDate.now(Api.ROME).plusDays(1).atTime(7, 0)));
        request.put("minutes", 30);
        request.put("remote", false);
        request.put("place", "CPI Firenze, stanza 4");
        request.put("confirmOverlap", true);
        var booked = api.post("/api/v1/persons/" + personId + "/appointments", request);
        org.assertj.core.api.Assertions.assertThat(booked.status())
                .as(booked.body())
                .isEqualTo(201);
        String id = booked.json().path("id").asString();
        var at = LocalDate.now(Api.ROME).atTime(hour, minute).atZone(Api.ROME).toInstant();
        jdbc.update("update appointment set starts_at = ? where id = ?", Timestamp.from(at), UUID.fromString(id));
        return id;
    }

    @Test
    void theOperatorStartsTodaysAppointmentFromHomeAndIsWarnedOfAnOverlappingBooking() {
        // a meeting another journey left running would turn every Inizia into "open the meeting in progress"
        jdbc.update("update meeting set status = 'CLOSED', ended_at = started_at + interval '30 minutes', minutes = 30"
                + " where status = 'RUNNING' and operator_name = 'Giulia Bianchi'");
        var api = Api.as(port, "operatore");
        String[] first = person(api, "Giornata");
        String[] second = person(api, "Seconda");
        appointmentToday(api, first[0], 0, 0);
        appointmentToday(api, second[0], 0, 1);

        Page page = login("operatore");
        assertThat(page.locator("#agenda h3")).containsText("Appuntamenti e sessioni di oggi");
        var row = page.locator("#agenda li")
                .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(first[1]));
        assertThat(row).containsText("Orientamento di base");
        assertThat(row).containsText("CPI Firenze, stanza 4");
        assertThat(row).containsText("orario passato");
        assertThat(page.locator("#home-caseload")).containsText("Le mie persone (");
        browser.check(page, "330-home-agenda");

        // on a phone (390 px) the agenda wraps instead of scrolling sideways
        Page phone = browser.page(390, 844);
        phone.navigate(url("/login"));
        phone.getByLabel("Nome utente").fill("operatore");
        phone.getByLabel("Password").fill("Orienta.2026");
        phone.getByRole(AriaRole.BUTTON, named("Accedi")).click();
        assertThat(phone.locator("#agenda")).containsText(first[1]);
        org.assertj.core.api.Assertions.assertThat(
                        (Boolean) phone.locator("#agenda").evaluate("a => a.scrollWidth <= a.clientWidth"))
                .as("the agenda fits 390 px")
                .isTrue();
        browser.check(phone, "337-home-agenda-phone");
        phone.context().close();

        // one click: the meeting starts, its clock runs
        page.getByRole(AriaRole.BUTTON, named("Inizia il colloquio con " + first[1]))
                .click();
        assertThat(page.locator("h1")).containsText(first[1]);
        assertThat(page.locator("[data-clock-elapsed]")).isVisible();
        String meetingUrl = page.url();
        org.assertj.core.api.Assertions.assertThat(meetingUrl).contains("/meetings/");
        browser.check(page, "331-home-meeting-started");

        // back home: the started appointment is held, the other row leads to the meeting in progress instead
        page.navigate(url("/"));
        assertThat(page.locator("#agenda")).not().containsText(first[1] + " ·");
        assertThat(page.locator("#agenda-running")).containsText("Hai un incontro in corso con " + first[1]);
        assertThat(page.getByRole(AriaRole.BUTTON, named("Inizia il colloquio con " + second[1])))
                .hasCount(0);
        assertThat(page.locator("#agenda li")
                        .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(second[1]))
                        .getByRole(
                                AriaRole.LINK,
                                new com.microsoft.playwright.Locator.GetByRoleOptions()
                                        .setName("Apri l’incontro in corso")))
                .hasAttribute("href", meetingUrl.substring(meetingUrl.indexOf("/meetings/")));
        browser.check(page, "332-home-meeting-running");

        // an appointment overlapping another: warned at the date with the way to the other one, then booked anyway
        LocalDateTime day = LocalDate.now(Api.ROME).plusDays(1700).atTime(10, 0);
        var request = new HashMap<String, Object>(Map.of(
                "activityId",
                "A05-BASE",
                "startsAt",
                Api.at(day),
                "minutes",
                60,
                "remote",
                false,
                "place",
                "CPI Firenze, stanza 4"));
        var other = api.post("/api/v1/persons/" + first[0] + "/appointments", request);
        org.assertj.core.api.Assertions.assertThat(other.status())
                .as(other.body())
                .isEqualTo(201);
        page.navigate(url("/persons/" + second[0] + "/appointments/new"));
        page.locator("#date").fill(day.toLocalDate().toString());
        page.locator("#time").fill("10:30");
        page.locator("#place").fill("CPI Firenze, stanza 4");
        page.getByRole(AriaRole.BUTTON, named("Fissa l’appuntamento")).click();
        assertThat(page.locator("#date-error")).containsText("Si sovrappone all’appuntamento con " + first[1]);
        assertThat(page.locator("#date")).hasAttribute("aria-invalid", "true");
        assertThat(page.getByRole(AriaRole.LINK, named("Apri l’appuntamento che si sovrappone")))
                .hasAttribute("href", "/appointments/" + other.json().path("id").asString());
        browser.check(page, "333-appointment-overlap-warned");
        org.assertj.core.api.Assertions.assertThat(api.get("/api/v1/persons/" + second[0] + "/appointments")
                        .json()
                        .size())
                .as("nothing saved before the confirmation")
                .isEqualTo(1); // the one of today, held no more than before
        page.locator("label[for=confirmOverlap]").click(); // Bootstrap Italia's checkbox: its label takes the click
        assertThat(page.getByLabel("Prenota comunque")).isChecked();
        page.getByRole(AriaRole.BUTTON, named("Fissa l’appuntamento")).click();
        assertThat(page.locator("[role=status]").first()).containsText("Appuntamento fissato");
        browser.check(page, "334-appointment-booked-anyway");

        // moving the other appointment onto the one just booked: warned the same way, moved when confirmed
        String otherId = other.json().path("id").asString();
        page.navigate(url("/appointments/" + otherId));
        page.locator("#r-time").fill("10:45");
        page.locator("#r-reason").fill("La persona lavora fino alle 10");
        page.getByRole(AriaRole.BUTTON, named("Sposta l’appuntamento")).click();
        assertThat(page.locator("#r-overlap")).containsText("Si sovrappone all’appuntamento con " + second[1]);
        assertThat(page.locator("#r-date")).hasAttribute("aria-invalid", "true");
        browser.check(page, "335-reschedule-overlap-warned");
        page.locator("label[for=r-confirm]").click();
        page.getByRole(AriaRole.BUTTON, named("Sposta l’appuntamento")).click();
        assertThat(page.locator("main dl")).containsText("10:45");
        browser.check(page, "336-rescheduled-anyway");
        page.context().close();

        // the meeting started from home is closed, so that no other journey meets it running
        var meeting = api.get("/api/v1" + meetingUrl.substring(meetingUrl.indexOf("/meetings/")));
        var closed = api.header("If-Match", meeting.etag())
                .post(
                        "/api/v1" + meetingUrl.substring(meetingUrl.indexOf("/meetings/")) + "/close",
                        Map.of(
                                "end",
                                Api.at(LocalDateTime.now(Api.ROME).plusMinutes(1)),
                                "notes",
                                "Prova",
                                "deviationReason",
                                "Chiuso dalla prova"));
        org.assertj.core.api.Assertions.assertThat(closed.status())
                .as(closed.body())
                .isEqualTo(200);
    }
}
