package nl.werkmotor.showcase;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import nl.werkmotor.ApiSession;
import nl.werkmotor.Chromium;
import nl.werkmotor.WerkmotorTest;
import nl.werkmotor.demoregion.SmallDemoRegion;
import nl.werkmotor.processinglog.FindProcessingRecords;
import nl.werkmotor.processinglog.Operation;
import nl.werkmotor.processinglog.ProcessingPurpose;
import nl.werkmotor.processinglog.ProcessingRecord;
import tools.jackson.databind.JsonNode;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * Issue 12, item 4: withdrawing consent reaches introductions. After a yes, the employer and the adviser who asked
 * see the person's name and contact details only while the person's profile is visible to employers; once it is
 * private (or partners-only) they see neither, and their views are not logged under the consent that ended. The
 * person shares again, or stops, per introduction on /mijn-introducties, and sees what they chose.
 */
@WerkmotorTest
class ConsentReachesIntroductionsIT {

    private static final long SANNE = 1; // the demo job seeker "werkzoekende", visible to employers in the demo region
    private static final long OWN_EMPLOYER = 1; // the demo employer's
    private static final long ADVISED_EMPLOYER = 2; // owned by the demo account manager during these tests
    private static final String EMAIL = "sanne.consent@example.org";
    private static final String PHONE = "06 11223344";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    FindProcessingRecords processingLog;

    private ApiSession person;
    private String personCsrf;
    private ApiSession employer;
    private ApiSession adviser;

    @BeforeEach
    void sanneSaysYesToAnEmployerAndAnAdviser(@Autowired ApplicationContext application) throws Exception {
        SmallDemoRegion.ensure(application);
        person = new ApiSession(port);
        personCsrf = person.signIn("werkzoekende");
        employer = new ApiSession(port);
        employer.signIn("werkgever");
        adviser = new ApiSession(port);
        adviser.signIn("accountmanager");
        jdbc.update("delete from employer_owner where employer_id = ?", ADVISED_EMPLOYER);
        jdbc.update("""
                insert into employer_owner (employer_id, account_manager, owner_name, organisation_id)
                values (?, 'accountmanager', 'Fatima el Amrani', 'wsp-lindeveen')""", ADVISED_EMPLOYER);
        visibility("EMPLOYERS_ANONYMOUS");
    }

    @AfterEach
    void asTheDemoRegionHadIt() throws Exception {
        visibility("EMPLOYERS_ANONYMOUS");
        jdbc.update("delete from employer_owner where employer_id = ?", ADVISED_EMPLOYER);
        jdbc.update("delete from introduction where contact_email = ?", EMAIL);
    }

    @Test
    void aProfileMadePrivateHidesTheContactDetailsOfEveryYesAndTheViewsAfterAreNotLoggedAsConsented() throws Exception {
        long own = acceptedBySanne(OWN_EMPLOYER, "werkgever");
        long advised = acceptedBySanne(ADVISED_EMPLOYER, "accountmanager");
        assertThat(contact(employer, own).get("email").asString()).isEqualTo(EMAIL);
        assertThat(contact(adviser, advised).get("name").asString()).isEqualTo("Sanne Bakker");

        visibility("PRIVATE");
        long before = newestRecord();

        for (ApiSession side : List.of(employer, adviser)) {
            JsonNode seen = side.ok(side.get("/api/v1/introducties/" + (side == employer ? own : advised)));
            assertThat(seen.get("status").asString()).isEqualTo("ACCEPTED");
            assertThat(seen.get("contact").isNull()).isTrue();
            assertThat(seen.get("contactShared").asBoolean()).isFalse();
            assertThat(seen.toString()).doesNotContain("Sanne", "Bakker", EMAIL, PHONE);
            assertThat(side.get("/api/v1/introducties").body()).doesNotContain("Bakker", EMAIL, PHONE);
        }
        assertThat(employer.get("/werkgever/introducties").body()).doesNotContain("Sanne Bakker", EMAIL, PHONE);
        assertThat(adviser.get("/portefeuille/kennismakingen").body()).doesNotContain("Sanne Bakker", EMAIL, PHONE);

        List<ProcessingRecord> after = recordsSince(before);
        assertThat(after).as("no view after the withdrawal is logged under the consent that ended")
                .noneSatisfy(r -> assertThat(r.purpose()).isEqualTo(ProcessingPurpose.INTRODUCTION));
        assertThat(after).filteredOn(r -> r.purpose() == ProcessingPurpose.INTRODUCTION_FOLLOW_UP)
                .extracting(r -> r.actor().username()).contains("werkgever", "accountmanager");
        assertThat(after).filteredOn(r -> r.purpose() == ProcessingPurpose.INTRODUCTION_FOLLOW_UP).allSatisfy(r -> {
            assertThat(r.operation()).isEqualTo(Operation.READ);
            assertThat(r.legalBasis()).doesNotContain("toestemming");
            assertThat(r.name().nl()).contains("zonder uw naam en contactgegevens");
        });

        visibility("EMPLOYERS_ANONYMOUS");
        assertThat(employer.ok(employer.get("/api/v1/introducties/" + own)).get("contact").isNull())
                .as("visible again to employers: the details do not come back unasked").isTrue();
    }

