package it.orienta.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import it.orienta.Api;
import it.orienta.OrientaAppTest;
import it.orienta.Persons;
import it.orienta.agreement.AgreementOperators;
import it.orienta.organisation.OrganisationService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The PSP interview guides (issue 14): the sections' index with each one's state under a sticky person bar with the
 * meeting's clock, the plan form reached by keyboard in a few Tabs through the index, the focus on the saved
 * section's message after each save, every field signing needs marked, and the pre-signature checklist (on the
 * interview and on the signature page) listing every missing item at once, each a link to its field. The Tab counts
 * are printed (PSP-TABS) for the issue's note. axe on every state, screenshots 330–335.
 */
@OrientaAppTest
class PspInterviewJourneyIT {

    static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    OrganisationService organisation;

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

    Page login(String username, int width) {
        Page page = browser.page(width, 768);
        page.navigate(url("/login"));
        page.getByLabel("Nome utente").fill(username);
        page.getByLabel("Password").fill("Orienta.2026");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accedi"))
                .click();
        return page;
    }

    /** Presses Tab until the focused element matches {@code selector}; answers how many Tabs it took. */
    static int tabsUntil(Page page, String selector, int max) {
        for (int n = 1; n <= max; n++) {
            page.keyboard().press("Tab");
            if (focusedMatches(page, selector)) {
                return n;
            }
        }
        throw new AssertionError("Tab never reached " + selector + " in " + max);
    }

    static boolean focusedMatches(Page page, String selector) {
        return (Boolean) page.evaluate("s => !!document.activeElement && document.activeElement.matches(s)", selector);
    }

    static String focusedText(Page page) {
        return (String) page.evaluate("() => document.activeElement ? document.activeElement.textContent : ''");
    }

    @Test
    void theInterviewGuidesByKeyboardFromTheIndexToTheChecklistAndTheSignature() {
        String user = AgreementOperators.ensure(organisation, "psp.guida");
        var created = Api.as(port, user).post("/api/v1/persons", Persons.florentine("Pspguida"));
        String id = created.json().path("id").asString();
        Page page = login(user, 1366);
        page.navigate(url("/persons/" + id + "/agreement"));
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions()
                                .setName("Inizia il colloquio")
                                .setExact(true))
                .click();

        // the index: each section with its state; the person bar with the clock
        var steps = page.locator("#psp-steps");
        assertThat(steps.getByRole(AriaRole.LINK)).hasCount(6);
        assertThat(steps).containsText("Incontro");
        assertThat(steps.locator("a[href='#interview']")).containsText("in corso");
        assertThat(steps.locator("a[href='#phase1']")).containsText("da iniziare");
        assertThat(steps.locator("a[href='#signature']")).containsText("mancano 6 elementi");
        assertThat(page.locator("#psp-bar")).containsText("Pspguida");
        assertThat(page.locator("#psp-bar [data-clock-elapsed]"))
                .hasText(java.util.regex.Pattern.compile("\\d+:\\d\\d"));
        // every field signing needs is marked, its hint tied to the control
        for (String field :
                java.util.List.of("explainedRights", "profilingClass", "contactFrequency", "proofOfSearch")) {
            assertThat(page.locator("label[for=" + field + "]")).containsText("*");
            assertThat(page.locator("#" + field))
                    .hasAttribute("aria-describedby", java.util.regex.Pattern.compile(field + "-signing"));
            assertThat(page.locator("#" + field + "-signing")).hasText("Obbligatorio per la firma");
        }
        assertThat(page.getByLabel("Come la persona dimostra la ricerca attiva"))
                .hasAccessibleDescription(java.util.regex.Pattern.compile("Obbligatorio per la firma"));
        browser.check(page, "330-psp-interview-index");

        // keyboard only: Tabs from the top of the page straight through, and through the index
        page.navigate(url("/persons/" + id + "/agreement"));
        int straight = tabsUntil(page, "#kind", 300);
        page.navigate(url("/persons/" + id + "/agreement"));
        int toIndex = tabsUntil(page, "#psp-steps a[href='#plan']", 60);
        page.keyboard().press("Enter");
        assertThat(page.locator("#plan-title")).isFocused();
        int fromIndex = tabsUntil(page, "#kind", 10);
        System.out.println("PSP-TABS straight to the plan form: " + straight + "; through the index: " + toIndex
                + " Tabs + Enter + " + fromIndex + " Tabs = " + (toIndex + fromIndex) + " Tabs");
        assertThat(toIndex + fromIndex).isLessThan(straight);
        assertThat(toIndex + fromIndex).isLessThanOrEqualTo(25);
        // with the layout's skip link first: Tab, Enter, then the index
        page.navigate(url("/persons/" + id + "/agreement"));
        page.keyboard().press("Tab");
        assertThat(page.locator("a[href='#main']")).isFocused();
        page.keyboard().press("Enter");
        int skipToIndex = tabsUntil(page, "#psp-steps a[href='#plan']", 20);
        page.keyboard().press("Enter");
        int skipFromIndex = tabsUntil(page, "#kind", 10);
        System.out.println("PSP-TABS with the skip link: 1 Tab + Enter + " + skipToIndex + " Tabs + Enter + "
                + skipFromIndex + " Tabs = " + (1 + skipToIndex + skipFromIndex) + " Tabs");
        assertThat(1 + skipToIndex + skipFromIndex).isLessThan(toIndex + fromIndex);

