package it.orienta.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import it.orienta.OrientaAppTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The grouped main menu (issue 14): for each demo role it fits on one line at 1366 px, shows only what the role can
 * use, opens a group with the mouse or the keyboard (Enter, then Tab to its links, Escape closes it and gives the
 * focus back) and leads to the page; on a 390 px phone the burger opens it. axe-core with a group open.
 */
@OrientaAppTest
class MenuJourneyIT {

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

    Page login(String username, int width, int height) {
        Page page = browser.page(width, height);
        page.navigate("http://localhost:" + port + "/login");
        page.getByLabel("Nome utente").fill(username);
        page.getByLabel("Password").fill("Orienta.2026");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accedi"))
                .click();
        page.waitForLoadState(LoadState.LOAD); // the menu's script has run
        return page;
    }

    /** The top-level entries each role sees, in order. */
    static final Map<String, List<String>> TOP = Map.of(
            "operatore", List.of("Home", "Persone", "Appuntamenti", "Lavoro"),
            "coordinatore", List.of("Home", "Persone", "Appuntamenti", "Lavoro", "Il centro"),
            "amministratore", List.of("Home", "Registro accessi", "Amministrazione"),
            "preselezione", List.of("Home", "Offerte di lavoro", "Datori di lavoro"),
            "regionale", List.of("Home", "Monitoraggio"));

    @Test
    void eachRoleSeesItsOwnMenuOnOneLineAt1366() {
        for (var role : TOP.entrySet()) {
            Page page = login(role.getKey(), 1366, 768);
            var entries = page.locator("#main-nav .navbar-nav > li.nav-item > :is(a, button)");
            assertThat(entries.allInnerTexts().stream().map(String::strip).toList())
                    .as(role.getKey())
                    .isEqualTo(role.getValue());
            @SuppressWarnings("unchecked")
            var tops = (List<Number>) page.evaluate("() => Array.from(document.querySelectorAll("
                    + "'#main-nav .navbar-nav > li.nav-item')).map(li => Math.round(li.getBoundingClientRect().top))");
            assertThat(tops.stream().map(Number::intValue).distinct().count())
                    .as(role.getKey() + "'s menu on one line: " + tops)
                    .isEqualTo(1);
            page.context().close();
        }
    }

    @Test
    void theCoordinatorOpensAGroupWithTheKeyboardAndReachesMonitoring() {
        Page page = login("coordinatore", 1366, 768);
        var centre = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Il centro"));
        assertThat(centre).hasAttribute("aria-expanded", "false");
        assertThat(page.locator("#menu-centre")).isHidden();
        centre.focus();
        page.keyboard().press("Enter");
        assertThat(centre).hasAttribute("aria-expanded", "true");
        assertThat(page.locator("#menu-centre")).isVisible();
        browser.check(page, "388-menu-open");
        page.keyboard().press("Escape");
        assertThat(page.locator("#menu-centre")).isHidden();
        assertThat(centre).isFocused();

        page.keyboard().press("Enter");
        page.keyboard().press("Tab");
        assertThat(page.locator("#menu-centre a").first()).isFocused();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Monitoraggio"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Monitoraggio LEP")))
                .isVisible();

        // one group open at a time (once the page's script has run)
        page.waitForLoadState(LoadState.LOAD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Persone"))
                .click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lavoro"))
                .click();
        assertThat(page.locator("#menu-persons")).isHidden();
        assertThat(page.locator("#menu-work")).isVisible();
        page.context().close();
    }

    @Test
    void onAPhoneTheBurgerOpensTheMenu() {
        Page page = login("operatore", 390, 844);
        assertThat(page.locator("#main-nav")).isHidden();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Apri o chiudi il menu"))
                .click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Persone"))
                .click();
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Le mie persone").setExact(true))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Le mie persone")))
                .isVisible();
        browser.check(page, "389-menu-phone");
        page.context().close();
    }
}
