package nl.werkmotor.employers;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import nl.werkmotor.Chromium;
import nl.werkmotor.WerkmotorTest;
import nl.werkmotor.demoregion.SmallDemoRegion;

/**
 * The employer's refused forms in Debian's Chromium, shown the way every refused form is
 * (templates/fragments/form.html): the number of problems first in the page title, a summary that has the
 * focus and links to each field, the reason beside its field, which is marked invalid and described by it;
 * without axe violations, in Dutch and in English.
 */
@WerkmotorTest
class RefusedEmployerFormsIT {

    @LocalServerPort
    int port;

    @BeforeEach
    void smallDemoRegion(@Autowired ApplicationContext application) {
        SmallDemoRegion.ensure(application);
    }

    @Test
    void aVacancyWithoutTitleOccupationAndHoursIsRefusedWithEveryProblemBesideItsField() {
        try (Chromium browser = Chromium.on(port)) {
            Page page = browser.page();
            browser.signIn("werkgever");
            browser.open("/werkgever/vacatures/nieuw?lang=nl");
            browser.accessibleInDutchAndEnglish(null);

            browser.open("/werkgever/vacatures/nieuw?lang=nl");
            page.getByLabel("Minimaal aantal uren per week").fill("40");
            page.getByLabel("Maximaal aantal uren per week").fill("20");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vacature opslaan")).click();

            assertThat(page).hasTitle(Pattern.compile("^Fout: \\d+ problemen – Nieuwe vacature – Werkmotor$"));
            Locator summary = page.getByRole(AriaRole.ALERT);
            assertThat(summary).isFocused();
            assertThat(summary.getByRole(AriaRole.HEADING)).containsText("Controleer het formulier: er zijn");
            assertThat(summary).containsText("Er is niets opgeslagen.");
            Locator title = page.getByLabel("Titel");
            assertThat(title).hasAttribute("aria-invalid", "true");
            assertThat(title).hasAccessibleDescription("Bijvoorbeeld: Timmerman nieuwbouw Geef de vacature een titel.");
            assertThat(page.locator("#title-fout")).hasText("Geef de vacature een titel.");
            assertThat(page.getByLabel("Maximaal aantal uren per week")).hasAccessibleDescription(
                    Pattern.compile("kleiner dan het minimum"));
            assertThat(page.getByLabel("Minimaal aantal uren per week")).not().hasAttribute("aria-invalid", "true");
            assertThat(page.getByLabel("Minimaal aantal uren per week")).hasValue("40");
            browser.accessible();

            summary.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Geef de vacature een titel.")).click();
            assertThat(title).isFocused();
            summary.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions()
                    .setName("Kies het beroep dat bij deze vacature hoort.")).click();
            assertThat(page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Beroep"))).isFocused();

            browser.open("/werkgever/vacatures/nieuw?lang=en");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save vacancy")).click();
            assertThat(page).hasTitle(Pattern.compile("^Error: \\d+ problems – New vacancy – Werkmotor$"));
            assertThat(page.getByRole(AriaRole.ALERT)).containsText("Give the vacancy a title.");
            assertThat(page.getByLabel("Title", new Page.GetByLabelOptions().setExact(true)))
                    .hasAttribute("aria-invalid", "true");
            browser.accessible();
        }
    }

    @Test
    void aCompanyProfileWithoutSizeAndWithAShortPostcodeIsRefusedTheSameWay() {
        try (Chromium browser = Chromium.on(port)) {
            Page page = browser.page();
            browser.signIn("werkgever");
            browser.open("/werkgever?lang=nl");
            page.getByLabel("Grootte").selectOption("");
            page.getByLabel("Postcodegebied").fill("12");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bewaren")).click();

            assertThat(page).hasTitle("Fout: 2 problemen – Mijn bedrijf – Werkmotor");
            Locator summary = page.getByRole(AriaRole.ALERT);
            assertThat(summary).isFocused();
            assertThat(summary.getByRole(AriaRole.HEADING)).hasText("Controleer het formulier: er zijn 2 problemen");
            assertThat(page.getByLabel("Grootte")).hasAttribute("aria-invalid", "true");
            assertThat(page.getByLabel("Postcodegebied")).hasAttribute("aria-invalid", "true");
            assertThat(page.getByLabel("Postcodegebied")).hasValue("12");
            assertThat(page.getByLabel("Sector")).not().hasAttribute("aria-invalid", "true");
            browser.accessible();
            summary.getByRole(AriaRole.LINK).last().click();
            assertThat(page.getByLabel("Postcodegebied")).isFocused();

            browser.open("/werkgever?lang=en");
            page.getByLabel("Postcode area").fill("12");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
            assertThat(page).hasTitle("Error: 1 problem – My company – Werkmotor");
            assertThat(page.getByLabel("Postcode area")).hasAttribute("aria-invalid", "true");
            browser.accessible();
        }
    }
}
