package it.orienta.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Debian's Chromium driven by Playwright (no browser download), with an axe-core check and a screenshot for
 * every page a journey visits, and a watch on the console for anything the page's CSP blocked.
 */
final class Browser implements AutoCloseable {

    static final Path SHOTS = Path.of("target/screenshots");

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser chromium;
    private final Map<Page, List<String>> consoleErrors = new java.util.concurrent.ConcurrentHashMap<>();
    /** After axe has analysed a document its own probes trip the CSP: errors count again after a navigation. */
    private final Map<Page, java.util.concurrent.atomic.AtomicBoolean> axeRan =
            new java.util.concurrent.ConcurrentHashMap<>();

    Browser() {
        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        chromium = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(Path.of(executable()))
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-dev-shm-usage",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync",
                                "--no-first-run")));
    }

    static String executable() {
        for (String candidate : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser")) {
            if (Files.isExecutable(Path.of(candidate))) {
                return candidate;
            }
        }
        throw new IllegalStateException("Chromium not found: apt-get install chromium (.ci/run does)");
    }

    Page page(int width, int height) {
        BrowserContext context = chromium.newContext(
                new NewContextOptions().setViewportSize(width, height).setLocale("it-IT"));
        Page page = context.newPage();
        var errors = java.util.Collections.synchronizedList(new ArrayList<String>());
        consoleErrors.put(page, errors);
        var axed = new java.util.concurrent.atomic.AtomicBoolean();
        axeRan.put(page, axed);
        page.onConsoleMessage(m -> {
            if ("error".equals(m.type()) && !axed.get()) {
                errors.add(m.text());
            }
        });
        page.onFrameNavigated(frame -> {
            if (frame == page.mainFrame()) {
                axed.set(false);
            }
        });
        return page;
    }

    /** Checks the page with axe (WCAG 2.1 A/AA) and saves its screenshot as NN-name.png. */
    /**
     * Opens a group of the main menu (issue 14: Persone, Appuntamenti, Lavoro, Il centro) once the page's script has
     * run, and waits until it shows its links.
     */
    static void openMenu(Page page, String group) {
        page.waitForLoadState(com.microsoft.playwright.options.LoadState.LOAD);
        var button = page.getByRole(
                com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName(group).setExact(true));
        button.click();
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(button)
                .hasAttribute("aria-expanded", "true");
    }

    void check(Page page, String name) {
        try {
            Files.createDirectories(SHOTS);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SHOTS.resolve(name + ".png"))
                .setFullPage(true));
        var results = new AxeBuilder(page)
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze();
        var serious = results.getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                .map(Browser::describe)
                .toList();
        assertThat(serious)
                .as("axe: serious or critical violations on " + name + " (" + page.url() + ")")
                .isEmpty();
        var errors = consoleErrors.getOrDefault(page, new ArrayList<>());
        assertThat(errors).as("console errors on " + name).noneMatch(e -> e.contains("Content Security Policy"));
    }

    private static String describe(Rule v) {
        return v.getId() + ": " + v.getHelp() + " "
                + v.getNodes().stream().map(n -> n.getTarget().toString()).toList();
    }

    @Override
    public void close() {
        chromium.close();
        playwright.close();
    }
}
