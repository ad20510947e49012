package nl.werkmotor.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import nl.werkmotor.ApiSession;
import nl.werkmotor.WerkmotorTest;
import nl.werkmotor.demoregion.GenerateDemoRegionCommand;
import nl.werkmotor.demoregion.GeneratingDemoRegion;
import nl.werkmotor.places.ImportingPlaces;
import nl.werkmotor.places.RealPlaces;
import nl.werkmotor.taxonomy.FindOccupation;
import nl.werkmotor.taxonomy.ImportingTaxonomy;
import nl.werkmotor.taxonomy.RealEsco;
import tools.jackson.databind.JsonNode;

/** {@code /api/v1/mijn-profiel}: the signed-in person's own profile, and nobody else's. */
@WerkmotorTest
class OwnProfileApiIT {

    /** "operate forklift" in ESCO v1.1.1. */
    static final String FORKLIFT = "http://data.europa.eu/esco/skill/28cb374e-6261-4133-8371-f9a5470145da";

    @LocalServerPort
    int port;
    @Autowired
    FindPeople people;
    @Autowired
    ChangingProfile changing;

    ApiSession api;

    @BeforeEach
    void sanneInTheSmallDemoRegion(@Autowired ImportingTaxonomy taxonomy, @Autowired ImportingPlaces places,
                                   @Autowired JdbcTemplate jdbc, @Autowired GeneratingDemoRegion generating) {
        demoRegionWithSanne(taxonomy, places, jdbc, generating, people);
        api = new ApiSession(port);
    }

    /** The small demo region with the demo account "werkzoekende" as person 1, made again if a test changed that. */
    static void demoRegionWithSanne(ImportingTaxonomy taxonomy, ImportingPlaces places, JdbcTemplate jdbc,
                                    GeneratingDemoRegion generating, FindPeople people) {
        RealEsco.ensureImported(taxonomy, jdbc);
        RealPlaces.ensureImported(places, jdbc);
        if (people.count() != GenerateDemoRegionCommand.SMALL
                || people.byAccount("werkzoekende").map(Person::id).orElse(0L) != 1) {
            generating.generate(GenerateDemoRegionCommand.small());
        }
    }

    @Test
    void thePersonReadsTheirOwnProfileWithCamelCaseKeys() throws Exception {
        changing.change(ChangeProfile.addSkills(1, ChangeAuthor.person("werkzoekende"), List.of(FORKLIFT)));
        api.signIn("werkzoekende");

        JsonNode profile = api.ok(api.get("/api/v1/mijn-profiel"));

        assertThat(profile.get("id").asLong()).isEqualTo(1);
        assertThat(profile.get("firstName").asString()).isEqualTo("Sanne");
        assertThat(profile.get("preferences").has("travelRadiusKm")).isTrue();
        assertThat(profile.get("preferences").has("supportNeeds")).isTrue();
        assertThat(profile.get("skills").get(0).has("skillUri")).isTrue();
        assertThat(profile.get("skills").get(0).get("label").get("lang").asString()).isIn("nl", "en");
    }

    @Test
    void aPutReplacesTheProfileAndTheExportHasItWithWhoChangedIt() throws Exception {
        String csrf = api.signIn("werkzoekende");

        JsonNode changed = api.ok(put(csrf, """
                {"skills": ["%s"], "minHours": 20, "maxHours": 32, "travelRadiusKm": 25, "sectors": ["CARE"],
                 "motivation": "HIGH", "availability": "NOW", "visibility": "PARTNERS",
                 "workingConditions": ["DAYTIME_ONLY"], "supportNeeds": ["JOB_COACH"]}""".formatted(FORKLIFT)));

        assertThat(changed.get("skills").size()).isEqualTo(1);
        assertThat(changed.get("skills").get(0).get("skillUri").asString()).isEqualTo(FORKLIFT);
        assertThat(changed.get("skills").get(0).get("evidence").asString()).isEqualTo("SELF_DECLARED");
        assertThat(changed.get("preferences").get("visibility").asString()).isEqualTo("PARTNERS");
        assertThat(people.byId(1).orElseThrow().profile().preferences().supportNeeds()).containsExactly(SupportNeed.JOB_COACH);
        JsonNode export = api.ok(api.get("/api/v1/mijn-profiel/export"));
        assertThat(export.get("profile").get("firstName").asString()).isEqualTo("Sanne");
        assertThat(export.get("changes").get(0).get("changedBy").asString()).isEqualTo("werkzoekende");
        assertThat(export.get("changes").get(0).get("author").asString()).isEqualTo("PERSON");
        assertThat(export.get("changes").get(0).get("description").asString()).startsWith("Profiel: ");
        assertThat(api.ok(api.get("/api/v1/mijn-profiel/export?taal=en")).get("changes").get(0).get("description")
                .asString()).startsWith("Profile: ");
        assertThat(export.get("processingRecords").isArray()).isTrue();
        assertThat(export.get("heldElsewhere").valueStream().map(section -> section.get("key").asString()))
                .contains("introductions", "caseload", "notes");
        assertThat(export.get("sources").valueStream().map(JsonNode::asString)).contains("person", "introduction");
    }

