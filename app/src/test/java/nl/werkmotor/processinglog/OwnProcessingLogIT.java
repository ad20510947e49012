package nl.werkmotor.processinglog;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import nl.werkmotor.ApiSession;
import nl.werkmotor.Chromium;
import nl.werkmotor.WerkmotorTest;
import nl.werkmotor.identity.Role;
import nl.werkmotor.people.FindPeople;
import nl.werkmotor.people.LinkingAccount;
import nl.werkmotor.people.LoadingPeople;
import nl.werkmotor.people.Person;
import nl.werkmotor.people.PersonFixture;
import nl.werkmotor.platform.DeletingExpiredRows;
import nl.werkmotor.web.ApiProblem.Message;
import tools.jackson.databind.JsonNode;

/** The person's own processing log, over the API and as a page: theirs only, in plain Dutch and English. */
@WerkmotorTest
class OwnProcessingLogIT {

    private static final String API = "/api/v1/mijn-gegevens/verwerkingen";
    private static final String PAGE = "/mijn-gegevens/verwerkingen";
    private static final Message PROFILE_VIEWED = new Message("Uw profiel bekeken", "Your profile viewed");

    @LocalServerPort
    int port;
    @Autowired
    RecordingProcessing recording;

    private long jobSeeker;

    /** The demo account "werkzoekende" as a person: the demo region's, or a fixture when no region was generated. */
    @BeforeEach
    void theDemoJobSeeker(@Autowired FindPeople people, @Autowired LoadingPeople loading, @Autowired LinkingAccount linking,
                          @Autowired JdbcTemplate jdbc) {
        jobSeeker = people.byAccount("werkzoekende").map(Person::id).orElseGet(() -> {
            if (people.isEmpty()) {
                loading.replaceAll(Stream.of(PersonFixture.aJobSeekerInRotterdam(1)));
            }
            long first = jdbc.queryForObject("select min(id) from person", Long.class);
            linking.link(first, "werkzoekende");
            return first;
        });
    }

    @Test
    @WithUserDetails("klantmanager")
    void thePersonReadsWhoLookedAtTheirDataNewestFirstInPlainDutchAndEnglish() throws Exception {
        recording.record(jobSeeker, Operation.READ, ProcessingPurpose.GUIDANCE, PROFILE_VIEWED);
        recording.record(jobSeeker, Operation.READ, ProcessingPurpose.MATCHING,
                new Message("Vacatures gezocht die bij u passen", "Looked for vacancies that suit you"));
        ApiSession person = new ApiSession(port);
        person.signIn("werkzoekende");

        JsonNode log = person.ok(person.get(API + "?pageSize=2"));

        assertThat(log.valueStream().map(p -> p.get("what").get("nl").asString()))
                .containsExactly("Vacatures gezocht die bij u passen", "Uw profiel bekeken");
        assertThat(log.valueStream().map(p -> p.get("what").get("en").asString()))
                .containsExactly("Looked for vacancies that suit you", "Your profile viewed");
        JsonNode newest = log.get(0);
        assertThat(newest.get("operation").asString()).isEqualTo("READ");
        assertThat(newest.get("operationText").get("nl").asString()).isEqualTo("bekeken");
        assertThat(newest.get("operationText").get("en").asString()).isEqualTo("viewed");
        assertThat(newest.get("who").get("name").asString()).isEqualTo("Jeroen Visser");
        assertThat(newest.get("who").get("role").get("nl").asString()).isEqualTo("klantmanager");
        assertThat(newest.get("who").get("organisation").asString()).isEqualTo("Gemeente Lindeveen");
        assertThat(newest.get("why").get("purpose").asString()).isEqualTo("MATCHING");
        assertThat(newest.get("why").get("text").get("nl").asString()).startsWith("We zoeken werk dat bij u past");
        assertThat(newest.get("why").get("text").get("en").asString()).startsWith("We look for work that suits you");
        assertThat(newest.get("why").get("legalBasis").asString()).contains("AVG");
        assertThat(newest.get("moment").asString()).endsWith("Z");
        assertThat(person.ok(person.get(API + "?page=2&pageSize=1")).get(0).get("what").get("nl").asString())
                .isEqualTo("Uw profiel bekeken");
    }

