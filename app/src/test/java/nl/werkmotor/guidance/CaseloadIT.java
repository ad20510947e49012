package nl.werkmotor.guidance;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import nl.werkmotor.ApiSession;
import nl.werkmotor.WerkmotorTest;
import nl.werkmotor.demoregion.SmallDemoRegion;
import tools.jackson.databind.JsonNode;

/**
 * The case worker's caseload through the API on the small demo region: only their own people, the
 * filters, notes with a required purpose, and a colleague's person refused whatever the id.
 */
@WerkmotorTest
class CaseloadIT {

    /** In the demo region's caseload of "klantmanager2", not of "klantmanager". */
    static final long COLLEAGUES_PERSON = 41;

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    ApiSession caseWorker;
    String csrf;

    @BeforeEach
    void smallDemoRegion(@Autowired ApplicationContext application) throws Exception {
        SmallDemoRegion.ensure(application);
        caseWorker = new ApiSession(port);
        csrf = caseWorker.signIn("klantmanager");
    }

    @Test
    void theDemoCaseWorkerSeesTheirFortyPeopleWithSanneBakkerAmongThem() throws Exception {
        JsonNode all = caseWorker.ok(caseWorker.get("/api/v1/kandidaten?pageSize=100"));

        assertThat(all.size()).isEqualTo(40);
        assertThat(all.valueStream().mapToLong(p -> p.get("id").asLong())).allMatch(id -> id >= 1 && id <= 40);
        JsonNode sanne = caseWorker.ok(caseWorker.json("POST", "/api/v1/kandidaten/_zoek", "{\"naam\": \"sanne bak\"}",
                csrf));
        assertThat(sanne.size()).isEqualTo(1);
        assertThat(sanne.get(0).get("achternaam").asString()).isEqualTo("Bakker");
        assertThat(sanne.get(0).get("zichtbaarheid").asString()).isEqualTo("EMPLOYERS_ANONYMOUS");
    }

    /** Issue 12, a leftover of item 9: the API took the name in its query string, which access logs keep. */
    @Test
    void aNameIsSearchedInTheBodyAndRefusedInTheAddressPointingToThePost() throws Exception {
        JsonNode refused = caseWorker.problem(caseWorker.get("/api/v1/kandidaten?naam=sanne%20bak"), 400);

        assertThat(refused.get("invalidParams")).singleElement().satisfies(p -> {
            assertThat(p.get("name").asString()).isEqualTo("naam");
            assertThat(p.get("reason").asString()).contains("niet op naam in het adres", "POST /api/v1/kandidaten/_zoek");
            assertThat(p.get("message").get("en").asString()).contains("ends up in access logs",
                    "POST /api/v1/kandidaten/_zoek");
        });
        caseWorker.problem(caseWorker.get("/api/v1/kandidaten?naam="), 400);

        String hers = caseWorker.ok(caseWorker.json("POST", "/api/v1/kandidaten/_zoek", "{\"naam\": \"Sanne Bakker\"}",
                csrf)).get(0).get("motivatie").asString();
        String another = hers.equals("HIGH") ? "LOW" : "HIGH";
        assertThat(caseWorker.ok(caseWorker.json("POST", "/api/v1/kandidaten/_zoek", """
                {"naam": "sanne bakker", "motivatie": "%s", "page": 1, "pageSize": 100}""".formatted(hers.toLowerCase()),
                csrf)).size()).isEqualTo(1);
        assertThat(caseWorker.ok(caseWorker.json("POST", "/api/v1/kandidaten/_zoek", """
                {"naam": "Sanne Bakker", "motivatie": "%s"}""".formatted(another), csrf)).size()).isZero();
        assertThat(caseWorker.ok(caseWorker.json("POST", "/api/v1/kandidaten/_zoek", "{\"pageSize\": 100}", csrf))
                .size()).as("nothing asked: everyone").isEqualTo(40);
        JsonNode wrong = caseWorker.problem(caseWorker.json("POST", "/api/v1/kandidaten/_zoek", """
                {"naam": "%s", "doelgroep": "rijk", "pageSize": 101}""".formatted("x".repeat(101)), csrf), 400);
        assertThat(wrong.get("invalidParams").valueStream().map(p -> p.get("name").asString()))
                .containsExactlyInAnyOrder("naam", "doelgroep", "pageSize");
        assertThat(caseWorker.json("POST", "/api/v1/kandidaten/_zoek", "{\"naam\": \"Sanne\"}", "").statusCode())
                .as("a session needs its CSRF token").isEqualTo(403);
    }