    @Test
    void thePersonSharesAgainPerIntroductionSeesTheChoiceAndMayStopAgain() throws Exception {
        long own = acceptedBySanne(OWN_EMPLOYER, "werkgever");
        long advised = acceptedBySanne(ADVISED_EMPLOYER, "accountmanager");
        visibility("PARTNERS");

        String page = person.get("/mijn-introducties").body();
        assertThat(page).contains("ziet uw naam en contactgegevens niet meer, sinds",
                "Deel mijn naam en contactgegevens weer met Bouwbedrijf De Vaste Hand B.V.");

        long before = newestRecord();
        assertThat(share(own, "ja").statusCode()).isEqualTo(302);

        JsonNode seen = employer.ok(employer.get("/api/v1/introducties/" + own));
        assertThat(seen.get("contact").get("email").asString()).isEqualTo(EMAIL);
        assertThat(seen.get("contactConsent").asString()).isEqualTo("THIS_INTRODUCTION");
        assertThat(adviser.ok(adviser.get("/api/v1/introducties/" + advised)).get("contact").isNull())
                .as("shared with one employer, not with the other").isTrue();
        assertThat(person.get("/mijn-introducties").body()).contains("om uw naam en contactgegevens met "
                + "Bouwbedrijf De Vaste Hand B.V. te delen", "Deel mijn naam en contactgegevens niet meer met");
        assertThat(recordsSince(before)).as("read under the consent given again").anySatisfy(r -> {
            assertThat(r.purpose()).isEqualTo(ProcessingPurpose.INTRODUCTION);
            assertThat(r.actor().username()).isEqualTo("werkgever");
        });

        visibility("PRIVATE");
        assertThat(employer.ok(employer.get("/api/v1/introducties/" + own)).get("contact").isNull())
                .as("a choice for this introduction lasts whatever the profile's visibility").isFalse();

        assertThat(share(own, "nee").statusCode()).isEqualTo(302);
        assertThat(employer.ok(employer.get("/api/v1/introducties/" + own)).get("contact").isNull()).isTrue();
        assertThat(person.ok(person.get("/api/v1/introducties/" + own)).get("contactConsent").asString())
                .isEqualTo("WITHDRAWN");
    }

