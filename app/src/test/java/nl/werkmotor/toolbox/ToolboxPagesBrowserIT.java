package nl.werkmotor.toolbox;

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

/**
 * The Toolbox's pages in Chromium with axe (WCAG 2.2 AA), in Dutch and English: the catalogue, a refused new
 * edition (the summary first, each reason beside its field), and the account manager's refused missed-instrument note.
 */
@WerkmotorTest
class ToolboxPagesBrowserIT {

    @LocalServerPort
    int port;

    @BeforeEach
    void region(@Autowired ApplicationContext application) {
        SmallDemoRegion.ensure(application);
    }

    @Test
    void theBeheerderReadsTheToolboxAndIsToldWhyAnEditionCannotStartOn2March() {
        try (Chromium browser = Chromium.on(port)) {
            browser.signIn("beheerder");
            browser.open("/toolbox?lang=nl");
            assertThat(browser.page().getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Loonkostensubsidie")))
                    .isVisible();
            browser.accessibleInDutchAndEnglish(null);

            browser.open("/toolbox/edities?lang=nl");
            browser.page().getByLabel("Gaat in op").fill("2027-03-02");
            browser.page().getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Concept maken")).click();
            assertThat(browser.page().getByRole(AriaRole.ALERT)).containsText("Controleer het formulier");
            assertThat(browser.page().locator("#ingangsdatum-fout")).hasText("Een editie gaat in op 1 maart of 1 oktober.");
            assertThat(browser.page().getByLabel("Gaat in op")).hasAttribute("aria-invalid", "true");
            browser.accessible();

            browser.open("/toolbox/evaluatie?lang=nl");
            assertThat(browser.page().getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Nooit gebruikt")))
                    .isVisible();
            browser.accessibleInDutchAndEnglish(null);
        }
    }

    @Test
    void anAccountManagerNotesAMissedInstrument() {
        try (Chromium browser = Chromium.on(port)) {
            browser.signIn("accountmanager");
            browser.open("/toolbox?lang=nl");
            browser.page().getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Doorgeven")).click();
            assertThat(browser.page().getByRole(AriaRole.ALERT)).containsText("Controleer het formulier");
            browser.accessible();
            browser.page().getByLabel("Welk instrument miste u?").fill("Reiskosten tijdens een proefplaatsing");
            browser.page().getByLabel("Waarvoor had u het nodig?").fill("Een werkgever in de haven, ver van het OV");
            browser.page().getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Doorgeven")).click();
            assertThat(browser.page().getByRole(AriaRole.STATUS)).containsText("Doorgegeven");
            browser.accessibleInDutchAndEnglish(null);
        }
    }
}
