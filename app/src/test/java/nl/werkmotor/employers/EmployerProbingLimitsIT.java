package nl.werkmotor.employers;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import com.microsoft.playwright.Page;

import nl.werkmotor.ApiSession;
import nl.werkmotor.Chromium;
import nl.werkmotor.WerkmotorTest;
import nl.werkmotor.demoregion.SmallDemoRegion;
import nl.werkmotor.employers.EmployerDailyLimits.Activity;
import nl.werkmotor.employerservice.OwnershipFixture;
import nl.werkmotor.people.FindPeople;
import nl.werkmotor.people.Person;
import nl.werkmotor.taxonomy.RealEsco;
import nl.werkmotor.vacancies.PublishVacancy;
import nl.werkmotor.vacancies.PublishingVacancy;
import nl.werkmotor.vacancies.VacancyDescription;
import nl.werkmotor.vacancies.VacancyFixture;
import nl.werkmotor.vacancies.WithdrawVacancy;
import nl.werkmotor.vacancies.WithdrawingVacancy;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 12 item 8, the employer's side: what an employer may do to probe the anonymous showcase is bounded. A
 * vacancy lies in the deployment's region; the employer's own account publishes a limited number of vacancies and
 * looks at showcases a limited number of times a day, counted in the database (as every replica counts); above it
 * the request is refused (429, Dutch and English) with nothing done, the operators get one warning a day and the
 * WSP's account managers see it in their portfolio. The demo employer's counts start afresh in each test (a new
 * day) and are forgotten after it, so that the other tests, which share the employer, keep their room.
 */
