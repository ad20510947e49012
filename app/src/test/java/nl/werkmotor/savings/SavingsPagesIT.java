package nl.werkmotor.savings;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.microsoft.playwright.Keyboard;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import nl.werkmotor.Chromium;
import nl.werkmotor.WerkmotorTest;

/**
 * The beleidsmedewerker's calculator in Debian's Chromium: the blueprint's example with the document's figures, then
 * a scenario of their own through the seven steps (a refused step first, fixed by keyboard from the summary), saved,
 * copied and compared; every page without axe violations (WCAG 2.2 AA) in Dutch and English.
 */
@WerkmotorTest
class SavingsPagesIT {

    @LocalServerPort
    int port;

    /** The assumption's own field, not the field of its source ("Bron van: …"). */
    static final Page.GetByLabelOptions EXACT = new Page.GetByLabelOptions().setExact(true);

    Chromium browser;
    Page page;

    @BeforeEach
    void signIn(@Autowired JdbcTemplate jdbc) {
        // no placements recorded, whatever ran before in this database (a demo region brings its history)
        jdbc.execute("truncate placement cascade");
        browser = Chromium.on(port);
        page = browser.page();
        browser.signIn("beleidsmedewerker");
    }

    @AfterEach
    void close() {
        browser.close();
    }

    @Test
    void theAnalystReadsTheBlueprintsExampleAndWorksOutAScenarioOfTheirOwn() {
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Gedeelde besparingen")).click();
        assertThat(page.locator("h1")).hasText("Gedeelde besparingen");
        browser.accessibleInDutchAndEnglish("besparingen");

        browser.open("/besparingen?lang=nl");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName("Voorbeeld uit de blauwdruk: opleiden voor doorstroom op Rotterdam-Zuid")).click();
        assertThat(page.getByRole(AriaRole.NOTE).first()).containsText("Cijfers uit het document");
        assertThat(page.locator("main")).containsText("(ongeveer €949,-)");
        assertThat(page.locator("main")).containsText("(ongeveer €29.000 per jaar)");
        assertThat(page.locator("main")).containsText("€28.000 euro per persoon");
        assertThat(page.locator("main")).containsText("minder dan 5 duurzame plaatsingen: die worden niet getoond. Cijfers uit aannames.");
        assertThat(page.locator("#scenario-tabel tfoot")).containsText(Pattern.compile("28\\.051,00"));
        assertThat(page.getByRole(AriaRole.IMG, new Page.GetByRoleOptions().setName("Kosten en baten per partner")))
                .isVisible();
        browser.accessibleInDutchAndEnglish("besparingen-voorbeeld");
        page.navigate(page.url().replace("lang=en", "lang=nl"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Afdrukbare versie")).click();
        assertThat(page.locator("h1")).containsText("Voorbeeld uit de blauwdruk");
        browser.accessibleInDutchAndEnglish(null);

        // a scenario of their own: step 1 sent empty is refused, then fixed by keyboard from the summary
        browser.open("/besparingen?lang=nl");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nieuwe berekening")).click();
        assertThat(page.locator("h1")).hasText("Stap 1: Probleemanalyse");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Volgende stap")).click();
        assertThat(page).hasTitle(Pattern.compile("^Fout: 2 problemen"));
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Vul de naam van het scenario in.");
        assertThat(page.locator("#fouten")).isFocused();
        browser.accessible();
        Keyboard keys = page.keyboard();
        keys.press("Tab");
        keys.press("Enter");
        assertThat(page.getByLabel("Naam van het scenario")).isFocused();
        keys.type("Jobcoaching voor statushouders");
        keys.press("Tab");
        assertThat(page.getByLabel("Probleemanalyse")).isFocused();
        keys.type("Statushouders vinden moeilijk werk.");
        keys.press("Tab");
        keys.press("Enter");

        assertThat(page.locator("h1")).hasText("Stap 2: Interventie");
        assertThat(page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Stappen van de berekening")))
                .containsText("Stap 1 Probleemanalyse");
        browser.accessibleInDutchAndEnglish(null);
        browser.open("/besparingen/stap/2?lang=nl");
        page.getByLabel("Opzet, doel en effectiviteit van de interventie").fill("Een jobcoach in het eerste jaar.");
        page.getByLabel("Aantal bereikte personen per jaar", EXACT).fill("10");
        next();

        assertThat(page.locator("h1")).hasText("Stap 3: Nulalternatief");
        page.getByLabel("Wat gebeurt er zonder de interventie?").fill("Zij blijven in de bijstand.");
        next();

        assertThat(page.locator("h1")).hasText("Stap 4: Tijdshorizon");
        page.getByLabel("Tijdshorizon in jaren").fill("2");
        page.getByLabel("Discontovoet (% per jaar)", EXACT).fill("0");
        next();

        assertThat(page.locator("h1")).hasText("Stap 5: Kosten per partner");
        page.locator("[id='kosten[0].partner']").fill("Gemeente");
        page.locator("[id='kosten[0].omschrijving']").fill("Jobcoach");
        page.locator("[id='kosten[0].bedrag']").fill("2.500");
        page.locator("[id='kosten[0].herhaling']").selectOption("ONCE");
        page.locator("[id='kosten[0].perPersoon']").check();
        browser.accessible();
        next();

        assertThat(page.locator("h1")).hasText("Stap 6: Baten per partner");
        assertThat(page.locator("main")).containsText("minder dan 5 duurzame plaatsingen: die worden niet getoond. Cijfers uit aannames.");
        page.getByLabel("Partner die de uitkering betaalt").fill("Gemeente");
        page.getByLabel("Aandeel duurzame plaatsingen (%)", EXACT).fill("50");
        browser.accessible();
        next();

        // 10 × 50 % × 12 / 12 × 29,000 = 145,000 a year, for 2 years 290,000; costs 10 × 2,500 once
        assertThat(page.locator("h1")).hasText("Stap 7: Overzicht kosten en baten");
        assertThat(page.locator("#concept-tabel tfoot")).containsText(Pattern.compile("25\\.000,00.*290\\.000,00.*265\\.000,00", Pattern.DOTALL));
        browser.accessibleInDutchAndEnglish(null);
        browser.open("/besparingen/stap/7?lang=nl");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Scenario opslaan")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Het scenario is opgeslagen.");
        assertThat(page.locator("main")).containsText("Pieter Mulder");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Scenario kopiëren")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Het scenario is gekopieerd. Dit is de kopie.");
        assertThat(page.locator("h1")).hasText("Kopie van Jobcoaching voor statushouders");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Vergelijken met een ander scenario")).click();
        assertThat(page.locator("h1")).hasText("Twee scenario's vergelijken");
        browser.accessibleInDutchAndEnglish(null);
        page.navigate(page.url().replace("lang=en", "lang=nl"));
        page.getByLabel("Naast „Kopie van Jobcoaching voor statushouders” zetten").selectOption(
                new com.microsoft.playwright.options.SelectOption().setLabel("Jobcoaching voor statushouders"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vergelijken")).click();
        assertThat(page.locator("thead")).containsText("Jobcoaching voor statushouders");
        assertThat(page.locator("tbody")).containsText(Pattern.compile("265\\.000,00.*265\\.000,00", Pattern.DOTALL));
        browser.accessibleInDutchAndEnglish(null);

        assertThat(page.request().get("http://localhost:" + port + "/besparingen").text())
                .contains("Jobcoaching voor statushouders", "Kopie van Jobcoaching voor statushouders");
    }

    private void next() {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Volgende stap")).click();
    }
}