    @Test
    void aWrongPutNamesEveryProblemAndSavesNothing() throws Exception {
        String csrf = api.signIn("werkzoekende");
        Person before = people.byId(1).orElseThrow();

        JsonNode problem = api.problem(put(csrf, """
                {"skills": ["http://data.europa.eu/esco/skill/nothing"], "minHours": 0, "maxHours": 99,
                 "travelRadiusKm": 500, "sectors": ["MOON"], "motivation": "KEEN", "availability": "NOW",
                 "visibility": "PUBLIC"}"""), 400);

        assertThat(problem.get("invalidParams").valueStream().map(p -> p.get("name").asString()))
                .containsExactlyInAnyOrder("skills", "sectors", "motivation", "visibility", "minHours", "maxHours",
                        "travelRadiusKm");
        assertThat(problem.get("invalidParams").get(0).get("message").get("en").asString()).isNotBlank();
        assertThat(people.byId(1)).contains(before);
    }

    @Test
    void otherRolesAndStrangersCannotReachSannesProfile() throws Exception {
        assertThat(api.problem(api.get("/api/v1/mijn-profiel"), 401).get("status").asInt()).isEqualTo(401);
        for (String role : new String[] {"werkgever", "klantmanager", "accountmanager"}) {
            ApiSession other = new ApiSession(port);
            String csrf = other.signIn(role);
            other.problem(other.get("/api/v1/mijn-profiel"), 403);
            other.problem(other.get("/api/v1/mijn-profiel/export"), 403);
            HttpResponse<String> page = other.get("/mijn-profiel");
            assertThat(page.statusCode()).isEqualTo(403);
            assertThat(page.body()).doesNotContain("Sanne");
            assertThat(other.get("/mijn-profiel/gegevens/download").statusCode()).isEqualTo(403);
            assertThat(other.send(form("/mijn-profiel/verwijderen", "_csrf=" + csrf, other)).statusCode()).isEqualTo(403);
        }
        assertThat(people.byId(1)).isPresent();
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefused() throws Exception {
        api.signIn("werkzoekende");

        assertThat(api.send(form("/mijn-profiel/zichtbaarheid", "visibility=PRIVATE", api)).statusCode()).isEqualTo(403);
        assertThat(api.send(HttpRequest.newBuilder(api.uri("/api/v1/mijn-profiel"))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString("{}")).build())
                .statusCode()).isEqualTo(403);
    }

    @Test
    void thePagesOfferTheSkillsOfAPreviousJobAndOfAPastedCvToConfirm() throws Exception {
        changing.change(ChangeProfile.removeSkills(1, ChangeAuthor.person("werkzoekende"), List.of(FORKLIFT)));
        String csrf = api.signIn("werkzoekende");

        String job = api.get("/mijn-profiel/vaardigheden?uitBeroep=" + FindOccupation.URI_PREFIX + RealEsco.BUS_DRIVER)
                .body();
        HttpResponse<String> cv = api.send(form("/mijn-profiel/vaardigheden/cv", "_csrf=" + csrf + "&tekst="
                + URLEncoder.encode("Ik kan heftrucks bedienen en orders verzamelen.", StandardCharsets.UTF_8), api));

        assertThat(job).contains("Wat deed u als", "type=\"checkbox\" name=\"skill\"");
        assertThat(cv.statusCode()).isEqualTo(200);
        assertThat(cv.body()).contains("Deze vaardigheden vonden we in uw tekst", "value=\"" + FORKLIFT + "\"");
    }

    /** Issue 12, item 1: a text made to hold the server is refused beside the field, not answered in part. */
    @Test
    void aPastedTextTooCostlyToReadIsRefusedBesideTheField() throws Exception {
        String csrf = api.signIn("werkzoekende");

        HttpResponse<String> cv = api.send(form("/mijn-profiel/vaardigheden/cv", "_csrf=" + csrf + "&tekst="
                + URLEncoder.encode(RealEsco.TOO_COSTLY_TEXT, StandardCharsets.UTF_8), api));

        assertThat(cv.statusCode()).isEqualTo(400);
        assertThat(cv.body()).contains("te bewerkelijk om te lezen", "aria-invalid=\"true\"")
                .doesNotContain("Deze vaardigheden vonden we in uw tekst");
    }

    @Test
    void anErasureWithoutItsConfirmationGoesBackToTheConfirmationPage() throws Exception {
        String csrf = api.signIn("werkzoekende");

        HttpResponse<String> post = api.send(form("/mijn-profiel/verwijderen", "_csrf=" + csrf, api));

        assertThat(post.statusCode()).isEqualTo(302);
        assertThat(post.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/mijn-profiel/verwijderen"));
        assertThat(people.byAccount("werkzoekende")).isPresent();
    }

    private HttpResponse<String> put(String csrf, String body) throws Exception {
        return api.send(HttpRequest.newBuilder(api.uri("/api/v1/mijn-profiel"))
                .header("Content-Type", "application/json").header("X-CSRF-TOKEN", csrf)
                .PUT(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private static HttpRequest form(String path, String body, ApiSession session) {
        return HttpRequest.newBuilder(session.uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }
}