    @Test
    void onHerIntroductionsPageSanneSeesTheDetailsAreHiddenAndSharesThemAgainByKeyboard() throws Exception {
        long own = acceptedBySanne(OWN_EMPLOYER, "werkgever");
        visibility("PRIVATE");
        try (Chromium browser = Chromium.on(port)) {
            Page page = browser.page();
            browser.signIn("werkzoekende");
            browser.open("/mijn-introducties?lang=nl");
            assertThat(page.locator("#delen-" + own)).containsText("ziet uw naam en contactgegevens niet meer, sinds");
            browser.accessibleInDutchAndEnglish(null);

            browser.open("/mijn-introducties?lang=nl");
            page.locator("#kennismaking-" + own).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions()
                    .setName("Deel mijn naam en contactgegevens weer met Bouwbedrijf De Vaste Hand B.V.")).focus();
            page.keyboard().press("Enter");

            assertThat(page.getByRole(AriaRole.STATUS)).containsText("Uw keuze is bewaard.");
            assertThat(page.locator("#delen-" + own)).containsText("om uw naam en contactgegevens met Bouwbedrijf "
                    + "De Vaste Hand B.V. te delen");
            browser.accessibleInDutchAndEnglish(null);
            browser.open("/mijn-introducties?lang=en");
            assertThat(page.locator("#delen-" + own)).containsText("you chose to share your name and contact details");
        }
        assertThat(contact(employer, own).get("email").asString()).isEqualTo(EMAIL);
    }

    @Test
    void aYesGivenWhileTheProfileIsPrivateSharesWithThatEmployerAlone() throws Exception {
        visibility("PRIVATE");
        long id = acceptedBySanne(OWN_EMPLOYER, "werkgever");

        JsonNode seen = employer.ok(employer.get("/api/v1/introducties/" + id));
        assertThat(seen.get("contact").get("phone").asString()).isEqualTo(PHONE);
        assertThat(seen.get("contactConsent").asString()).isEqualTo("THIS_INTRODUCTION");
    }

    @Test
    void nobodyButThePersonSharesAndOnlyAfterAYes() throws Exception {
        long someoneElses = IntroductionFixture.accepted(jdbc, 2, OWN_EMPLOYER);
        long undecided = IntroductionFixture.requested(jdbc, SANNE, OWN_EMPLOYER);
        jdbc.update("update introduction set contact_email = ? where id in (?, ?)", EMAIL, someoneElses, undecided);

        assertThat(share(someoneElses, "nee").statusCode()).isEqualTo(404);
        assertThat(jdbc.queryForObject("select contact_consent from introduction where id = ?", String.class,
                someoneElses)).isEqualTo("WITH_PROFILE");
        HttpResponse<String> beforeAYes = share(undecided, "ja");
        assertThat(beforeAYes.statusCode()).isEqualTo(400);
        assertThat(beforeAYes.body()).contains("U deelt uw naam en contactgegevens pas als u ja zegt.");
        ApiSession caseWorker = new ApiSession(port);
        String caseWorkerCsrf = caseWorker.signIn("klantmanager");
        assertThat(caseWorker.form("/mijn-introducties/" + someoneElses + "/contact", "delen=ja", caseWorkerCsrf)
                .statusCode()).isEqualTo(403);
    }

    /** Asked for a vacancy of this employer by this side, and said yes to by Sanne with an e-mail address and a phone. */
    private long acceptedBySanne(long employerId, String askedBy) throws Exception {
        long id = IntroductionFixture.requested(jdbc, SANNE, employerId);
        jdbc.update("update introduction set requested_by = ?, requested_role = ? where id = ?", askedBy,
                askedBy.equals("werkgever") ? "WERKGEVER" : "ACCOUNTMANAGER", id);
        person.ok(person.json("POST", "/api/v1/introducties/" + id + "/besluit",
                "{\"accept\": true, \"email\": \"" + EMAIL + "\", \"phone\": \"" + PHONE + "\"}", personCsrf));
        return id;
    }

    private JsonNode contact(ApiSession side, long id) throws Exception {
        return side.ok(side.get("/api/v1/introducties/" + id)).get("contact");
    }

    private void visibility(String visibility) throws Exception {
        assertThat(person.form("/mijn-profiel/zichtbaarheid", "visibility=" + visibility, personCsrf).statusCode())
                .isEqualTo(302);
    }

    private HttpResponse<String> share(long id, String share) throws Exception {
        return person.form("/mijn-introducties/" + id + "/contact", "delen=" + share, personCsrf);
    }

    private long newestRecord() {
        Long id = jdbc.queryForObject("select max(id) from processing_record", Long.class);
        return id == null ? 0 : id;
    }

    private List<ProcessingRecord> recordsSince(long id) {
        List<Long> spans = jdbc.queryForList("select id from processing_record where person_id = ? and id > ?",
                Long.class, SANNE, id);
        return processingLog.aboutPerson(SANNE, 1, 100).subList(0, spans.size());
    }
}
