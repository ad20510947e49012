package nl.werkmotor.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;

import nl.werkmotor.WerkmotorTest;
import nl.werkmotor.taxonomy.ImportingTaxonomy;
import nl.werkmotor.taxonomy.RealEsco;

/**
 * The web shell in Debian's Chromium: layout, language switch, skip link, login, error page and the
 * taxonomy pages on the real ESCO, each checked by axe for WCAG 2.2 AA in Dutch and English.
 * Screenshots go to target/screenshots, or where {@code -Dwerkmotor.screenshots} says (docs/screenshots
 * holds the committed ones).
 */
@WerkmotorTest
class WebShellIT {

    static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    static final String COMPUTER_PROGRAMMING = "21d2f96d-35f7-4e3f-9745-c533d2dd6e97";
    static final String ESCO_NL = "Deze dienst gebruikt de ESCO-classificatie van de Europese Commissie.";
    static final String ESCO_EN = "This service uses the ESCO classification of the European Commission.";

    static Playwright playwright;
    static Browser browser;

    @LocalServerPort
    int port;
    @Autowired
    ImportingTaxonomy importing;
    @Autowired
    JdbcTemplate jdbc;

    BrowserContext context;
    Page page;
    /** Failed assets and console errors (a CSS file or htmx that does not load, a content security policy violation). */
    final List<String> problems = new ArrayList<>();

