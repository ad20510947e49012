package nl.werkmotor.employerservice;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.microsoft.playwright.Keyboard;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import nl.werkmotor.Chromium;
import nl.werkmotor.WerkmotorTest;
import nl.werkmotor.demoregion.SmallDemoRegion;
import nl.werkmotor.employers.FindEmployers;

/**
 * The account manager's journey in Debian's Chromium: find an employer (by keyboard only), claim it, record
 * a contact moment and mark it; enter a vacancy on the employer's behalf, searching skills while typing; a
 * claim that a colleague beat is refused with the colleague's name. Every page without axe violations in
 * Dutch and English. Uses employers 1 and 2.
 */
@WerkmotorTest
class PortfolioPagesIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    FindEmployers employers;
    @Autowired
    ClaimingEmployer claiming;

    Chromium browser;
    Page page;

    @BeforeEach
    void signIn(@Autowired ApplicationContext application) {
        SmallDemoRegion.ensure(application);
        jdbc.update("delete from employer_owner where employer_id in (1, 2)");
        jdbc.update("delete from employer_contact where employer_id in (1, 2)");
        jdbc.update("delete from employer_mark where employer_id in (1, 2)");
        browser = Chromium.on(port);
        page = browser.page();
        browser.signIn("accountmanager");
    }

    @AfterEach
    void close() {
        jdbc.update("delete from employer_owner where employer_id in (1, 2)"); // other tests claim as this account manager too
        browser.close();
    }

    @Test
    void theAccountManagerFindsClaimsAndRecordsAContactWithAnEmployer() {
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Mijn werkgevers")).click();
        assertThat(page.locator("h1")).hasText("Mijn werkgevers");
        assertThat(page.locator("main")).containsText("U hebt nog geen werkgevers.");

        // keyboard only: skip link, the search field, the first employer found
        Keyboard keys = page.keyboard();
        keys.press("Tab");
        keys.press("Enter");
        keys.press("Tab");
        assertThat(page.getByLabel("Naam van de werkgever")).isFocused();
        keys.type("vaste hand");
        keys.press("Enter");
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("1 werkgever gevonden voor „vaste hand”.");
        browser.accessibleInDutchAndEnglish("portefeuille");
        browser.open("/portefeuille?naam=vaste+hand&lang=nl");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Bouwbedrijf De Vaste Hand B.V.")).focus();
        keys.press("Enter");

        assertThat(page.locator("h1")).hasText("Bouwbedrijf De Vaste Hand B.V.");
        assertThat(page.locator("main")).containsText("nog niemand");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Werkgever claimen")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("U bent nu de accountmanager van deze werkgever.");
        assertThat(page.locator("main")).containsText("Fatima el Amrani, sinds");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Contactmoment opslaan")).click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Kies de soort contact");
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Vul de samenvatting in.");
        browser.accessible();
        page.getByLabel("Soort contact").selectOption("VISIT");
        page.getByLabel("Samenvatting").fill("Kennismaking met de directeur; twee vacatures voor lassers.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Contactmoment opslaan")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Het contactmoment is opgeslagen.");
        assertThat(page.locator("#contactmomenten ~ article").first()).containsText("twee vacatures voor lassers");

        page.getByLabel("Key account: een werkgever met veel of vaak vacatures voor onze doelgroepen").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kenmerken opslaan")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("De kenmerken zijn opgeslagen.");
        browser.open("/portefeuille/1"); // without the #kenmerken a language goes after
        browser.accessibleInDutchAndEnglish("portefeuille-werkgever");

        browser.open("/portefeuille/1?lang=nl");
        page.locator("#vacatures ~ table a[href$='/etalage']").first().click();
        assertThat(page.locator("h1")).containsText("Kandidaten voor");
        browser.accessibleInDutchAndEnglish("portefeuille-etalage");

        browser.open("/portefeuille?lang=nl");
        assertThat(page.locator("tbody tr").first()).containsText("Bouwbedrijf De Vaste Hand B.V.");
        assertThat(page.locator("tbody tr").first()).containsText("ja");
    }

    @Test
    void theOwnerEntersAVacancyForTheEmployerSearchingSkillsWhileTyping() {
        browser.open("/portefeuille/1?lang=nl");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Werkgever claimen")).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nieuwe vacature")).click();
        assertThat(page.locator("h1")).hasText("Nieuwe vacature");
        assertThat(page.locator("main")).containsText("Vacatures van Bouwbedrijf De Vaste Hand B.V.");
        page.getByLabel("Titel").fill("Heftruckchauffeur magazijn");
        page.getByLabel("Vacaturetekst").fill("Wij zoeken een heftruckchauffeur voor ons magazijn.");

        // keyboard only: type in the search box, the skills found appear above it without a page load
        Keyboard keys = page.keyboard();
        page.getByLabel("Zoek nog een vaardigheid of beroep").focus();
        keys.type("heftruck");
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("gevonden voor „heftruck”");
        assertThat(page.getByLabel("Zoek nog een vaardigheid of beroep")).isFocused();
        int rows = page.locator("select[name^=belang-]").count();
        org.assertj.core.api.Assertions.assertThat(rows).as("skills found while typing").isPositive();
        keys.press("Shift+Tab"); // the last skill found, just above the search box
        Locator last = page.locator("select[name^=belang-]").nth(rows - 1);
        assertThat(last).isFocused();
        keys.press("ArrowDown"); // from "Niet opnemen" to "Essentieel"
        assertThat(last).hasValue("ESSENTIAL");
        browser.accessible();

        page.locator("input[name=occupationUri]").first().check();
        page.getByLabel("Minimaal aantal uren per week").fill("24");
        page.getByLabel("Maximaal aantal uren per week").fill("32");
        page.getByLabel("Postcode van de werkplek").fill(employers.byId(1).orElseThrow().postcode4());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vacature opslaan")).click();

        assertThat(page.locator("h1")).hasText("Bouwbedrijf De Vaste Hand B.V.");
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("De vacature is opgeslagen.");
        long vacancy = Long.parseLong(page.url().replaceAll(".*opgeslagen=(\\d+).*", "$1"));
        browser.accessibleInDutchAndEnglish(null);
        browser.open("/portefeuille/1?lang=nl");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Heftruckchauffeur magazijn").setExact(true))
                .click();
        assertThat(page.locator("h1")).hasText("Vacature wijzigen");
        browser.accessibleInDutchAndEnglish("portefeuille-vacature");
        browser.open("/portefeuille/1/vacatures/" + vacancy + "?lang=nl");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vacature intrekken")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("De vacature is ingetrokken.");
        org.assertj.core.api.Assertions.assertThat(jdbc.queryForObject("select count(*) from vacancy where id = ?",
                Long.class, vacancy)).isZero();
    }

    @Test
    void aClaimAColleagueBeatIsRefusedWithTheColleaguesName() {
        browser.open("/portefeuille/2?lang=nl");
        assertThat(page.locator("h1")).hasText(employers.byId(2).orElseThrow().name());
        // meanwhile a colleague claims it
        claiming.claim(new ClaimEmployerCommand(PortfolioIT.KEES, 2));

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Werkgever claimen")).click();

        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Deze werkgever is al van Kees de Wit (sinds ");
        assertThat(page.locator("main")).containsText("Kees de Wit, sinds");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Werkgever claimen"))).hasCount(0);
        assertThat(page.getByLabel("Samenvatting")).hasCount(0);
        browser.accessibleInDutchAndEnglish(null);
        long vacancy = jdbc.queryForObject("select coalesce(min(id), 1) from vacancy where employer_id = 2", Long.class);
        org.assertj.core.api.Assertions.assertThat(page.navigate("http://localhost:" + port + "/portefeuille/2/vacatures/"
                + vacancy + "/etalage").status()).as("the showcase of a colleague's employer").isEqualTo(404);
    }
}
