package nl.werkmotor.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;


import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;

import nl.werkmotor.Chromium;
import nl.werkmotor.WerkmotorTest;
import nl.werkmotor.taxonomy.ImportingTaxonomy;
import nl.werkmotor.taxonomy.RealEsco;

/**
 * The web shell in Debian's Chromium: layout, language switch, skip link, login, error page and the
 * taxonomy pages on the real ESCO, each checked by axe for WCAG 2.2 AA in Dutch and English.
 */
@WerkmotorTest
class WebShellIT {

    static final String COMPUTER_PROGRAMMING = "21d2f96d-35f7-4e3f-9745-c533d2dd6e97";

    @LocalServerPort
    int port;
    @Autowired
    ImportingTaxonomy importing;
    @Autowired
    JdbcTemplate jdbc;

    Chromium browser;
    Page page;

    @BeforeEach
    void openPage() {
        RealEsco.ensureImported(importing, jdbc);
        browser = Chromium.on(port);
        page = browser.page();
    }

    @AfterEach
    void closePage() {
        browser.close();
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
        assertThat(page.getByRole(AriaRole.CONTENTINFO)).containsText(Chromium.ESCO_EN);
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
        assertThat(open("/error").status()).as("asked for itself, nothing went wrong: no server error").isEqualTo(404);
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
        return browser.open(path);
    }

    private void accessibleInDutchAndEnglish(String screenshot) {
        browser.accessibleInDutchAndEnglish(screenshot);
    }

    private void accessible() {
        browser.accessible();
    }
}
