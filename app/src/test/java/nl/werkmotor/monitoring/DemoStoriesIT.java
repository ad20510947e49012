package nl.werkmotor.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Media;

import nl.werkmotor.Chromium;
import nl.werkmotor.WerkmotorTest;

/**
 * The demo stories and steering advice (issue 13, item 5): written once at the start of development and tests,
 * through the use cases, so each story passes the story policy and each advice keeps its figures. Other tests remove
 * what the demo writers wrote, so this one starts from no stories and seeds as the start does.
 */
@WerkmotorTest
class DemoStoriesIT {

    @LocalServerPort
    int port;
    @Autowired
    DemoStories demo;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    FindStories stories;
    @Autowired
    FindSteeringAdvice advice;
    @Autowired
    StoryChoices choices;

    @AfterEach
    void reseed() {
        // leave the demo as a start leaves it, for the tests and crawls that follow
        clear();
        demo.seedOnce();
    }

    @Test
    void theDemoRegionTellsStoriesThatPassThePolicyAndHasTheRegionsSteeringAdvice() {
        clear();
        demo.seedOnce();

        LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
        YearMonth lastQuarter = DemoStories.lastFullQuarter(today);
        List<Story> all = jdbc.queryForList("select id from story", Long.class).stream()
                .map(id -> stories.byId(id).orElseThrow()).toList();
        assertThat(all).hasSizeBetween(6, 10);
        for (Story s : all) {
            assertThatCode(() -> StoryPolicy.check(StoryForm.of(s), today, choices.known())).as(s.title())
                    .doesNotThrowAnyException();
            assertThat(s.from()).as(s.title()).isAfterOrEqualTo(lastQuarter.minusMonths(15));
            assertThat(s.to()).as(s.title()).isBefore(YearMonth.from(today));
            assertThat(s.body() + s.title() + s.consentStatement()).doesNotContain("Jeroen", "Fatima", "Pieter");
        }
        assertThat(all).extracting(Story::writtenBy).contains("klantmanager", "accountmanager", "beleidsmedewerker");
        assertThat(all).filteredOn(Story::draft).singleElement().extracting(Story::writtenBy).isEqualTo("klantmanager");
        assertThat(all).extracting(Story::from).map(m -> m.getMonthValue() % 3).containsOnly(1); // whole quarters
        assertThat(all).extracting(Story::from).map(YearMonth::toString).hasSizeGreaterThanOrEqualTo(4)
                .containsAnyElementsOf(List.of(lastQuarter.toString()));
        assertThat(stories.published(lastQuarter.minusMonths(15), lastQuarter.plusMonths(2)))
                .hasSize(all.size() - 1).allSatisfy(s -> assertThat(s.sectorCode()).isNotNull());

        List<SteeringAdvice> region = advice.of("arbeidsmarktregio-lindeveen");
        assertThat(region).hasSize(2);
        SteeringAdvice yearly = region.stream().filter(SteeringAdvice::yearly).findFirst().orElseThrow();
        assertThat(yearly.from()).isEqualTo(YearMonth.of(today.getYear() - 1, 1));
        assertThat(yearly.to()).isEqualTo(YearMonth.of(today.getYear() - 1, 12));
        assertThat(yearly.latest().parts().content()).isNotBlank();
        assertThat(yearly.latest().parts().relationship()).isNotBlank();
        SteeringAdvice quarterly = region.stream().filter(a -> !a.yearly()).findFirst().orElseThrow();
        assertThat(quarterly.from()).isEqualTo(lastQuarter);
        assertThat(quarterly.to()).isEqualTo(lastQuarter.plusMonths(2));
        assertThat(quarterly.latest().parts().whoWhatWhen()).isNotBlank();
        assertThat(jdbc.queryForObject("select count(*) from steering_advice_figures f join steering_advice a"
                + " on a.id = f.advice_id where a.organisation_id = 'arbeidsmarktregio-lindeveen'", Long.class))
                .as("each advice kept this period's and the earlier period's figures").isEqualTo(4);
    }

    @Test
    void seedingTwiceAddsNothing() {
        clear();
        demo.seedOnce();
        long stories = count("story");
        long advices = count("steering_advice");
        long cells = count("steering_advice_cell");

        demo.seedOnce();

        assertThat(count("story")).isEqualTo(stories);
        assertThat(count("steering_advice")).isEqualTo(advices);
        assertThat(count("steering_advice_cell")).isEqualTo(cells);
    }

    private void clear() {
        jdbc.update("delete from story");
        jdbc.update("delete from steering_advice where organisation_id = 'arbeidsmarktregio-lindeveen'");
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    /**
     * The printable report of the last twelve full months with the demo stories and advice: in print no header,
     * navigation or screen-only links; the figures on the first page, and the stories and advice after them.
     */
    @Test
    void thePrintedReportHasTheFiguresOnOnePageAndTheStoriesAndAdviceAfterThem() {
        clear();
        demo.seedOnce();
        YearMonth to = DemoStories.lastFullQuarter(LocalDate.now(ZoneId.of("Europe/Amsterdam"))).plusMonths(2);
        try (Chromium browser = Chromium.on(port)) {
            Page page = browser.page();
            browser.signIn("beleidsmedewerker");
            browser.open("/monitoring/afdrukken?lang=nl&per=organisatie&van=" + to.minusMonths(11) + "&tot=" + to);
            page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
            assertThat(page.locator(".werkmotor-header").isVisible()).isFalse();
            assertThat(page.locator(".werkmotor-screen-only").first().isVisible()).isFalse();
            assertThat(page.locator(".werkmotor-telling .werkmotor-story").count()).isGreaterThanOrEqualTo(4);
            assertThat(page.locator(".werkmotor-telling .werkmotor-advice").count()).isGreaterThanOrEqualTo(1);
            assertThat(page.locator(".werkmotor-telling").evaluate("e => getComputedStyle(e).breakBefore"))
                    .isEqualTo("page");
            int all = pages(page.pdf(new Page.PdfOptions().setFormat("A4")));
            page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.SCREEN));
            browser.screenshot("demo-report");
            page.locator(".werkmotor-telling").evaluate("e => e.remove()");
            assertThat(pages(page.pdf(new Page.PdfOptions().setFormat("A4")))).as("the figures fit one page")
                    .isEqualTo(1);
            assertThat(all).as("the stories and advice follow on pages of their own").isGreaterThan(1);
        }
    }

    /** The page count of a PDF as Chromium writes it: the page tree's /Count. */
    private static int pages(byte[] pdf) {
        var m = java.util.regex.Pattern.compile("/Count (\\d+)")
                .matcher(new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1));
        int most = 0;
        while (m.find()) {
            most = Math.max(most, Integer.parseInt(m.group(1)));
        }
        return most;
    }
}
