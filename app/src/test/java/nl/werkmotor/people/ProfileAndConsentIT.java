package nl.werkmotor.people;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import nl.werkmotor.Chromium;
import nl.werkmotor.WerkmotorTest;
import nl.werkmotor.demoregion.GeneratingDemoRegion;
import nl.werkmotor.places.ImportingPlaces;
import nl.werkmotor.taxonomy.ImportingTaxonomy;

/**
 * The job seeker's main journey, "profile and consent", in Debian's Chromium: sign in, add a skill by
 * typing, say what I want, see what fits with why and what is missing, choose who may see me (by
 * keyboard only), download my data, erase it and start again. Every page passes axe in Dutch and English.
 */
@WerkmotorTest
class ProfileAndConsentIT {

    @LocalServerPort
    int port;
    @Autowired
    FindPeople people;
    @Autowired
    ChangingProfile changing;

    Chromium browser;
    Page page;

    @BeforeEach
    void sanneWithoutTheForkliftSkill(@Autowired ImportingTaxonomy taxonomy, @Autowired ImportingPlaces places,
                                      @Autowired JdbcTemplate jdbc, @Autowired GeneratingDemoRegion generating) {
        OwnProfileApiIT.demoRegionWithSanne(taxonomy, places, jdbc, generating, people);
        changing.change(new ChangeProfile(1, ChangeAuthor.person("werkzoekende"), List.of(), Evidence.SELF_DECLARED,
                List.of(OwnProfileApiIT.FORKLIFT), PreferencesChange.none().visibility(Visibility.EMPLOYERS_ANONYMOUS)));
        browser = Chromium.on(port);
        page = browser.page();
    }

    @AfterEach
    void close() {
        browser.close();
    }

