package nl.werkmotor.placements;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import nl.werkmotor.ApiSession;
import nl.werkmotor.Chromium;
import nl.werkmotor.WerkmotorTest;
import nl.werkmotor.demoregion.SmallDemoRegion;
import nl.werkmotor.employerservice.OwnershipFixture;
import nl.werkmotor.showcase.IntroductionFixture;

/**
 * The placement pages in Chromium with axe (WCAG 2.2 AA), in Dutch and English: the case worker records a placement
 * from Sanne's accepted introduction on her file and walks it through its steps by keyboard (an interview, a refused
 * start whose every reason stands beside its field while nothing changed, the start with its contract and two
 * instruments of the Toolbox edition in force), the account manager owning the employer confirms it from their
 * list, and Sanne reads where she stands, what comes next and who her contacts are, without the professionals'
 * notes. The record forms as a browser sends them: the account manager records from their list, a form without an
 * introduction or for one with a placement already is refused with its reason and records nothing, and an employer
 * they no longer own, and its placement, is a 404.
 */
@WerkmotorTest
class PlacementPagesBrowserIT {

    private static final long SANNE = 1; // the demo job seeker, in the demo case worker's caseload
    private static final long EMPLOYER = 1;
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d-M-yyyy");

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    private long introduction;

    @BeforeEach
    void anAcceptedIntroduction(@Autowired ApplicationContext application) {
        SmallDemoRegion.ensure(application);
        OwnershipFixture.ownedByTheDemoAccountManager(jdbc, EMPLOYER);
        introduction = IntroductionFixture.accepted(jdbc, SANNE, EMPLOYER);
        jdbc.update("update introduction set decided_at = now() - interval '40 days' where id = ?", introduction);
    }

    @AfterEach
    void cleanUp() {
        jdbc.update("delete from placement where person_id = ?", SANNE);
        jdbc.update("delete from introduction where id = ?", introduction);
        jdbc.update("delete from employer_owner where employer_id = ?", EMPLOYER);
    }

