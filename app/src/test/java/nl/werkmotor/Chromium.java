package nl.werkmotor;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;

/**
 * A fresh browser tab (its own cookies) in Debian's Chromium on the running test application, with the
 * checks every page must pass: no failed assets or console errors (checked on {@link #close()}) and no
 * WCAG 2.2 AA violations by axe. One Chromium serves all test classes of the JVM.
 *
 * <pre>{@code
 * @BeforeEach void open() { browser = Chromium.on(port); }
 * @AfterEach void close() { browser.close(); }
 * }</pre>
 *
 * Screenshots go to target/screenshots, or where {@code -Dwerkmotor.screenshots} says (docs/screenshots
 * holds the committed ones).
 */
public final class Chromium implements AutoCloseable {

    public static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    public static final String ESCO_NL = "Deze dienst gebruikt de ESCO-classificatie van de Europese Commissie.";
    public static final String ESCO_EN = "This service uses the ESCO classification of the European Commission.";

    private static Browser browser;

    private final int port;
    private final BrowserContext context;
    private final Page page;
    /** Failed assets and console errors (a CSS file or htmx that does not load, a content security policy violation). */
    private final List<String> problems = new ArrayList<>();

    private Chromium(int port) {
        this.port = port;
        context = shared().newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
        page = context.newPage();
        page.onResponse(response -> {
            if (response.status() >= 400 && !"document".equals(response.request().resourceType())) {
                problems.add(response.status() + " " + response.url());
            }
        });
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type()) && !message.text().startsWith("Failed to load resource")) {
                problems.add(message.text());
            }
        });
    }

    /** A new tab on the application at this port. */
    public static Chromium on(int port) {
        return new Chromium(port);
    }

    public Page page() {
        return page;
    }

    /** Goes to a local path, e.g. "/mijn-profiel". */
    public Response open(String path) {
        return page.navigate("http://localhost:" + port + path);
    }

    /** Signs in with a demo account (password "demo") through the login form, in Dutch. */
    public void signIn(String username) {
        open("/login?lang=nl");
        page.getByLabel("Gebruikersnaam").fill(username);
        page.getByLabel("Wachtwoord").fill("demo");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inloggen")).click();
        assertThat(page.getByRole(AriaRole.BANNER)).containsText("Ingelogd als");
    }

    /** Checks the page as it is (Dutch), then in English; saves a screenshot of the Dutch one unless null. */
    public void accessibleInDutchAndEnglish(String screenshot) {
        String url = page.url().replaceAll("#.*", "").replaceAll("[?&]lang=\\w+", "");
        page.navigate(url + (url.contains("?") ? "&" : "?") + "lang=nl");
        assertThat(page.getByRole(AriaRole.CONTENTINFO)).containsText(ESCO_NL);
        accessible();
        if (screenshot != null) {
            screenshot(screenshot);
        }
        page.navigate(url + (url.contains("?") ? "&" : "?") + "lang=en");
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.getByRole(AriaRole.CONTENTINFO)).containsText(ESCO_EN);
        accessible();
    }

    /** No WCAG 2.2 AA violations on the page as it is now. */
    public void accessible() {
        AxeResults results = new AxeBuilder(page).withTags(WCAG_22_AA).analyze();
        assertThat(results.getViolations())
                .as(() -> page.url() + ":\n" + results.getViolations().stream()
                        .map(v -> v.getId() + ": " + v.getHelp() + " " + v.getNodes().stream()
                                .map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
                        .collect(Collectors.joining("\n")))
                .isEmpty();
    }

    /** Saves the whole page as {@code name}.png in the screenshot folder. */
    public void screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(screenshots().resolve(name + ".png")));
    }

    /** Closes the tab; fails when an asset failed to load or the page logged an error. */
    @Override
    public void close() {
        context.close();
        assertThat(problems).isEmpty();
    }

    private static Path screenshots() {
        return Path.of(System.getProperty("werkmotor.screenshots", "target/screenshots"));
    }

    private static synchronized Browser shared() {
        if (browser == null) {
            Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                    .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(Paths.get("/usr/bin/chromium"))
                    .setHeadless(true)
                    .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                            "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic")));
            Runtime.getRuntime().addShutdownHook(new Thread(playwright::close));
        }
        return browser;
    }
}