        // a plan item by keyboard; after the save the focus is on the plan's message
        page.keyboard().press("ArrowDown");
        page.keyboard().press("ArrowDown");
        assertThat(page.locator("#kind")).hasValue("PERSON");
        tabsUntil(page, "#description", 10);
        page.keyboard().type("Inviare tre candidature");
        tabsUntil(page, "#frequency", 5);
        page.keyboard().type("ogni settimana");
        page.keyboard().press("Enter");
        assertThat(page.locator("#plan [role=status]")).isFocused();
        assertThat(page.locator("#plan table")).containsText("Inviare tre candidature");
        assertThat(steps.locator("a[href='#plan']")).containsText("completa per la firma");

        // phase 1 by keyboard (htmx swaps only the section): the focus moves to its message, the index follows
        page.locator("#psp-steps a[href='#phase1']").focus();
        page.keyboard().press("Enter");
        assertThat(page.locator("#phase1-title")).isFocused();
        tabsUntil(page, "#explainedProcess", 5);
        page.keyboard().press("Space");
        tabsUntil(page, "#phase1 button[type=submit]", 10);
        page.keyboard().press("Enter");
        assertThat(page.locator("#phase1 [role=status]")).isFocused();
        assertThat(page.locator("#phase1 [role=status]")).containsText("Fase salvata");
        assertThat(steps.locator("a[href='#phase1']")).containsText("salvata, incompleta per la firma");

        // the checklist lists every missing item at once; each link takes the focus to its field
        page.locator("#psp-steps a[href='#signature']").focus();
        page.keyboard().press("Enter");
        var checklist = page.locator("#signing-checklist");
        assertThat(checklist.getByRole(AriaRole.LINK)).hasCount(5);
        assertThat(checklist).containsText("Mancano ancora 5 elementi");
        browser.check(page, "331-psp-checklist");
        tabsUntil(page, "#signing-checklist a[href='#explainedRights']", 10);
        page.keyboard().press("Enter");
        assertThat(page.locator("#explainedRights")).isFocused();
        page.keyboard().press("Space");
        tabsUntil(page, "#phase1 button[type=submit]", 10);
        page.keyboard().press("Enter");
        assertThat(page.locator("#phase1 [role=status]")).isFocused();
        assertThat(steps.locator("a[href='#phase1']")).containsText("completa per la firma");
        assertThat(checklist.getByRole(AriaRole.LINK)).hasCount(4);

        checklist.locator("a[href='#proofOfSearch']").focus();
        page.keyboard().press("Enter");
        assertThat(page.locator("#proofOfSearch")).isFocused();
        page.keyboard().type("Porta l’elenco delle candidature inviate");
        page.getByLabel("Classe di profilazione").selectOption("MEDIUM");
        page.getByLabel("Frequenza dei contatti con l’operatore").fill("una volta al mese");
        page.locator("#phase3 button[type=submit]").focus();
        page.keyboard().press("Enter");
        assertThat(page.locator("#phase3 [role=status]")).isFocused();
        assertThat(checklist.getByRole(AriaRole.LINK)).hasCount(1);
        assertThat(checklist).containsText("chiudilo prima di registrare la firma");
        assertThat(steps.locator("a[href='#signature']")).containsText("manca 1 elemento");

        // the person bar stays in view at the foot of the page
        page.locator("#signature-title").scrollIntoViewIfNeeded();
        var bar = page.locator("#psp-bar").boundingBox();
        assertThat(bar.y).isBetween(-1.0, 10.0);
        browser.check(page, "332-psp-phases-saved");

        // the signature page: the checklist again, and a refusal listing every item at once, with the focus on it
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Registra la firma").setExact(true))
                .click();
        assertThat(page.locator("#signing-checklist")).containsText("chiudilo prima di registrare la firma");
        page.getByLabel("Data della firma")
                .fill(java.time.LocalDate.now(java.time.ZoneId.of("Europe/Rome"))
                        .plusDays(2)
                        .toString());
        browser.check(page, "333-psp-sign-checklist");
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Registra la firma").setExact(true))
                .click();
        var refusal = page.locator(".alert-danger");
        assertThat(refusal).isFocused();
        assertThat(refusal).containsText("ci sono 2 elementi da correggere");
        assertThat(refusal.getByRole(AriaRole.LINK)).hasCount(2);
        assertThat(refusal.locator("a[href='#signedOn']")).containsText("futuro");
        browser.check(page, "334-psp-sign-refused");
        refusal.locator("a[href$='#end']").click();
        assertThat(page.locator("#end")).isFocused();
    }

    @Test
    void onAPhoneTheBarDoesNotStickAndThePageDoesNotScrollSideways() {
        String user = AgreementOperators.ensure(organisation, "psp.telefono");
        var created = Api.as(port, user).post("/api/v1/persons", Persons.florentine("Psptelefono"));
        String id = created.json().path("id").asString();
        Page page = login(user, 390);
        page.navigate(url("/persons/" + id + "/agreement"));
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions()
                                .setName("Inizia il colloquio")
                                .setExact(true))
                .click();
        assertThat(page.locator("#psp-steps").getByRole(AriaRole.LINK)).hasCount(6);
        assertThat((Boolean) page.evaluate(
                        "() => document.documentElement.scrollWidth <= document.documentElement.clientWidth"))
                .isTrue();
        assertThat(page.locator("#psp-bar")).hasCSS("position", "static");
        browser.check(page, "335-psp-interview-phone");
    }
}