    @Test
    void sanneBuildsHerProfileChoosesWhoSeesItAndTakesHerDataWithHer() throws Exception {
        browser.signIn("werkzoekende");
        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Hoofdmenu"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Mijn profiel"))
                .click();
        assertThat(page.locator("h1")).hasText("Mijn profiel");
        browser.accessibleInDutchAndEnglish("mijn-profiel");

        // Wat kan ik: type, and the results follow (htmx)
        browser.open("/mijn-profiel/vaardigheden?lang=nl");
        page.getByLabel("Wat kunt u?").pressSequentially("heftruck");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Voeg heftrucks bedienen toe")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("De vaardigheden staan in uw profiel.");
        assertThat(page.locator("#skills-section")).containsText("heftrucks bedienen");
        assertThat(page.locator("#skills-section")).containsText("Dit zegt u zelf");
        browser.accessibleInDutchAndEnglish("mijn-profiel-vaardigheden");

        // Wat wil ik: a mistake first, every problem named, nothing saved; then right
        browser.open("/mijn-profiel/wensen?lang=nl");
        page.getByLabel("Minimaal aantal uren").fill("30");
        page.getByLabel("Maximaal aantal uren").fill("20");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sla mijn wensen op")).click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Het maximum aantal uren is kleiner dan het minimum.");
        assertThat(page).hasTitle("Fout: 1 probleem – Wat wil ik – Werkmotor");
        assertThat(page.getByLabel("Maximaal aantal uren")).hasAttribute("aria-invalid", "true");
        assertThat(page.getByLabel("Maximaal aantal uren")).hasValue("20");
        browser.accessible();
        page.getByLabel("Maximaal aantal uren").fill("36");
        page.getByLabel("Hoe ver wilt u reizen? (km)").fill("25");
        page.getByLabel("Gezondheids- en welzijnszorg").check();
        page.getByLabel("Alleen overdag werken").check();
        page.getByLabel("Een jobcoach op het werk").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sla mijn wensen op")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Uw wensen zijn opgeslagen.");
        browser.accessibleInDutchAndEnglish("mijn-profiel-wensen");
        Preferences wanted = people.byId(1).orElseThrow().profile().preferences();
        assertThat(wanted.minHours()).isEqualTo(30);
        assertThat(wanted.maxHours()).isEqualTo(36);
        assertThat(wanted.supportNeeds()).containsExactly(SupportNeed.JOB_COACH);

        // What fits, why, and what is missing
        browser.open("/mijn-profiel/suggesties?lang=nl");
        assertThat(page.locator("#beroepen")).hasText("Beroepen");
        assertThat(page.getByText("Waarom past dit?").first()).isVisible();
        assertThat(page.getByText("Wat mist u nog?").first()).isVisible();
        browser.accessibleInDutchAndEnglish("mijn-profiel-suggesties");

        // Who may see me, by keyboard only: skip link, into the page, the chosen radio, one up, save
        browser.open("/mijn-profiel/zichtbaarheid?lang=nl");
        page.keyboard().press("Tab");
        assertThat(page.locator(":focus")).hasText("Direct naar de inhoud");
        page.keyboard().press("Enter");
        page.keyboard().press("Tab"); // the way back to the overview
        page.keyboard().press("Tab"); // the chosen answer: employers, without my name
        assertThat(page.locator(":focus")).hasId("visibility-EMPLOYERS_ANONYMOUS");
        page.keyboard().press("ArrowUp");
        page.keyboard().press("Tab");
        assertThat(page.locator(":focus")).hasText("Sla mijn keuze op");
        page.keyboard().press("Enter");
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Uw keuze is opgeslagen.");
        assertThat(page.getByLabel("Ik en de mensen die mij helpen")).isChecked();
        assertThat(people.byId(1).orElseThrow().profile().preferences().visibility()).isEqualTo(Visibility.PARTNERS);
        browser.accessibleInDutchAndEnglish("mijn-profiel-zichtbaarheid");

        // Who changed my profile, in the page's language
        browser.open("/mijn-profiel?lang=en");
        assertThat(page.locator("#wijzigingen ~ ul li").first()).containsText("Profile: visibility changed.");
        browser.open("/mijn-profiel/gegevens?lang=en");
        assertThat(page.locator("#wie-veranderde ~ table tbody tr").first()).containsText("Profile: visibility changed.");
        browser.open("/mijn-profiel?lang=nl");
        assertThat(page.locator("#wijzigingen ~ ul li").first()).containsText("Profiel: zichtbaarheid gewijzigd.");

        // My data: download it all
        browser.open("/mijn-profiel/gegevens?lang=nl");
        assertThat(page.locator("#wie-veranderde ~ table tbody tr").first()).containsText("Profiel: zichtbaarheid gewijzigd.");
        browser.accessibleInDutchAndEnglish("mijn-profiel-gegevens");
        browser.open("/mijn-profiel/gegevens?lang=nl");
        Download download = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Download al mijn gegevens (JSON)")).click());
        assertThat(download.suggestedFilename()).isEqualTo("mijn-gegevens.json");
        String json = Files.readString(download.path());
        assertThat(json).contains("\"firstName\" : \"Sanne\"", "\"supportNeeds\"", "\"changes\"", "werkzoekende",
                "Profiel: zichtbaarheid gewijzigd.");
    }

    @Test
    void sanneErasesHerDataAfterConfirmingAndCanStartAgain() {
        browser.signIn("werkzoekende");
        browser.open("/mijn-profiel/verwijderen?lang=nl");
        browser.accessibleInDutchAndEnglish("mijn-profiel-verwijderen");
        browser.open("/mijn-profiel/verwijderen?lang=nl");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ja, verwijder mijn gegevens")).click();

        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Uw gegevens zijn verwijderd.");
        assertThat(page.locator("h1")).hasText("Start uw profiel");
        assertThat(people.byAccount("werkzoekende")).isEmpty();
        browser.accessibleInDutchAndEnglish("mijn-profiel-start");
        browser.open("/mijn-profiel?lang=nl");
        page.getByLabel("Voornaam").fill("Sanne");
        page.getByLabel("Achternaam").fill("Bakker");
        page.getByLabel("Geboortejaar").fill("1990");
        page.getByLabel("De 4 cijfers van uw postcode").fill("3011");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start mijn profiel")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Uw profiel is gestart.");
        assertThat(people.byAccount("werkzoekende").orElseThrow().profile().preferences().visibility())
                .isEqualTo(Visibility.PRIVATE);
    }

    @Test
    void anEmployerSeesNoProfileAndNoMenuLinkToIt() {
        browser.signIn("werkgever");

        assertThat(page.getByRole(AriaRole.NAVIGATION)).not().containsText("Mijn profiel");
        assertThat(browser.open("/mijn-profiel").status()).isEqualTo(403);
        assertThat(page.locator("main")).not().containsText("Sanne");
    }
}