@WerkmotorTest
@ExtendWith(OutputCaptureExtension.class)
class EmployerProbingLimitsIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String BUS_DRIVER = "http://data.europa.eu/esco/occupation/" + RealEsco.BUS_DRIVER;
    private static final long EMPLOYER = 1; // the demo employer's

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    FindPeople people;
    @Autowired
    EmployerDailyLimits limits;
    @Autowired
    PublishingVacancy publishing;
    @Autowired
    WithdrawingVacancy withdrawing;

    private ApiSession employer;
    private String csrf;
    private final List<Long> published = new ArrayList<>();

    @BeforeEach
    void aNewDay(@Autowired ApplicationContext application) throws Exception {
        SmallDemoRegion.ensure(application);
        forgetTheDays();
        employer = new ApiSession(port);
        csrf = employer.signIn("werkgever");
    }

    @AfterEach
    void forgetTheDays() {
        published.forEach(id -> withdrawing.withdraw(new WithdrawVacancy(EMPLOYER, id)));
        published.clear();
        jdbc.update("delete from employer_daily_use where employer_id = ?", EMPLOYER);
        jdbc.update("delete from employer_owner where employer_id = ?", EMPLOYER);
    }

    @Test
    void aVacancyOutsideTheRegionIsRefusedNamingThePostcodeAndTheRegion() throws Exception {
        String amsterdam = JSON.writeValueAsString(at("1011"));

        JsonNode refused = employer.problem(employer.json("POST", "/api/v1/werkgevers/1/vacatures", amsterdam, csrf), 400);
        assertThat(refused.get("invalidParams")).singleElement().satisfies(p -> {
            assertThat(p.get("name").asString()).isEqualTo("postcode4");
            assertThat(p.get("reason").asString()).isEqualTo("Postcodegebied 1011 ligt niet in arbeidsmarktregio"
                    + " Rijnmond (AM22). Werkmotor bemiddelt hier alleen voor werk in deze regio: vul de postcode van"
                    + " een werkplek in de regio in.");
            assertThat(p.get("message").get("en").asString()).startsWith("Postcode area 1011 is not in the labour"
                    + " market region Rijnmond (AM22).");
        });
        long own = jdbc.queryForObject("select min(id) from vacancy where employer_id = 1", Long.class);
        employer.problem(employer.json("PUT", "/api/v1/werkgevers/1/vacatures/" + own, amsterdam, csrf), 400);
        HttpResponse<String> page = employer.form("/werkgever/vacatures/nieuw", VacancyFixture.intakeForm(at("1011"), "Buiten de regio"),
                csrf);
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("ligt niet in arbeidsmarktregio Rijnmond (AM22)", "Buiten de regio");
        assertThat(jdbc.queryForObject("select count(*) from vacancy where postcode4 = '1011'", Long.class)).isZero();
    }

    @Test
    void theEmployersOwnAccountPublishesAtMostTheDailyLimitAndTheNextIsRefusedWithNothingSaved(CapturedOutput output)
            throws Exception {
        int limit = limits.limit(Activity.PUBLISH_VACANCY);
        String description = JSON.writeValueAsString(at(sanne().postcode4()));
        employer.problem(employer.json("POST", "/api/v1/werkgevers/1/vacatures", "{\"title\": \"\"}", csrf), 400);
        long before = vacancies();

        List<Integer> statuses = new ArrayList<>(); // two more than may, at the same moment: the database counts
        try (ExecutorService threads = Executors.newFixedThreadPool(4)) {
            CyclicBarrier together = new CyclicBarrier(4);
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < limit + 2; i++) {
                answers.add(threads.submit(() -> {
                    together.await();
                    return employer.json("POST", "/api/v1/werkgevers/1/vacatures", description, csrf);
                }));
            }
            for (Future<HttpResponse<String>> answer : answers) {
                HttpResponse<String> response = answer.get();
                statuses.add(response.statusCode());
                if (response.statusCode() == 201) {
                    published.add(JSON.readTree(response.body()).get("id").asLong());
                }
            }
        }
        assertThat(statuses).as("a refused form counts nothing; then the limit, and no more")
                .containsOnly(201, 429).filteredOn(s -> s == 201).hasSize(limit);
        assertThat(vacancies()).isEqualTo(before + limit);

        HttpResponse<String> over = employer.json("POST", "/api/v1/werkgevers/1/vacatures", description, csrf);
        JsonNode problem = employer.problem(over, 429);
        assertThat(problem.get("message").get("nl").asString()).startsWith("U hebt vandaag al " + limit
                + " vacatures geplaatst, het maximum voor één werkgever per dag. Er is niets opgeslagen.");
        assertThat(problem.get("message").get("en").asString()).startsWith("You have already published " + limit
                + " vacancies today, the most one employer can a day.");
        assertThat(over.headers().firstValue("Retry-After").map(Long::parseLong)).hasValueSatisfying(
                seconds -> assertThat(seconds).isBetween(1L, 25 * 3600L));
        HttpResponse<String> page = employer.form("/werkgever/vacatures/nieuw", VacancyFixture.intakeForm(
                at(sanne().postcode4()), "Lasser voor morgen"), csrf);
        assertThat(page.statusCode()).isEqualTo(429);
        assertThat(page.body()).as("the form as typed: nothing lost").contains("Maximum per dag bereikt",
                "het maximum voor één werkgever per dag", "value=\"Lasser voor morgen\"");
        assertThat(vacancies()).as("nothing saved above the limit").isEqualTo(before + limit);
        assertThat(jdbc.queryForObject("select used from employer_daily_use where employer_id = 1 and activity = ?",
                Integer.class, "PUBLISH_VACANCY")).isEqualTo(limit);
        assertThat(output.getOut().split("Employer 1 went over its daily limit of " + limit + " for PUBLISH_VACANCY",
                -1)).as("one warning a day for operators, however often refused").hasSize(2);

        ApiSession adviser = new ApiSession(port);
        String adviserCsrf = adviser.signIn("accountmanager");
        OwnershipFixture.ownedByTheDemoAccountManager(jdbc, EMPLOYER);
        HttpResponse<String> forTheEmployer = adviser.json("POST", "/api/v1/werkgevers/1/vacatures", description,
                adviserCsrf);
        assertThat(forTheEmployer.statusCode()).as("the WSP's account manager is not counted").isEqualTo(201);
        published.add(JSON.readTree(forTheEmployer.body()).get("id").asLong());

        for (String path : List.of("/portefeuille", "/portefeuille/1")) {
            assertThat(adviser.get(path).body()).as(path).contains("Werkgevers boven hun maximum per dag",
                    "keer geweigerd boven het maximum van " + limit + " nieuwe vacatures per dag");
        }
        jdbc.update("delete from employer_owner where employer_id = 1");
        assertThat(adviser.get("/portefeuille").body()).as("nobody owns it: every account manager of the region")
                .contains("Werkgevers boven hun maximum per dag");
    }

    @Test
    void theEmployersOwnAccountLooksAtShowcasesAtMostTheDailyLimitThenNothingIsShownOrLogged() throws Exception {
        int limit = limits.limit(Activity.VIEW_SHOWCASE);
        long vacancy = publishing.publish(new PublishVacancy(EMPLOYER, at(sanne().postcode4()), VacancyFixture.EMPLOYER))
                .id();
        published.add(vacancy);
        for (int i = 0; i < limit; i++) {
            employer.ok(employer.get("/api/v1/vacatures/" + vacancy + "/etalage"));
        }
        long shown = readsOf(sanne());

        JsonNode problem = employer.problem(employer.get("/api/v1/vacatures/" + vacancy + "/etalage"), 429);
        assertThat(problem.get("message").get("nl").asString()).startsWith("U hebt vandaag al " + limit
                + " keer kandidaten bekeken");
        HttpResponse<String> page = employer.get("/werkgever/vacatures/" + vacancy + "/etalage");
        assertThat(page.statusCode()).isEqualTo(429);
        assertThat(page.body()).contains("Kandidaten bekijken kan morgen weer", "Maximum per dag bereikt")
                .doesNotContain("K-");
        assertThat(readsOf(sanne())).as("nothing shown, nothing logged").isEqualTo(shown);

        ApiSession adviser = new ApiSession(port);
        adviser.signIn("accountmanager");
        OwnershipFixture.ownedByTheDemoAccountManager(jdbc, EMPLOYER);
        adviser.ok(adviser.get("/api/v1/vacatures/" + vacancy + "/etalage"));

        EmployerDays.aDayPasses(jdbc, EMPLOYER);
        employer.ok(employer.get("/api/v1/vacatures/" + vacancy + "/etalage"));
    }

    /** Issue 12, a leftover of item 8: the pages that refuse above a daily limit (429) had no axe check. */
    @Test
    void theRefusalsAboveTheDailyLimitsPassAxeInDutchAndEnglish() {
        long vacancy = publishing.publish(new PublishVacancy(EMPLOYER, at(sanne().postcode4()), VacancyFixture.EMPLOYER))
                .id();
        published.add(vacancy);
        usedUp(Activity.VIEW_SHOWCASE);
        usedUp(Activity.PUBLISH_VACANCY);
        long before = vacancies();
        try (Chromium browser = Chromium.on(port)) {
            Page page = browser.page();
            browser.signIn("werkgever");

            assertThat(browser.open("/werkgever/vacatures/" + vacancy + "/etalage?lang=nl").status()).isEqualTo(429);
            assertThat(page.locator("h1")).hasText("Kandidaten bekijken kan morgen weer");
            assertThat(page.locator("#maximum")).containsText("Maximum per dag bereikt");
            browser.accessibleInDutchAndEnglish("etalage-maximum");
            assertThat(page.locator("h1")).hasText("You can look at candidates again tomorrow");

            for (String language : List.of("nl", "en")) {
                browser.open("/werkgever/vacatures/nieuw?lang=" + language);
                page.locator("#title").fill("Lasser voor morgen");
                page.locator("button[name=actie][value=opslaan]").click();

                assertThat(page.locator("#maximum")).containsText(language.equals("nl") ? "Maximum per dag bereikt"
                        : "Daily limit reached");
                assertThat(page.locator("#maximum")).isFocused();
                assertThat(page.locator("#title")).hasValue("Lasser voor morgen");
                browser.accessible();
            }
        }
        assertThat(vacancies()).as("nothing published").isEqualTo(before);
    }

    /** The employer's own account did this as often as it may today. */
    private void usedUp(Activity activity) {
        jdbc.update("""
                insert into employer_daily_use (employer_id, day, activity, used)
                values (?, (now() at time zone 'Europe/Amsterdam')::date, ?, ?)
                on conflict (employer_id, day, activity) do update set used = excluded.used""", EMPLOYER,
                activity.name(), limits.limit(activity));
    }

    private long readsOf(Person person) {
        return jdbc.queryForObject("""
                select count(*) from processing_record where person_id = ? and actor_username = 'werkgever'
                  and processing_activity_id like '%anoniem-profiel-voor-werkgevers'""", Long.class, person.id());
    }

    private Person sanne() {
        return people.byId(1).orElseThrow();
    }

    private long vacancies() {
        return jdbc.queryForObject("select count(*) from vacancy where employer_id = 1", Long.class);
    }

    /** Work cut out for the demo job seeker, at this postcode area. */
    private VacancyDescription at(String postcode4) {
        return VacancyFixture.cutOutFor(sanne(), BUS_DRIVER, postcode4);
    }
}