    @Test
    void theCaseWorkerWalksAPlacementByKeyboardTheAccountManagerConfirmsAndSanneReadsHerOwn() {
        String work;
        long id;
        try (Chromium browser = Chromium.on(port)) {
            Page page = browser.page();
            browser.signIn("klantmanager");
            browser.open("/caseload/" + SANNE + "?lang=nl");
            press(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Plaatsingen: werk na een kennismaking")));
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                    .hasText("Plaatsingen van Sanne Bakker");
            assertThat(page.getByText("Nog geen plaatsingen.")).isVisible();
            browser.accessibleInDutchAndEnglish(null);

            browser.open("/caseload/" + SANNE + "/plaatsingen?lang=nl");
            page.getByLabel("Kennismaking").focus();
            page.getByLabel("Kennismaking").selectOption(String.valueOf(introduction));
            press(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Plaatsing vastleggen")));
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("De plaatsing is vastgelegd");
            id = Long.parseLong(page.url().replaceAll(".*/plaatsingen/(\\d+).*", "$1"));
            work = page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)).textContent();
            assertThat(page.locator("#bevestiging")).containsText("De accountmanager bevestigt de laatste stap nog.");
            browser.accessibleInDutchAndEnglish(null);

            browser.open("/caseload/" + SANNE + "/plaatsingen/" + id + "?lang=nl");
            step(page, "INTERVIEW", TODAY.minusDays(35));
            press(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Stap vastleggen")));
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("De stap is vastgelegd");
            assertThat(page.locator("#stappen + table")).containsText(DAY.format(TODAY.minusDays(35)));

            // a refused start: every reason beside its field, the summary takes the focus, nothing changed
            String before = snapshot(id);
            step(page, "STARTED", TODAY.plusDays(1));
            type(page.getByLabel("Uren per week"), "70");
            page.getByLabel("Uitkering waar de klant uit stroomt").focus();
            page.getByLabel("Uitkering waar de klant uit stroomt").selectOption("BIJSTAND");
            press(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Stap vastleggen")));
            assertThat(page).hasTitle(Pattern.compile("^Fout: 3 problemen – "));
            assertThat(page.getByRole(AriaRole.ALERT)).isFocused();
            assertThat(page.locator("[id='datum-fout']")).containsText("in de toekomst");
            assertThat(page.locator("[id='urenPerWeek-fout']")).containsText("1 tot en met 60");
            assertThat(page.locator("[id='uitstroomDatum-fout']")).containsText("Vul in op welke dag");
            assertThat(page.getByLabel("Datum van de stap")).hasAttribute("aria-invalid", "true");
            assertThat(page.getByLabel("Uren per week")).hasValue("70");
            assertThat(snapshot(id)).as("a refused step changes nothing").isEqualTo(before);
            browser.accessible();

            // by keyboard: the summary's first link leads to the date's field
            page.keyboard().press("Tab");
            page.keyboard().press("Enter");
            assertThat(page.getByLabel("Datum van de stap")).isFocused();
            page.keyboard().press("Control+A");
            page.keyboard().type(DAY.format(TODAY.minusDays(30)));
            type(page.getByLabel("Uren per week"), "32");
            type(page.getByLabel("Lengte van het contract in maanden"), "12");
            type(page.getByLabel("Datum van de uitstroom"), DAY.format(TODAY.minusDays(30)));
            page.locator("[id='instrument-LOONKOSTENSUBSIDIE']").focus();
            page.keyboard().press("Space");
            page.locator("[id='instrument-JOBCOACHING']").focus();
            page.keyboard().press("Space");
            press(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Stap vastleggen")));
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("De stap is vastgelegd");
            assertThat(page.locator("#contract + dl")).containsText("32 uur per week");
            assertThat(page.locator("#contract + dl")).containsText("12 maanden");
            assertThat(page.locator("#instrumenten-gebruikt + table")).containsText("editie van");
            assertThat(page.locator("#geschiedenis + table")).containsText("Jeroen Visser (de klantmanager)");
            assertThat(page.locator("#geschiedenis + table tbody tr")).hasCount(3);
            browser.accessibleInDutchAndEnglish(null);

            // the same refusal in English
            browser.open("/caseload/" + SANNE + "/plaatsingen/" + id + "?lang=en");
            step(page, "AFTERCARE", TODAY.minusDays(31));
            press(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the step")));
            assertThat(page).hasTitle(Pattern.compile("^Error: 1 problem"));
            assertThat(page.locator("[id='datum-fout']")).containsText("before the previous step");
            browser.accessible();
        }
        assertThat(jdbc.queryForObject("select count(*) from placement_instrument where placement_id = ?", Long.class,
                id)).isEqualTo(2);
        assertThat(jdbc.queryForList("select operation || ': ' || name from processing_record where person_id = ? "
                + "and start_time > now() - interval '10 minutes' and purpose = 'PLACEMENT'", String.class, SANNE))
                .as("the reads of the pages and every change, in Sanne's processing log").contains(
                        "READ: Uw ja op een kennismaking bekeken door de klantmanager, om uw werk vast te leggen.",
                        "READ: Uw plaatsing bekeken door de klantmanager.")
                .anyMatch(r -> r.startsWith("CREATE: ")).anyMatch(r -> r.startsWith("CHANGE: Stap 'Aan het werk'"));

        try (Chromium browser = Chromium.on(port)) {
            Page page = browser.page();
            browser.signIn("accountmanager");
            browser.open("/portefeuille?lang=nl");
            press(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Plaatsingen bij mijn werkgevers")));
            assertThat(page.getByRole(AriaRole.TABLE)).containsText("K-TEST");
            browser.accessibleInDutchAndEnglish(null);
            browser.open("/portefeuille/" + EMPLOYER + "?lang=nl");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("^Plaatsingen bij "))).click();
            assertThat(page.getByText(Pattern.compile("^Alleen de plaatsingen bij "))).isVisible();
            press(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(work)));
            assertThat(page.locator(".werkmotor-facts").first()).containsText("K-TEST");
            press(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bevestigen")));
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("De stap is bevestigd.");
            assertThat(page.locator("#bevestiging")).containsText("Bevestigd door Fatima el Amrani.");
            assertThat(page.locator("#geschiedenis + table")).containsText("Fatima el Amrani (de accountmanager)");
            browser.accessibleInDutchAndEnglish(null);
        }
        assertThat(jdbc.queryForObject("select to_confirm_by is null from placement where id = ?", Boolean.class, id))
                .isTrue();
        assertThat(jdbc.queryForList("select name from processing_record where person_id = ? and purpose = 'PLACEMENT' "
                + "and actor_username = 'accountmanager' and start_time > now() - interval '10 minutes'", String.class,
                SANNE)).contains("Uw plaatsing bekeken door de accountmanager.")
                .anyMatch(r -> r.startsWith("De laatste stap van uw werk bij ") && r.endsWith("is bevestigd door de accountmanager."));

        try (Chromium browser = Chromium.on(port)) {
            Page page = browser.page();
            browser.signIn("werkzoekende");
            browser.open("/mijn-introducties?lang=nl");
            press(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Mijn werk").setExact(true)).first());
            Locator card = page.locator(".werkmotor-card").first();
            assertThat(card).containsText("U bent aan het werk.");
            assertThat(card).containsText(DAY.format(TODAY.minusDays(30)));
            assertThat(card).containsText("Uw klantmanager: Jeroen Visser");
            assertThat(card).containsText("Fatima el Amrani");
            assertThat(card).containsText("Op " + DAY.format(TODAY.minusDays(30).plusMonths(6)) + " werkt u hier 6 maanden");
            assertThat(card).not().containsText("€");
            assertThat(card).not().containsText("Stap vastgelegd");
            browser.accessibleInDutchAndEnglish(null);
        }
    }

    @Test
    void theAccountManagerRecordsFromTheirListAndARefusedRecordFormRecordsNothing() throws Exception {
        ApiSession adviser = new ApiSession(port);
        String csrf = adviser.signIn("accountmanager");
        String list = adviser.get("/portefeuille/plaatsingen?werkgever=" + EMPLOYER + "&lang=nl").body();
        assertThat(list).contains("value=\"" + introduction + "\"", "K-TEST: ");

        HttpResponse<String> refused = adviser.form("/portefeuille/plaatsingen", "kennismaking=&lang=nl", csrf);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("Kies de kennismaking waar de klant ja op zei.", "aria-invalid=\"true\"");
        assertThat(count()).isZero();

        HttpResponse<String> recorded = adviser.form("/portefeuille/plaatsingen", "kennismaking=" + introduction, csrf);
        assertThat(recorded.statusCode()).isEqualTo(302);
        long id = jdbc.queryForObject("select id from placement where introduction_id = ?", Long.class, introduction);
        assertThat(recorded.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/portefeuille/plaatsingen/" + id));
        assertThat(jdbc.queryForObject("select recorded_as || ' ' || to_confirm_by from placement where id = ?",
                String.class, id)).isEqualTo("ACCOUNTMANAGER CASE_WORKER");
        assertThat(adviser.get("/portefeuille/plaatsingen?lang=nl").body())
                .doesNotContain("value=\"" + introduction + "\"").contains("/portefeuille/plaatsingen/" + id);

        ApiSession caseWorker = new ApiSession(port);
        String caseWorkerCsrf = caseWorker.signIn("klantmanager");
        HttpResponse<String> again = caseWorker.form("/caseload/" + SANNE + "/plaatsingen",
                "kennismaking=" + introduction + "&lang=nl", caseWorkerCsrf);
        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(again.body()).contains("Voor deze kennismaking is al een plaatsing vastgelegd.");
        assertThat(count()).isEqualTo(1);
        assertThat(caseWorker.get("/caseload/" + SANNE + "/plaatsingen/" + id).body()).contains("Bevestigen");

        jdbc.update("delete from employer_owner where employer_id = ?", EMPLOYER);
        assertThat(adviser.get("/portefeuille/plaatsingen?werkgever=" + EMPLOYER).statusCode()).isEqualTo(404);
        assertThat(adviser.get("/portefeuille/plaatsingen/" + id).statusCode()).isEqualTo(404);
        assertThat(adviser.get("/portefeuille/plaatsingen?lang=nl").body()).doesNotContain("/portefeuille/plaatsingen/" + id);
    }

    /** Chooses a step and types its date, by keyboard. */
    private static void step(Page page, String step, LocalDate on) {
        Locator choice = page.getByLabel("Stap", new Page.GetByLabelOptions().setExact(true));
        if (choice.count() == 0) {
            choice = page.getByLabel("Step", new Page.GetByLabelOptions().setExact(true));
        }
        choice.focus();
        choice.selectOption(step);
        Locator date = page.locator("[id='datum']");
        type(date, DAY.format(on));
    }

    private static void type(Locator field, String text) {
        field.focus();
        field.press("Control+A");
        field.pressSequentially(text);
    }

    private static void press(Locator element) {
        element.focus();
        element.press("Enter");
    }

    /** The placement, its instruments and its history as rows of text. */
    private String snapshot(long id) {
        return jdbc.queryForList("select p::text from placement p where id = ?", String.class, id)
                + "" + jdbc.queryForList("select i::text from placement_instrument i where placement_id = ?",
                String.class, id)
                + jdbc.queryForList("select c::text from placement_change c where placement_id = ? order by id",
                String.class, id);
    }

    private long count() {
        return jdbc.queryForObject("select count(*) from placement where introduction_id = ?", Long.class, introduction);
    }
}
