package it.orienta.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import it.orienta.Api;
import it.orienta.OrientaAppTest;
import it.orienta.Persons;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Forms that help (issue 14): a refused form's summary counts the fields, names each one as a link that moves the focus
 * to it, and takes the focus itself; a refused work experience keeps what was typed; the sex that does not match the
 * codice fiscale is shown at its radio group. Axe on each refused form.
 */
@OrientaAppTest
class FormsJourneyIT {

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

    Page operator() {
        Page page = browser.page(1366, 768);
        page.navigate(url("/login"));
        page.getByLabel("Nome utente").fill("operatore");
        page.getByLabel("Password").fill("Orienta.2026");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accedi"))
                .click();
        return page;
    }

    @Test
    void anEmptyRegistrationListsEachFieldAsALinkAndTakesTheFocus() {
        Page page = operator();
        page.navigate(url("/persons/new"));
        assertThat(page.locator(".required-legend")).hasText("* campo obbligatorio");
        assertThat(page.locator("#birthplace legend")).containsText("Luogo di nascita");
        assertThat(page.locator("#birthplace legend")).containsText("*");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Salva"))
                .click();

        var summary = page.locator("#form-errors");
        assertThat(summary).isFocused();
        assertThat(summary.getByRole(AriaRole.HEADING)).hasText(Pattern.compile("Correggi \\d+ campi"));
        var taxCode = summary.getByRole(
                AriaRole.LINK,
                new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Codice fiscale: Campo obbligatorio."));
        assertThat(taxCode).hasAttribute("href", "#taxCode");
        assertThat(summary.getByRole(
                        AriaRole.LINK,
                        new com.microsoft.playwright.Locator.GetByRoleOptions().setName(Pattern.compile("^Cognome: "))))
                .hasCount(1);
        browser.check(page, "340-forms-registration-summary");

        taxCode.click();
        assertThat(page.locator("#taxCode")).isFocused();
    }

    @Test
    void theSexThatDoesNotMatchTheCodeIsShownAtTheRadioGroup() {
        Page page = operator();
        page.navigate(url("/persons/new"));
        LocalDate born = LocalDate.of(1991, 4, 12);
        page.locator("#taxCode").fill(Persons.taxCode("Giulia", "Sessimisti", born, true, "D612"));
        page.locator("#lastName").fill("Sessimisti");
        page.locator("#firstName").fill("Giulia");
        // the code fills sex, birth date and birthplace; the operator then picks the other sex
        assertThat(page.locator("#tax-code-filled")).containsText("compilati dal codice fiscale");
        // Bootstrap Italia draws the radio under its label: the label takes the click, as a user's would
        page.locator("label[for=" + page.locator("input[name=sex][value=M]").getAttribute("id") + "]")
                .click();
        assertThat(page.locator("input[name=sex][value=M]")).isChecked();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Salva"))
                .click();

        var error = page.locator("#sex-error");
        assertThat(error).isVisible();
        assertThat(error).hasText("Il sesso non corrisponde al codice fiscale.");
        assertThat(page.locator("fieldset#sex")).hasAttribute("aria-describedby", "sex-error");
        assertThat(page.locator("input[name=sex][value=M]")).hasAttribute("aria-describedby", "sex-error");
        var summary = page.locator("#form-errors");
        assertThat(summary).isFocused();
        assertThat(summary.getByRole(AriaRole.HEADING)).hasText("Correggi 1 campo");
        browser.check(page, "341-forms-sex-mismatch");

        summary.getByRole(
                        AriaRole.LINK,
                        new com.microsoft.playwright.Locator.GetByRoleOptions()
                                .setName("Sesso: Il sesso non corrisponde al codice fiscale."))
                .click();
        assertThat(page.locator("fieldset#sex input[name=sex]").first()).isFocused();
    }

    @Test
    void aRefusedWorkExperienceKeepsWhatWasTyped() {
        String id = personInCharge("Lavoranti");
        Page page = operator();
        page.navigate(url("/persons/" + id));
        var work = page.locator("#work");
        work.getByText("Aggiungi esperienza di lavoro").click();
        work.getByLabel("Datore di lavoro").fill("Trattoria Da Nello");
        work.locator("#professionCode").fill("Mestiere ignoto");
        work.locator("#toDate").fill("2019-05-01");
        work.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Aggiungi"))
                .click();

        var summary = page.locator("#work-errors");
        assertThat(summary).isFocused();
        assertThat(summary).containsText("Correggi 1 campo");
        assertThat(summary.getByRole(AriaRole.LINK)).hasText("Dal: Campo obbligatorio.");
        assertThat(page.locator("#employer")).hasValue("Trattoria Da Nello");
        assertThat(page.locator("#professionCode")).hasValue("Mestiere ignoto");
        assertThat(page.locator("#toDate")).hasValue("2019-05-01");
        assertThat(page.locator("#fromDate")).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("#fromDate-error")).isVisible();
        browser.check(page, "342-forms-work-experience-kept");

        summary.getByRole(AriaRole.LINK).click();
        assertThat(page.locator("#fromDate")).isFocused();
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
        api.post("/api/v1/persons/" + id + "/intakes", Map.copyOf(intake));
        return id;
    }
}
