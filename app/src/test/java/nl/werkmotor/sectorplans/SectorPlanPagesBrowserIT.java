package nl.werkmotor.sectorplans;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import nl.werkmotor.Chromium;
import nl.werkmotor.WerkmotorTest;
import nl.werkmotor.demoregion.SmallDemoRegion;

/**
 * The sector plans and targets in Chromium with axe (WCAG 2.2 AA), in Dutch and English: the list of sectors, a plan
 * with its analysis, key accounts and versions, a new version saved by keyboard after a refusal (the summary takes the
 * focus and links to each field, each reason beside its field), naming a sectortrekker, and the targets of a year with
 * one added.
 */
@WerkmotorTest
class SectorPlanPagesBrowserIT {

    @LocalServerPort
    int port;

    @BeforeEach
    void region(@Autowired ApplicationContext application) {
        SmallDemoRegion.ensure(application);
    }

    @Test
    void theAccountManagerReadsThePlansAndSavesANewVersionOfTheirOwnByKeyboard() {
        try (Chromium browser = Chromium.on(port)) {
            Page page = browser.page();
            browser.signIn("accountmanager");
            browser.open("/?lang=nl");
            page.getByRole(AriaRole.NAVIGATION).getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator
                    .GetByRoleOptions().setName("Sectorplannen")).click();
            assertThat(page.getByRole(AriaRole.TABLE)).containsText("Gerrit Jansen (UWV Rijnmond)");
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                    .setName("Sectorplan Bouw en Techniek bewerken"))).isVisible();
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                    .setName("Sectorplan Zorg, Welzijn en Schoonmaak bewerken"))).hasCount(0);
            browser.accessibleInDutchAndEnglish(null);

            browser.open("/sectorplannen?lang=nl");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Bouw en Techniek").setExact(true)).click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                    .hasText("Sectorplan Bouw en Techniek");
            assertThat(page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Cijfers uit de regio")))
                    .containsText("Werkgevers in de sector");
            assertThat(page.locator("a[href^='/portefeuille/']").first()).isVisible(); // key accounts, to their file
            assertThat(page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions()
                    .setName("Elke opgeslagen versie, de nieuwste eerst"))).containsText("Werkmotor (eerste versie)");
            browser.accessibleInDutchAndEnglish(null);

            browser.open("/sectorplannen/BOUW_TECHNIEK?lang=nl");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sectorplan Bouw en Techniek bewerken"))
                    .click();
            page.getByLabel("Sectoranalyse (tekst)").fill("");
            page.getByLabel("Plaatsingen lokaal").fill("veel");
            page.getByLabel("Naam van project 1").fill("Leerwerkbanen bouwplaats");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nieuwe versie opslaan")).click();

            assertThat(page).hasTitle(Pattern.compile("^Fout: 2 problemen – Sectorplan Bouw en Techniek bewerken"));
            assertThat(page.getByRole(AriaRole.ALERT)).isFocused();
            assertThat(page.getByRole(AriaRole.ALERT)).containsText("Vul de sectoranalyse in.");
            assertThat(page.locator("[id='lokaal-fout']")).containsText("niet 'veel'");
            assertThat(page.getByLabel("Plaatsingen lokaal")).hasAttribute("aria-invalid", "true");
            assertThat(page.getByLabel("Plaatsingen regionaal")).not().hasAttribute("aria-invalid", "true");
            browser.accessible();

            // by keyboard: the summary's first link leads to the analysis
            page.keyboard().press("Tab");
            page.keyboard().press("Enter");
            assertThat(page.getByLabel("Sectoranalyse (tekst)")).isFocused();
            page.keyboard().type("De bouw zoekt vakmensen; de woningbouwopgave groeit.");
            page.getByLabel("Plaatsingen lokaal").focus();
            page.keyboard().press("Control+A");
            page.keyboard().type("32");
            page.keyboard().press("Enter"); // submits the form
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("is opgeslagen");
            assertThat(page.locator("main")).containsText("De bouw zoekt vakmensen");
            assertThat(page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions()
                    .setName("Elke opgeslagen versie, de nieuwste eerst"))).containsText("Fatima el Amrani");
            browser.accessibleInDutchAndEnglish(null);
        }
    }

    @Test
    void theAccountManagerNamesASectortrekker() {
        try (Chromium browser = Chromium.on(port)) {
            Page page = browser.page();
            browser.signIn("accountmanager");
            browser.open("/sectorplannen/HORECA/bewerken?lang=nl");
            page.getByLabel("Naam van de sectortrekker").fill("Karin Bos");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Adoptie en sectortrekker opslaan"))
                    .click();
            assertThat(page.getByRole(AriaRole.ALERT)).containsText("Kies de organisatie van de sectortrekker.");
            assertThat(page.getByLabel("Organisatie van de sectortrekker")).hasAttribute("aria-invalid", "true");
            browser.accessible();
            page.getByLabel("Organisatie van de sectortrekker").selectOption("wsp-lindeveen");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Adoptie en sectortrekker opslaan"))
                    .click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("sectortrekker zijn opgeslagen");
            assertThat(page.locator("main")).containsText("Sectortrekker: Karin Bos (WerkgeversServicePunt Lindeveen).");
            browser.accessibleInDutchAndEnglish(null);
        }
    }

    @Test
    void thePolicyAnalystAddsATargetAfterBeingToldWhatIsMissing() {
        int year = LocalDate.now().getYear();
        try (Chromium browser = Chromium.on(port)) {
            Page page = browser.page();
            browser.signIn("beleidsmedewerker");
            browser.open("/doelen?lang=nl");
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                    .hasText("Doelen " + year);
            assertThat(page.getByRole(AriaRole.TABLE)).containsText("bovenop de eigen targets");
            browser.accessibleInDutchAndEnglish(null);

            browser.open("/doelen?lang=nl&jaar=2035");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Doel toevoegen")).click();
            page.getByLabel("Voor", new Page.GetByLabelOptions().setExact(true)).selectOption("SECTOR");
            page.getByLabel("Telt").selectOption("PLACEMENTS");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Toevoegen")).click();
            assertThat(page).hasTitle(Pattern.compile("^Fout: 4 problemen – Doel toevoegen"));
            assertThat(page.getByRole(AriaRole.ALERT)).containsText("Kies de sector.");
            browser.accessible();

            page.getByLabel("Welke organisatie, sector of doelgroep").selectOption("HORECA");
            page.getByLabel("Aantal").fill("12");
            page.getByLabel("Afgesproken door").fill("Kernteam");
            page.getByLabel("Afgesproken op").fill("1-2-2035");
            page.getByLabel("Afgesproken op").press("Enter");
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("is opgeslagen");
            assertThat(page.getByRole(AriaRole.TABLE)).containsText("sector: Horeca");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("^Doel \\d+ wijzigen$")))
                    .first().click();
            assertThat(page.locator("main")).containsText("Toegevoegd: 2035 SECTOR HORECA PLACEMENTS 12");
            browser.accessibleInDutchAndEnglish(null);
        }
        try (Chromium browser = Chromium.on(port)) {
            browser.signIn("klantmanager");
            browser.open("/doelen?lang=nl");
            assertThat(browser.page().getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Doel toevoegen")))
                    .hasCount(0);
        }
    }
}
