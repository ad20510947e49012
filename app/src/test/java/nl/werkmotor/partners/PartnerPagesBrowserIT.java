package nl.werkmotor.partners;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

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
import nl.werkmotor.demoregion.internal.DemoPartners;
import nl.werkmotor.places.FindPlaces;

/**
 * The beheerder's partner pages in Chromium with axe (WCAG 2.2 AA), in Dutch and English: the list, a refused new
 * partner (the summary takes the focus and links to each field, each reason beside its field), one added by keyboard,
 * and the WSP's form with its locations.
 */
@WerkmotorTest
class PartnerPagesBrowserIT {

    @LocalServerPort
    int port;

    @BeforeEach
    void demoPartners(@Autowired ApplicationContext application, @Autowired ReplacingPartners replacing,
                      @Autowired FindPlaces places) {
        SmallDemoRegion.ensure(application);
        replacing.replaceAll(DemoPartners.of("AM22", "Rijnmond", places.municipalitiesIn("AM22"),
                places.postcodesIn("AM22")), "demo-data");
    }

    @Test
    void theBeheerderIsToldEveryProblemOfANewPartnerAtOnceAndAddsItByKeyboard() {
        try (Chromium browser = Chromium.on(port)) {
            Page page = browser.page();
            browser.signIn("beheerder");
            browser.open("/beheer/partners?lang=nl");
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Gemeente Rotterdam wijzigen")))
                    .isVisible();
            assertThat(page.getByRole(AriaRole.TABLE)).containsText("670.800 inwoners (2024)");
            browser.accessibleInDutchAndEnglish(null);

            browser.open("/beheer/partners?lang=nl");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Partner toevoegen")).click();
            page.getByLabel("Naam", new Page.GetByLabelOptions().setExact(true)).fill("Stichting Opstap");
            page.getByLabel("Organisatie", new Page.GetByLabelOptions().setExact(true)).fill("roc-lindeveen");
            page.getByLabel("Actief vanaf").fill("31-2-2026");
            page.getByLabel("Aantal inwoners", new Page.GetByLabelOptions().setExact(true)).fill("veel");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Toevoegen")).click();

            assertThat(page).hasTitle(java.util.regex.Pattern.compile("^Fout: 3 problemen – Partner toevoegen"));
            assertThat(page.getByRole(AriaRole.ALERT)).isFocused();
            assertThat(page.getByRole(AriaRole.ALERT)).containsText("De organisatie roc-lindeveen is al partner: ROC Lindeveen.");
            assertThat(page.locator("[id='actiefVanaf-fout']")).containsText("niet '31-2-2026'");
            assertThat(page.getByLabel("Actief vanaf")).hasAttribute("aria-invalid", "true");
            assertThat(page.getByLabel("Soort")).hasAttribute("aria-invalid", "true");
            assertThat(page.getByLabel("Naam", new Page.GetByLabelOptions().setExact(true))).not().hasAttribute("aria-invalid", "true");
            browser.accessible();

            // by keyboard: the summary's first link leads to the organisation's field
            page.keyboard().press("Tab");
            page.keyboard().press("Enter");
            assertThat(page.getByLabel("Organisatie", new Page.GetByLabelOptions().setExact(true))).isFocused();
            page.keyboard().press("Control+A");
            page.keyboard().type("stichting-opstap");
            page.getByLabel("Soort").focus();
            page.getByLabel("Soort").selectOption("SOCIAL");
            page.getByLabel("Actief vanaf").focus();
            page.keyboard().press("Control+A");
            page.keyboard().type("1-2-2026");
            page.getByLabel("Aantal inwoners", new Page.GetByLabelOptions().setExact(true)).focus();
            page.keyboard().press("Control+A");
            page.keyboard().press("Delete");
            page.keyboard().press("Enter"); // submits the form
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("Stichting Opstap is opgeslagen.");
            assertThat(page.getByRole(AriaRole.TABLE)).containsText("maatschappelijke organisatie");
            browser.accessibleInDutchAndEnglish(null);
        }
    }

    @Test
    void theWspsFormShowsItsLocationsWithTheMunicipalitiesEachServes() {
        try (Chromium browser = Chromium.on(port)) {
            Page page = browser.page();
            browser.signIn("beheerder");
            browser.open("/beheer/partners?lang=nl");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("WerkgeversServicePunt Lindeveen wijzigen"))
                    .click();
            assertThat(page.getByLabel("Naam van locatie 2")).hasValue("WSP Nieuwe Waterweg");
            assertThat(page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Gemeenten die locatie 2 bedient"))
                    .getByLabel("Schiedam")).isChecked();
            assertThat(page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Gemeenten die locatie 1 bedient"))
                    .getByLabel("Schiedam")).not().isChecked();
            assertThat(page.getByLabel("Naam van locatie 5")).hasValue("");
            browser.accessibleInDutchAndEnglish(null);

            page.navigate(page.url().replaceAll("\\?.*", "") + "?lang=nl");
            page.getByLabel("Naam van locatie 5").fill("WSP Haven");
            page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Gemeenten die locatie 5 bedient"))
                    .getByLabel("Rotterdam").check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opslaan")).click();
            assertThat(page.getByRole(AriaRole.ALERT)).containsText("Rotterdam wordt al bediend door locatie WSP Rotterdam");
            assertThat(page.locator("[id='locaties[4].gemeenten-fout']")).isVisible();
            assertThat(page.locator("[id='locaties[4].adres-fout']")).containsText("Vul het adres (locatie 5) in.");
            browser.accessible();
        }
    }
}