    @Test
    void theFiltersKeepOnlyWhoFitsThem() throws Exception {
        JsonNode highNow = caseWorker.ok(caseWorker.get("/api/v1/kandidaten?pageSize=100&motivatie=HIGH&beschikbaarheid=now"));

        assertThat(highNow.valueStream()).allSatisfy(p -> {
            assertThat(p.get("motivatie").asString()).isEqualTo("HIGH");
            assertThat(p.get("beschikbaarheid").asString()).isEqualTo("NOW");
        });
        JsonNode bijstand = caseWorker.ok(caseWorker.get("/api/v1/kandidaten?pageSize=100&doelgroep=BIJSTAND"));
        assertThat(bijstand.valueStream()).allSatisfy(p ->
                assertThat(p.get("doelgroepen").valueStream().map(JsonNode::asString)).contains("BIJSTAND"));
        assertThat(bijstand.size()).isPositive().isLessThan(40);
    }

    @Test
    void everyInvalidFilterIsNamedInOneProblem() throws Exception {
        JsonNode problem = caseWorker.problem(caseWorker.get(
                "/api/v1/kandidaten?doelgroep=rijk&motivatie=veel&zichtbaarheid=x&pageSize=abc"), 400);

        assertThat(problem.get("invalidParams").valueStream().map(p -> p.get("name").asString()))
                .containsExactlyInAnyOrder("doelgroep", "motivatie", "zichtbaarheid", "pageSize");
    }

    @Test
    void aColleaguesPersonIsNotFoundWhateverTheCaseWorkerTries() throws Exception {
        assertThat(caseWorker.ok(caseWorker.get("/api/v1/kandidaten/1")).get("kandidaat").get("voornaam").asString())
                .isEqualTo("Sanne");

        caseWorker.problem(caseWorker.get("/api/v1/kandidaten/" + COLLEAGUES_PERSON), 404);
        caseWorker.problem(caseWorker.get("/api/v1/kandidaten/" + COLLEAGUES_PERSON + "/notities"), 404);
        caseWorker.problem(postNote(COLLEAGUES_PERSON, "{\"doel\":\"BEGELEIDING\",\"tekst\":\"Gesprek gehad.\"}"), 404);
        caseWorker.problem(caseWorker.get("/api/v1/kandidaten/999999"), 404);
        assertThat(jdbc.queryForObject("select count(*) from guidance_note where person_id = ?", Integer.class,
                COLLEAGUES_PERSON)).isZero();
        assertThat(caseWorker.get("/caseload/" + COLLEAGUES_PERSON).statusCode()).isEqualTo(404);
    }

    @Test
    void aProposalOfAnotherClientUnderThisFileIsNotFoundAndKeepsItsOutcome() throws Exception {
        long vacancy = jdbc.queryForObject("select min(id) from vacancy", Long.class);
        long othersProposal = jdbc.queryForObject("insert into vacancy_proposal (person_id, vacancy_id, vacancy_title, "
                + "author, author_name) values (2, ?, 'Heftruckchauffeur', 'klantmanager', 'Klantmanager') returning id",
                Long.class, vacancy);
        try {
            assertThat(caseWorker.form("/caseload/1/voorstellen/" + othersProposal + "/uitkomst",
                    "uitkomst-" + othersProposal + "=HIRED", csrf).statusCode()).isEqualTo(404);
            assertThat(caseWorker.form("/caseload/2/voorstellen/999999999/uitkomst", "uitkomst-999999999=HIRED", csrf)
                    .statusCode()).isEqualTo(404);
            assertThat(jdbc.queryForObject("select outcome from vacancy_proposal where id = ?", String.class,
                    othersProposal)).isNull();

            assertThat(caseWorker.form("/caseload/2/voorstellen/" + othersProposal + "/uitkomst",
                    "uitkomst-" + othersProposal + "=HIRED", csrf).statusCode()).isEqualTo(302);
            assertThat(jdbc.queryForObject("select outcome from vacancy_proposal where id = ?", String.class,
                    othersProposal)).isEqualTo("HIRED");
        } finally {
            jdbc.update("delete from vacancy_proposal where id = ?", othersProposal);
        }
    }

