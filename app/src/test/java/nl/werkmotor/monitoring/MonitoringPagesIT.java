package nl.werkmotor.monitoring;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import nl.werkmotor.Chromium;
import nl.werkmotor.WerkmotorTest;

/**
 * The beleidsmedewerker's dashboard in Debian's Chromium: reached from the navigation, filtered per municipality,
 * the chart an image named by its title with the same counts in the table beside it, the printable report; a bad
 * month refused beside its field; every page without axe violations (WCAG 2.2 AA) in Dutch and English.
 */
@WerkmotorTest
class MonitoringPagesIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    Chromium browser;
    Page page;

    @BeforeEach
    void signIn() {
        MonitoringIT.seed(jdbc);
        browser = Chromium.on(port);
        page = browser.page();
        browser.signIn("beleidsmedewerker");
    }

    @AfterEach
    void close() {
        browser.close();
        MonitoringIT.remove(jdbc);
    }

    @Test
    void theAnalystFiltersTheRegionsFiguresAndPrintsTheReport() {
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Monitoring").setExact(true)).click();
        assertThat(page.locator("h1")).hasText("Monitoring en bijsturing");
        page.getByLabel("Van (maand)").fill("2025-01");
        page.getByLabel("Tot en met (maand)").fill("2025-12");
        page.getByLabel("Per").selectOption("gemeente");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tonen")).click();

        assertThat(page.locator("#rijen-tabel")).containsText("GM0599");
        assertThat(page.locator("#rijen-tabel")).containsText("onderdrukt");
        assertThat(page.getByRole(AriaRole.IMG, new Page.GetByRoleOptions().setName("Geplaatste personen per rij")))
                .isVisible();
        assertThat(page.locator("#herkomst")).containsText("placement");
        browser.accessibleInDutchAndEnglish("monitoring");

        browser.open("/monitoring/afdrukken?van=2025-01&tot=2025-12&per=gemeente&lang=nl");
        assertThat(page.locator("h1")).hasText("Verslag plaatsingen 2025-01 tot en met 2025-12");
        browser.accessibleInDutchAndEnglish(null);

        browser.open("/monitoring?van=morgen&lang=nl");
        assertThat(page.locator("#van-fout")).containsText("JJJJ-MM");
        browser.accessible();
    }

    @Test
    void theAnalystGoesOnToTheVacanciesOpenLongerThanEightWeeks() {
        browser.open("/monitoring?lang=nl");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName("Vacatures langer dan 8 weken open, met kandidaten")).click();
        assertThat(page.locator("h1")).hasText("Vacatures langer dan 8 weken open, met kandidaten");
        assertThat(page.locator("#herkomst")).containsText("entered_at");
        browser.accessibleInDutchAndEnglish(null);
    }
}
