package nl.werkmotor.monitoring;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

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
 * Tellen en vertellen in Debian's Chromium, by keyboard: a klantmanager writes a story (first refused for a
 * postcode, beside its field), publishes it; the beleidsmedewerker sees it beside the period's figures on /monitoring,
 * writes a steering advice for that period beside the figures and the period before it, and finds it on the
 * dashboard and the printable report. Every page without axe violations (WCAG 2.2 AA) in Dutch and English.
 */
@WerkmotorTest
class StoriesAndSteeringPagesIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void placements() {
        // without the demo region's stories and advice (DemoStories): the test counts on a period with none
        jdbc.update("delete from story where written_by in ('klantmanager', 'accountmanager', 'beleidsmedewerker')");
        jdbc.update("delete from steering_advice where created_by = 'beleidsmedewerker'");
        MonitoringIT.seed(jdbc);
    }

    @AfterEach
    void remove() {
        jdbc.update("delete from story where written_by in ('klantmanager', 'beleidsmedewerker')");
        jdbc.update("delete from steering_advice where created_by = 'beleidsmedewerker'");
        MonitoringIT.remove(jdbc);
    }

    @Test
    void aCaseWorkerWritesAStoryAndTheAnalystAnAdviceBesideTheFigures() {
        try (Chromium browser = Chromium.on(port)) {
            Page page = browser.page();
            Keyboard keys = page.keyboard();
            browser.signIn("klantmanager");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Verhalen").setExact(true)).click();
            assertThat(page.locator("h1")).hasText("Verhalen");
            browser.accessibleInDutchAndEnglish(null);
            browser.open("/verhalen/nieuw?lang=nl");
            assertThat(page.locator("h1")).hasText("Een verhaal schrijven");

            type(page, "Van (maand)", "2025-03");
            type(page, "Tot en met (maand)", "2025-05");
            type(page, "Titel", "Van proefplaatsing naar een vast contract");
            type(page, "Het verhaal", "Na drie maanden proefplaatsing in de zorg, dicht bij huis op 3011 AB, kreeg zij "
                    + "een contract voor een jaar.");
            type(page, "Wie gaf toestemming, en hoe?", "De persoon zelf, mondeling in een gesprek; per brief bevestigd.");
            type(page, "Datum van de toestemming", "2-6-2025");
            page.getByLabel("Doelgroep", new Page.GetByLabelOptions().setExact(true)).focus();
            page.getByLabel("Doelgroep", new Page.GetByLabelOptions().setExact(true)).selectOption("BANENAFSPRAAK");
            press(page, AriaRole.BUTTON, "Opslaan en publiceren", "Enter");

            assertThat(page.getByRole(AriaRole.ALERT)).containsText("Er is niets opgeslagen");
            assertThat(page.locator("#tekst-fout")).containsText("3011 AB");
            assertThat(page.locator("#bevestigd-fout")).containsText("toestemming");
            browser.accessible();

            page.getByLabel("Het verhaal", new Page.GetByLabelOptions().setExact(true)).focus();
            keys.press("Control+A");
            keys.press("Delete");
            type(page, "Het verhaal", "Na drie maanden proefplaatsing in de zorg kreeg zij een contract voor een jaar.");
            page.getByLabel("Ik bevestig dat de persoon toestemming gaf om dit verhaal te delen, en dat het verhaal "
                    + "niemand herkenbaar maakt.").focus();
            keys.press("Space");
            press(page, AriaRole.BUTTON, "Opslaan en publiceren", "Enter");

            assertThat(page.getByRole(AriaRole.STATUS)).containsText("Het verhaal is gepubliceerd");
            assertThat(page.locator("h1")).hasText("Van proefplaatsing naar een vast contract");
            assertThat(page.locator("main")).containsText("Doelgroep: banenafspraak");
            browser.accessibleInDutchAndEnglish("verhaal");
        }

        try (Chromium browser = Chromium.on(port)) {
            Page page = browser.page();
            browser.signIn("beleidsmedewerker");
            browser.open("/monitoring?van=2025-01&tot=2025-12&per=gemeente&lang=nl");
            assertThat(page.locator("#vertellen")).containsText("Van proefplaatsing naar een vast contract");
            assertThat(page.locator("#vertellen")).containsText("geschreven door een klantmanager");
            assertThat(page.locator("#vertellen")).containsText("Nog geen bijsturingsadvies voor deze periode.");
            press(page, AriaRole.LINK, "Een bijsturingsadvies schrijven voor deze periode", "Enter");

            assertThat(page.locator("h1")).hasText("Een bijsturingsadvies schrijven");
            assertThat(page.locator("#regio-tabel")).containsText("2024-01 – 2024-12"); // the period before, first
            assertThat(page.locator("#rijen-tabel")).containsText("onderdrukt");
            assertThat(page.locator("main")).containsText("Van proefplaatsing naar een vast contract");
            press(page, AriaRole.BUTTON, "Advies opslaan met deze cijfers", "Enter");
            assertThat(page.locator("#goed-fout")).containsText("Vul wat goed ging in.");
            browser.accessible();

            page.getByLabel("Dit is het jaarlijkse advies (een kalenderjaar), met de evaluatie van inhoud, proces en "
                    + "relatie.").focus();
            page.keyboard().press("Space");
            type(page, "Wat ging goed?", "Samen met UWV meer banenafspraakbanen.");
            type(page, "Wat ging niet goed?", "Te weinig plaatsingen bleven na zes maanden.");
            type(page, "Wat veranderen we?", "Nazorg door een jobcoach in de eerste maanden.");
            type(page, "Wie doet wat, en wanneer?", "WSP en de jobcoaches, vóór 1 april.");
            type(page, "Inhoud", "De partners leverden de afgesproken inbreng.");
            type(page, "Proces", "Volgens afspraak, op de sectorplannen na.");
            type(page, "Relatie", "Een gedeelde ambitie; we spreken elkaar vaker.");
            type(page, "Vastgesteld door", "Kernteam");
            type(page, "Vastgesteld op", "15-1-2026");
            press(page, AriaRole.BUTTON, "Advies opslaan met deze cijfers", "Enter");

            assertThat(page.getByRole(AriaRole.STATUS)).containsText("Het bijsturingsadvies is opgeslagen");
            assertThat(page.locator("h1")).hasText("Jaarlijks bijsturingsadvies 2025");
            assertThat(page.locator("main")).containsText("Nazorg door een jobcoach");
            assertThat(page.locator("#rijen-tabel")).containsText("GM0599");
            assertThat(page.locator("#versies")).containsText("Versie 1");
            browser.accessibleInDutchAndEnglish("bijsturingsadvies");

            browser.open("/monitoring?van=2025-01&tot=2025-12&per=gemeente&lang=nl");
            assertThat(page.locator("#adviezen-periode")).containsText("Jaarlijks bijsturingsadvies 2025");
            browser.accessibleInDutchAndEnglish(null);
            browser.open("/monitoring/afdrukken?van=2025-01&tot=2025-12&per=gemeente&lang=nl");
            assertThat(page.locator("#vertellen")).containsText("Nazorg door een jobcoach");
            assertThat(page.locator("#vertellen")).containsText("Van proefplaatsing naar een vast contract");
            browser.accessible();
            browser.open("/monitoring/bijsturing?lang=nl");
            browser.accessibleInDutchAndEnglish(null);
            browser.open("/monitoring/verhalen?van=2025-01&tot=2025-12&lang=nl");
            assertThat(page.locator("main")).containsText("Van proefplaatsing naar een vast contract");
            browser.accessibleInDutchAndEnglish(null);
        }
    }

    /** Focuses the field and types, as on a keyboard. */
    private static void type(Page page, String label, String text) {
        page.getByLabel(label, new Page.GetByLabelOptions().setExact(true)).focus();
        page.keyboard().type(text);
    }

    private static void press(Page page, AriaRole role, String name, String key) {
        page.getByRole(role, new Page.GetByRoleOptions().setName(name).setExact(true)).focus();
        page.keyboard().press(key);
    }
}