    @Test
    void otherRolesHaveNoCaseload() throws Exception {
        ApiSession accountManager = new ApiSession(port);
        accountManager.signIn("accountmanager");
        accountManager.problem(accountManager.get("/api/v1/kandidaten"), 403);
        ApiSession jobSeeker = new ApiSession(port);
        jobSeeker.signIn("werkzoekende");
        jobSeeker.problem(jobSeeker.get("/api/v1/kandidaten/1/notities"), 403);
        assertThat(jobSeeker.get("/caseload").statusCode()).isEqualTo(403);
        ApiSession anonymous = new ApiSession(port);
        anonymous.problem(anonymous.get("/api/v1/kandidaten"), 401);
    }

    @Test
    void aNoteNeedsAPurposeFromTheListAndAText() throws Exception {
        JsonNode problem = caseWorker.problem(postNote(1, "{\"doel\":\"roddel\",\"tekst\":\"  \"}"), 400);

        assertThat(problem.get("invalidParams").valueStream().map(p -> p.get("name").asString()))
                .containsExactlyInAnyOrder("doel", "tekst");
        assertThat(problem.get("invalidParams").get(0).get("reason").asString()).contains("BEGELEIDING");
        JsonNode tooLong = caseWorker.problem(postNote(1, "{\"tekst\":\"" + "x".repeat(WritingNote.MAX_TEXT + 1) + "\"}"), 400);
        assertThat(tooLong.get("invalidParams").valueStream().map(p -> p.get("reason").asString()))
                .contains("Kies waarvoor de notitie is: BEGELEIDING, BEMIDDELING, ONTWIKKELING, INSTRUMENTEN, NAZORG.",
                        "De tekst is te lang: hoogstens 4000 tekens, niet 4001.");
    }

    @Test
    void aNoteWithAPurposeIsKeptWithItsAuthor() throws Exception {
        HttpResponse<String> written = postNote(2, "{\"doel\":\"bemiddeling\",\"tekst\":\"Vacature lasser besproken.\"}");

        assertThat(written.statusCode()).as(written.body()).isEqualTo(201);
        JsonNode notes = caseWorker.ok(caseWorker.get("/api/v1/kandidaten/2/notities"));
        assertThat(notes.get(0).get("doel").asString()).isEqualTo("BEMIDDELING");
        assertThat(notes.get(0).get("tekst").asString()).isEqualTo("Vacature lasser besproken.");
        assertThat(notes.get(0).get("auteur").asString()).isEqualTo("Jeroen Visser");
    }

    @Test
    void everyReadAndWriteOfAPersonIsInTheirProcessingLog() throws Exception {
        int before = records(3);

        caseWorker.ok(caseWorker.get("/api/v1/kandidaten/3"));
        caseWorker.ok(caseWorker.get("/api/v1/kandidaten/3/notities"));
        assertThat(postNote(3, "{\"doel\":\"ONTWIKKELING\",\"tekst\":\"Cursus heftruck.\"}").statusCode()).isEqualTo(201);

        assertThat(jdbc.queryForList("""
                select operation || ' ' || purpose || ' ' || actor_username from processing_record
                where person_id = 3 order by id desc limit 3""", String.class))
                .containsExactly("CREATE GUIDANCE klantmanager", "READ GUIDANCE klantmanager", "READ GUIDANCE klantmanager");
        assertThat(records(3)).isEqualTo(before + 3);
        int listed = jdbc.queryForObject("select count(*) from processing_record", Integer.class);
        assertThat(caseWorker.ok(caseWorker.get("/api/v1/kandidaten?pageSize=5")).size()).isEqualTo(5);
        assertThat(jdbc.queryForObject("select count(*) from processing_record", Integer.class)).isEqualTo(listed + 5);
    }

    private int records(long personId) {
        return jdbc.queryForObject("select count(*) from processing_record where person_id = ?", Integer.class, personId);
    }

    private HttpResponse<String> postNote(long personId, String json) throws Exception {
        return caseWorker.send(HttpRequest.newBuilder(caseWorker.uri("/api/v1/kandidaten/" + personId + "/notities"))
                .header("Content-Type", "application/json").header("X-CSRF-TOKEN", csrf)
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }
}