    @Test
    @WithUserDetails("klantmanager")
    void recordsOlderThanTheRetentionPeriodLeaveThePersonsView(@Autowired DeletingExpiredRows retention,
                                                              @Autowired JdbcTemplate jdbc) throws Exception {
        recording.record(jobSeeker, Operation.READ, ProcessingPurpose.GUIDANCE, new Message("Lang geleden bekeken", "Viewed long ago"));
        jdbc.update("update processing_record set end_time = end_time - interval '3 years' where person_id = ? and name = ?",
                jobSeeker, "Lang geleden bekeken");
        recording.record(jobSeeker, Operation.READ, ProcessingPurpose.GUIDANCE, PROFILE_VIEWED);

        retention.deleteExpired("processing_record", Instant.now());

        ApiSession person = new ApiSession(port);
        person.signIn("werkzoekende");
        assertThat(person.ok(person.get(API + "?pageSize=100")).valueStream().map(p -> p.get("what").get("nl").asString()))
                .contains("Uw profiel bekeken").doesNotContain("Lang geleden bekeken");
        assertThat(person.get(PAGE).body()).contains("Uw profiel bekeken").doesNotContain("Lang geleden bekeken");
    }

    @Test
    void nobodyButThePersonThemselvesHasAProcessingLog() throws Exception {
        ApiSession anonymous = new ApiSession(port);
        anonymous.problem(anonymous.get(API), 401);

        for (Role role : Role.values()) {
            if (role != Role.WERKZOEKENDE) {
                ApiSession session = new ApiSession(port);
                session.signIn(role.dutchName());
                session.problem(session.get(API), 403);
                assertThat(session.get(PAGE).statusCode()).isEqualTo(403);
            }
        }
    }

    @Test
    void aJobSeekersLoginWithoutAProfileHasNoLog(@Autowired JdbcTemplate jdbc, @Autowired LinkingAccount linking)
            throws Exception {
        ApiSession person = new ApiSession(port);
        person.signIn("werkzoekende");
        jdbc.update("update person set account = null where id = ?", jobSeeker);
        try {
            assertThat(person.problem(person.get(API), 404).get("detail").asString()).contains("geen werkzoekende");
            assertThat(person.get(PAGE).statusCode()).isEqualTo(404);
        } finally {
            linking.link(jobSeeker, "werkzoekende");
        }
    }

    @Test
    void aBadPageIsRefusedNamingBothParameters() throws Exception {
        ApiSession person = new ApiSession(port);
        person.signIn("werkzoekende");

        JsonNode problem = person.problem(person.get(API + "?page=0&pageSize=abc"), 400);

        assertThat(problem.get("invalidParams").valueStream().map(p -> p.get("name").asString()))
                .containsExactlyInAnyOrder("page", "pageSize");
        assertThat(person.get(PAGE + "?page=nul").statusCode()).isEqualTo(400);
    }

    @Test
    @WithUserDetails("klantmanager")
    void thePageSaysWhoWhenWhatAndWhyAndPassesAxeInDutchAndEnglish() {
        recording.record(jobSeeker, Operation.READ, ProcessingPurpose.GUIDANCE, PROFILE_VIEWED);
        try (Chromium browser = Chromium.on(port)) {
            Page page = browser.page();
            browser.signIn("werkzoekende");

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Wie zag mijn gegevens")).click();

            assertThat(page.locator("h1")).hasText("Wie heeft mijn gegevens bekeken");
            var newest = page.locator(".werkmotor-processing-log__item").first();
            assertThat(newest).containsText("Jeroen Visser, klantmanager bij Gemeente Lindeveen");
            assertThat(newest).containsText("Uw gegevens zijn bekeken: Uw profiel bekeken");
            assertThat(newest).containsText("Uw klantmanager helpt u aan werk.");
            assertThat(newest.locator("time")).hasAttribute("datetime", Pattern.compile("\\d{4}-.*Z"));
            browser.accessibleInDutchAndEnglish("mijn-gegevens-verwerkingen");
            assertThat(page.locator(".werkmotor-processing-log__item").first())
                    .containsText("Jeroen Visser, case worker at Gemeente Lindeveen");
            assertThat(page.locator(".werkmotor-processing-log__item").first()).containsText("Your profile viewed");
        }
    }

    @Test
    void professionalsHaveNoProcessingLogInTheirMenu() {
        try (Chromium browser = Chromium.on(port)) {
            browser.signIn("klantmanager");
            assertThat(browser.page().getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Wie zag mijn gegevens")))
                    .hasCount(0);
        }
    }
}