    @BeforeAll
    static void startChromium() {
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get("/usr/bin/chromium"))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic")));
    }

    @AfterAll
    static void stopChromium() {
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void openPage() {
        RealEsco.ensureImported(importing, jdbc);
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
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

    @AfterEach
    void closePage() {
        context.close();
        assertThat(problems).isEmpty();
    }

    @Test
    void theHomePageIsDutchWithLandmarksAndTheEscoAttribution() {
        Response response = open("/");

        assertThat(response.status()).isEqualTo(200);
        assertThat(page.locator("html")).hasAttribute("lang", "nl");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Werk vinden via vaardigheden");
        assertThat(page.getByRole(AriaRole.BANNER)).isVisible();
        assertThat(page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Hoofdmenu"))).isVisible();
        assertThat(page.locator("main#inhoud")).isVisible();
        assertThat(page.locator(".werkmotor-dev-banner")).hasCount(0);
        accessibleInDutchAndEnglish("home");
    }

    @Test
    void theLanguageSwitchGoesToEnglishAndIsRemembered() {
        open("/");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("English")).click();

        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.locator("h1")).hasText("Finding work through skills");
        assertThat(page.getByRole(AriaRole.CONTENTINFO)).containsText(ESCO_EN);
        open("/login");
        assertThat(page.locator("h1")).hasText("Sign in");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nederlands")).click();
        assertThat(page.locator("h1")).hasText("Inloggen");
        assertThat(page.locator("html")).hasAttribute("lang", "nl");
    }

    @Test
    void theSkipLinkIsTheFirstStopAndLeadsToTheContent() {
        open("/");

        page.keyboard().press("Tab");
        var skipLink = page.locator("a.utrecht-skip-link");
        assertThat(skipLink).isFocused();
        assertThat(skipLink).isVisible();
        assertThat(skipLink).hasText("Direct naar de inhoud");
        page.keyboard().press("Enter");

        assertThat(page.locator("main#inhoud")).isFocused();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*#inhoud$"));
    }

    @Test
    void aDemoAccountSignsInAndOut() {
        open("/login");
        accessibleInDutchAndEnglish("login");
        open("/login?lang=nl");

        page.getByLabel("Gebruikersnaam").fill("klantmanager");
        page.getByLabel("Wachtwoord").fill("demo");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inloggen")).click();

        assertThat(page.getByRole(AriaRole.BANNER))
                .containsText("Ingelogd als Jeroen Visser (klantmanager, Gemeente Lindeveen)");
        accessible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Uitloggen")).click();
        assertThat(page.getByRole(AriaRole.ALERT).or(page.getByRole(AriaRole.STATUS))).containsText("U bent uitgelogd.");
    }

    @Test
    void aWrongPasswordIsRefusedInDutch() {
        open("/login");

        page.getByLabel("Gebruikersnaam").fill("klantmanager");
        page.getByLabel("Wachtwoord").fill("geheim");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inloggen")).click();

        assertThat(page.getByRole(AriaRole.ALERT)).hasText("Gebruikersnaam of wachtwoord klopt niet.");
        accessible();
    }

    @Test
    void anUnknownPageIsThe404PageInTheLayout() {
        Response response = open("/beroepen/00000000-0000-0000-0000-000000000000");

        assertThat(response.status()).isEqualTo(404);
        assertThat(page.locator("h1")).hasText("Pagina niet gevonden");
        assertThat(page.content()).doesNotContain("Exception", "Whitelabel");
        accessibleInDutchAndEnglish(null);
        assertThat(open("/beroepen/geen-id?lang=en").status()).isEqualTo(404);
        assertThat(page.locator("h1")).hasText("Page not found");
    }

    @Test
    void anOccupationPageShowsItsIscoGroupAndSkills() {
        open("/beroepen/" + RealEsco.BUS_DRIVER);

        assertThat(page.locator("h1")).hasText("buschauffeur");
        assertThat(page.locator("main")).containsText("8331");
        assertThat(page.locator("main")).containsText("Essentiële vaardigheden en kennis");
        assertThat(page.locator("main")).containsText("busbestuurder");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("trolleybuschauffeur")))
                .isVisible(); // a narrower occupation
        accessibleInDutchAndEnglish("beroep");
        assertThat(page.locator("h1")).hasText("bus driver");

        page.locator("main ul a[href^='/vaardigheden/']").first().click();
        assertThat(page.locator(".utrecht-pre-heading")).hasText(java.util.regex.Pattern.compile("Skill|Knowledge"));
    }

    @Test
    void aSkillPageShowsItsHierarchyAndTheOccupationsThatNeedIt() {
        open("/vaardigheden/" + COMPUTER_PROGRAMMING);

        assertThat(page.locator("h1")).hasText("computerprogrammering");
        assertThat(page.locator(".utrecht-pre-heading")).hasText("Kennis");
        assertThat(page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Plaats in de hiërarchie")))
                .isVisible();
        assertThat(page.locator("main")).containsText("Essentieel voor deze beroepen");
        accessibleInDutchAndEnglish("vaardigheid");
        assertThat(page.locator("h1")).hasText("computer programming");
    }

    @Test
    void aSkillWithoutDutchLabelShowsTheEnglishMarkedAsSuch() {
        String uri = jdbc.queryForObject("select uri from skill where label_nl is null order by uri limit 1", String.class);

        open("/vaardigheden/" + uri.substring(uri.lastIndexOf('/') + 1));

        assertThat(page.locator("h1 [lang=en]")).isVisible();
        assertThat(page.locator("h1")).containsText("(Engels)");
        accessible();
    }

    @Test
    void theTaxonomySearchFollowsTheTypingAndLeadsToAnOccupation() {
        open("/taxonomie");
        accessibleInDutchAndEnglish(null);
        open("/taxonomie?lang=nl");

        page.getByLabel("Zoek een beroep of vaardigheid").pressSequentially("buschauffeur");

        var result = page.locator("#resultaten").getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("buschauffeur").setExact(true));
        assertThat(result).isVisible(); // swapped in by htmx, without a page load
        accessible();
        result.click();
        assertThat(page.locator("h1")).hasText("buschauffeur");
    }

    private Response open(String path) {
        return page.navigate("http://localhost:" + port + path);
    }

    /** Checks the page as it is (Dutch), then in English; saves a screenshot of the Dutch one. */
    private void accessibleInDutchAndEnglish(String screenshot) {
        String url = page.url().replaceAll("[?&]lang=\\w+", "");
        page.navigate(url + (url.contains("?") ? "&" : "?") + "lang=nl");
        assertThat(page.getByRole(AriaRole.CONTENTINFO)).containsText(ESCO_NL);
        accessible();
        if (screenshot != null) {
            page.screenshot(new Page.ScreenshotOptions().setPath(screenshots().resolve(screenshot + ".png")));
        }
        page.navigate(url + (url.contains("?") ? "&" : "?") + "lang=en");
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.getByRole(AriaRole.CONTENTINFO)).containsText(ESCO_EN);
        accessible();
    }

    private void accessible() {
        AxeResults results = new AxeBuilder(page).withTags(WCAG_22_AA).analyze();
        assertThat(results.getViolations())
                .as(() -> page.url() + ":\n" + results.getViolations().stream()
                        .map(v -> v.getId() + ": " + v.getHelp() + " " + v.getNodes().stream()
                                .map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
                        .collect(Collectors.joining("\n")))
                .isEmpty();
    }

    private static Path screenshots() {
        return Path.of(System.getProperty("werkmotor.screenshots", "target/screenshots"));
    }
}
