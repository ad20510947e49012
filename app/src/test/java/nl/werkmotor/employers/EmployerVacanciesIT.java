package nl.werkmotor.employers;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import nl.werkmotor.ApiSession;
import nl.werkmotor.WerkmotorTest;
import nl.werkmotor.demoregion.SmallDemoRegion;
import nl.werkmotor.people.FindPeople;
import nl.werkmotor.taxonomy.RealEsco;
import nl.werkmotor.taxonomy.Sector;
import nl.werkmotor.vacancies.FindVacancies;
import nl.werkmotor.vacancies.VacancyDescription;
import nl.werkmotor.vacancies.VacancyFixture;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An employer's pages and API: their own employer only, vacancies checked as a whole before anything is
 * saved, another employer's ids answered as if they did not exist. The account manager who owns the employer
 * in the WSP portfolio enters vacancies on its behalf, through the same API and pages; a colleague does not.
 * Each vacancy says who entered it and who last changed it, to the employer and the adviser only.
 */
@WerkmotorTest
class EmployerVacanciesIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String BUS_DRIVER = "http://data.europa.eu/esco/occupation/" + RealEsco.BUS_DRIVER;

    @LocalServerPort
    int port;
    @Autowired
    FindPeople people;
    @Autowired
    FindVacancies vacancies;
    @Autowired
    JdbcTemplate jdbc;

    private ApiSession employer;
    private String csrf;

    @BeforeEach
    void smallDemoRegion(@Autowired ApplicationContext application) throws Exception {
        SmallDemoRegion.ensure(application);
        employer = new ApiSession(port);
        csrf = employer.signIn("werkgever");
    }

    @Test
    void anEmployerReachesTheirOwnEmployerOnly() throws Exception {
        JsonNode own = employer.ok(employer.get("/api/v1/werkgevers/1"));
        assertThat(own.get("name").asString()).isEqualTo("Bouwbedrijf De Vaste Hand B.V.");
        assertThat(employer.ok(employer.get("/api/v1/werkgevers/1/vacatures")).size())
                .isEqualTo(vacancies.byEmployer(1).size());

        employer.problem(employer.get("/api/v1/werkgevers/2"), 404);
        employer.problem(employer.get("/api/v1/werkgevers/2/vacatures"), 404);
        long others = otherEmployersVacancy();
        employer.problem(send(employer, "PUT", "/api/v1/werkgevers/1/vacatures/" + others, description()), 404);
        employer.problem(send(employer, "PUT", "/api/v1/werkgevers/2/vacatures/" + others, description()), 404);
        employer.problem(send(employer, "DELETE", "/api/v1/werkgevers/1/vacatures/" + others, null), 404);
        assertThat(vacancies.byId(others)).isPresent();
        assertThat(employer.get("/werkgever/vacatures/" + others).statusCode()).isEqualTo(404);

        ApiSession adviser = new ApiSession(port);
        adviser.signIn("accountmanager");
        assertThat(adviser.ok(adviser.get("/api/v1/werkgevers/2")).get("id").asLong()).isEqualTo(2);
        ApiSession caseWorker = new ApiSession(port);
        caseWorker.signIn("klantmanager");
        caseWorker.problem(caseWorker.get("/api/v1/werkgevers/1"), 403);
        assertThat(caseWorker.get("/werkgever").statusCode()).isEqualTo(403);
    }

    @Test
    void aVacancyIsPublishedChangedAndWithdrawnThroughTheApi() throws Exception {
        HttpResponse<String> created = send(employer, "POST", "/api/v1/werkgevers/1/vacatures", description());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = JSON.readTree(created.body()).get("id").asLong();
        assertThat(vacancies.byId(id)).hasValueSatisfying(v -> {
            assertThat(v.employerId()).isEqualTo(1);
            assertThat(v.requirements()).isNotEmpty();
        });
        assertThat(vacancies.text(id)).contains("Een vacature die precies past.");

        String changed = description().replace("Werk op maat", "Ander werk");
        assertThat(employer.ok(send(employer, "PUT", "/api/v1/werkgevers/1/vacatures/" + id, changed))
                .get("title").asString()).isEqualTo("Ander werk");

        assertThat(send(employer, "DELETE", "/api/v1/werkgevers/1/vacatures/" + id, null).statusCode()).isEqualTo(204);
        assertThat(vacancies.byId(id)).isEmpty();
    }

    @Test
    void onlyTheOwningAccountManagerEntersChangesAndWithdrawsVacanciesOnTheEmployersBehalf() throws Exception {
        jdbc.update("delete from employer_owner where employer_id in (1, 2)");
        ApiSession adviser = new ApiSession(port);
        String adviserCsrf = adviser.signIn("accountmanager");
        try {
            // not theirs: the region's employers may be read (to claim one), not acted for
            assertThat(adviser.ok(adviser.get("/api/v1/werkgevers/1/vacatures")).size())
                    .isEqualTo(vacancies.byEmployer(1).size());
            adviser.problem(adviser.json("POST", "/api/v1/werkgevers/1/vacatures", description(), adviserCsrf), 404);
            assertThat(adviser.get("/portefeuille/1/vacatures/nieuw").statusCode()).isEqualTo(404);
            assertThat(adviser.form("/portefeuille/1/vacatures/nieuw", pageForm("Lasser"), adviserCsrf).statusCode())
                    .isEqualTo(404);

            own(1, "accountmanager");
            HttpResponse<String> created = adviser.json("POST", "/api/v1/werkgevers/1/vacatures", description(), adviserCsrf);
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            long byApi = JSON.readTree(created.body()).get("id").asLong();
            assertThat(adviser.ok(adviser.json("PUT", "/api/v1/werkgevers/1/vacatures/" + byApi,
                    description().replace("Werk op maat", "Ander werk"), adviserCsrf)).get("title").asString())
                    .isEqualTo("Ander werk");
            assertThat(adviser.json("DELETE", "/api/v1/werkgevers/1/vacatures/" + byApi, null, adviserCsrf).statusCode())
                    .isEqualTo(204);
            assertThat(vacancies.byId(byApi)).isEmpty();

            assertThat(adviser.get("/portefeuille/1/vacatures/nieuw").body()).contains("Vacatures van Bouwbedrijf De Vaste Hand");
            HttpResponse<String> refused = adviser.form("/portefeuille/1/vacatures/nieuw", "actie=opslaan&title=",
                    adviserCsrf);
            assertThat(refused.statusCode()).isEqualTo(400);
            assertThat(refused.body()).as("refused on the owner's intake as on the employer's")
                    .contains("<title>Fout: ", "Geef de vacature een titel.", "aria-invalid=\"true\"",
                            "action=\"/portefeuille/1/vacatures/nieuw\"");
            HttpResponse<String> published = adviser.form("/portefeuille/1/vacatures/nieuw", pageForm("Lasser"), adviserCsrf);
            assertThat(published.statusCode()).as(published.body()).isEqualTo(302);
            String location = published.headers().firstValue("Location").orElseThrow();
            assertThat(location).contains("/portefeuille/1?opgeslagen=");
            long byPage = Long.parseLong(location.replaceAll(".*opgeslagen=(\\d+).*", "$1"));
            assertThat(vacancies.byId(byPage)).hasValueSatisfying(v -> assertThat(v.employerId()).isEqualTo(1));
            assertThat(adviser.get(location.replaceAll("^https?://[^/]+", "")).body())
                    .contains("De vacature is opgeslagen.", "/portefeuille/1/vacatures/" + byPage);
            assertThat(employer.get("/werkgever/vacatures").body()).as("the employer sees it on their own pages")
                    .contains("Lasser", "/werkgever/vacatures/" + byPage);

            assertThat(adviser.form("/portefeuille/1/vacatures/" + byPage, pageForm("Lasser TIG"), adviserCsrf)
                    .statusCode()).isEqualTo(302);
            assertThat(employer.get("/werkgever/vacatures/" + byPage).body()).contains("Lasser TIG");
            assertThat(adviser.form("/portefeuille/1/vacatures/" + byPage + "/intrekken", "", adviserCsrf)
                    .headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith(
                    "/portefeuille/1?ingetrokken=" + byPage));
            assertThat(vacancies.byId(byPage)).isEmpty();

            // a colleague's employer, reached by changing the id: nothing changes
            own(2, "accountmanager2");
            long colleagues = jdbc.queryForObject("select min(id) from vacancy where employer_id = 2", Long.class);
            adviser.problem(adviser.json("PUT", "/api/v1/werkgevers/2/vacatures/" + colleagues, description(),
                    adviserCsrf), 404);
            adviser.problem(adviser.json("DELETE", "/api/v1/werkgevers/2/vacatures/" + colleagues, null, adviserCsrf), 404);
            adviser.problem(adviser.json("PUT", "/api/v1/werkgevers/1/vacatures/" + colleagues, description(),
                    adviserCsrf), 404);
            assertThat(adviser.get("/portefeuille/2/vacatures/" + colleagues).statusCode()).isEqualTo(404);
            assertThat(adviser.get("/portefeuille/1/vacatures/" + colleagues).statusCode()).isEqualTo(404);
            assertThat(adviser.form("/portefeuille/2/vacatures/" + colleagues + "/intrekken", "", adviserCsrf)
                    .statusCode()).isEqualTo(404);
            assertThat(adviser.form("/portefeuille/1/vacatures/" + colleagues + "/intrekken", "", adviserCsrf)
                    .statusCode()).isEqualTo(404);
            assertThat(vacancies.byId(colleagues)).isPresent();
        } finally {
            jdbc.update("delete from employer_owner where employer_id in (1, 2)");
        }
    }

    @Test
    void aVacancySaysWhoEnteredItAndWhoLastChangedItToTheEmployerAndTheAdviserOnly() throws Exception {
        jdbc.update("delete from employer_owner where employer_id = 1");
        ApiSession adviser = new ApiSession(port);
        String adviserCsrf = adviser.signIn("accountmanager");
        own(1, "accountmanager");
        try {
            String location = adviser.form("/portefeuille/1/vacatures/nieuw", pageForm("Lasser"), adviserCsrf)
                    .headers().firstValue("Location").orElseThrow();
            long byAdviser = Long.parseLong(location.replaceAll(".*opgeslagen=(\\d+).*", "$1"));
            assertThat(edits(byAdviser)).isEqualTo("accountmanager Fatima el Amrani ACCOUNT_MANAGER entered, not changed");
            assertThat(employer.get("/werkgever/vacatures/" + byAdviser + "?lang=nl").body()).contains("Ingevoerd door",
                    "Fatima el Amrani (accountmanager), ", "Laatst gewijzigd door", "Nog niet gewijzigd");

            assertThat(employer.form("/werkgever/vacatures/" + byAdviser, pageForm("Lasser TIG"), csrf).statusCode())
                    .isEqualTo(302);
            assertThat(edits(byAdviser)).isEqualTo("accountmanager Fatima el Amrani ACCOUNT_MANAGER entered, "
                    + "werkgever Mehmet Yildiz EMPLOYER changed");
            assertThat(adviser.get("/portefeuille/1/vacatures/" + byAdviser + "?lang=en").body()).contains("Entered by",
                    "Fatima el Amrani (account manager), ", "Last changed by", "Mehmet Yildiz (employer), ");

            long byEmployer = JSON.readTree(send(employer, "POST", "/api/v1/werkgevers/1/vacatures", description()).body())
                    .get("id").asLong();
            assertThat(edits(byEmployer)).isEqualTo("werkgever Mehmet Yildiz EMPLOYER entered, not changed");
            assertThat(adviser.json("PUT", "/api/v1/werkgevers/1/vacatures/" + byEmployer, description(), adviserCsrf)
                    .statusCode()).isEqualTo(200);
            assertThat(edits(byEmployer)).isEqualTo("werkgever Mehmet Yildiz EMPLOYER entered, "
                    + "accountmanager Fatima el Amrani ACCOUNT_MANAGER changed");
            assertThat(employer.get("/werkgever/vacatures/" + byEmployer + "?lang=nl").body())
                    .contains("Mehmet Yildiz (werkgever), ", "Fatima el Amrani (accountmanager), ");

            long loaded = jdbc.queryForObject("select min(id) from vacancy where employer_id = 1", Long.class);
            assertThat(employer.get("/werkgever/vacatures/" + loaded + "?lang=nl").body()).as("loaded in bulk")
                    .contains("Ingevoerd door", "Niet bekend", "Nog niet gewijzigd");

            // job seekers and the API's vacancies never say who at the employer or the WSP wrote one
            ApiSession person = new ApiSession(port);
            person.signIn("werkzoekende");
            String lastPage = person.get("/api/v1/vacatures?pageSize=100&page=" + ((vacancies.count() - 1) / 100 + 1))
                    .body();
            assertThat(lastPage).contains("\"id\":" + byEmployer).doesNotContain("Fatima", "Mehmet", "accountmanager");
            assertThat(employer.get("/api/v1/werkgevers/1/vacatures").body()).doesNotContain("Fatima", "Mehmet");
        } finally {
            jdbc.update("delete from employer_owner where employer_id = 1");
        }
    }

    /** Who entered the vacancy and who last changed it, as stored. */
    private String edits(long vacancyId) {
        return jdbc.queryForObject("""
                select concat_ws(' ', entered_by, entered_by_name, entered_as) || ' entered, '
                    || case when changed_at is null then 'not changed'
                            else concat_ws(' ', changed_by, changed_by_name, changed_as) || ' changed' end
                from vacancy where id = ?""", String.class, vacancyId);
    }

    @Test
    void theSearchBoxOffersWhatItFindsAndKeepsOnlyWhatWasChosen() throws Exception {
        String bus = form(employer, "/werkgever/vacatures/nieuw", "actie=zoeken&zoek=bus").body();
        assertThat(bus).contains("gevonden voor „bus”", "name=\"vaardigheid-0\"");
        String first = bus.replaceAll("(?s).*name=\"vaardigheid-0\" value=\"([^\"]+)\".*", "$1");

        String chosen = form(employer, "/werkgever/vacatures/nieuw", "actie=zoeken&zoek=heftruck&vaardigheid-0="
                + URLEncoder.encode(first, StandardCharsets.UTF_8) + "&belang-0=ESSENTIAL&vaardigheid-1=x&belang-1=").body();
        assertThat(chosen).contains("value=\"" + first + "\"", "gevonden voor „heftruck”");
        assertThat(chosen).as("a row not chosen goes with the word that found it").doesNotContain("value=\"x\"");
    }

    @Test
    void aBadVacancyIsRefusedNamingEveryProblemAndNothingIsSaved() throws Exception {
        long before = vacancies.count();
        String bad = """
                {"title": " ", "occupationUri": "http://example.org/x", "requirements": [
                  {"skillUri": "http://example.org/y", "importance": "OPTIONAL"}],
                 "minHours": 40, "maxHours": 20, "postcode4": "12"}""";

        JsonNode problem = employer.problem(send(employer, "POST", "/api/v1/werkgevers/1/vacatures", bad), 400);

        assertThat(problem.get("invalidParams").valueStream().map(p -> p.get("name").asString()))
                .contains("title", "occupationUri", "requirements", "maxHours", "postcode4");
        assertThat(problem.toString()).contains("Markeer ten minste één vaardigheid als essentieel.");
        assertThat(vacancies.count()).isEqualTo(before);

        HttpResponse<String> page = form(employer, "/werkgever/vacatures/nieuw", "actie=opslaan&title=&minHours=abc");
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("Geef de vacature een titel.", "Kies het beroep dat bij deze vacature hoort.",
                "Vul het minimum aantal uren per week in.", "aria-invalid=\"true\"", "href=\"#occupationUri\"",
                "id=\"occupationUri-fout\"");
        assertThat(vacancies.count()).isEqualTo(before);
    }

    @Test
    void thePastedTextSuggestsSkillsAndAnOccupationToConfirm() throws Exception {
        long before = vacancies.count();
        HttpResponse<String> page = form(employer, "/werkgever/vacatures/nieuw",
                "actie=tekst&title=Buschauffeur&text=" + URLEncoder.encode(
                        "Wij zoeken een buschauffeur. Je rijdt met de bus volgens de dienstregeling en helpt reizigers.",
                        StandardCharsets.UTF_8));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("value=\"" + BUS_DRIVER + "\"", "name=\"belang-0\"", "Niet opnemen");
        assertThat(vacancies.count()).as("reading the text saves nothing").isEqualTo(before);
    }

    /** Issue 12, item 1: a text made to hold the server gets no suggestions and says why beside the text. */
    @Test
    void aPastedTextTooCostlyToReadSaysSoBesideTheTextAndSavesNothing() throws Exception {
        long before = vacancies.count();
        HttpResponse<String> page = form(employer, "/werkgever/vacatures/nieuw",
                "actie=tekst&title=Mijnwerker&text=" + URLEncoder.encode(RealEsco.TOO_COSTLY_TEXT, StandardCharsets.UTF_8));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("te bewerkelijk om te lezen", "id=\"text-fout\"");
        assertThat(vacancies.count()).isEqualTo(before);
    }

    @Test
    void theEmployerCorrectsTheirProfileAllOrNothing(@Autowired FindEmployers employers) throws Exception {
        Employer before = employers.byId(1).orElseThrow();

        HttpResponse<String> refused = form(employer, "/werkgever", "sector=MINING&size=HUGE&postcode4=0123");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("Kies een sector uit de lijst.", "Kies een grootte uit de lijst.",
                "Vul de postcode in als vier cijfers");
        assertThat(form(employer, "/werkgever", "sector=CARE&size=SMALL&postcode4=12345").statusCode()).isEqualTo(400);
        assertThat(employers.byId(1)).contains(before);

        try {
            assertThat(form(employer, "/werkgever", "sector=CARE&size=SMALL&postcode4=" + before.postcode4())
                    .statusCode()).isEqualTo(302);
            assertThat(employers.byId(1)).hasValueSatisfying(e -> {
                assertThat(e.sector()).isEqualTo(Sector.CARE);
                assertThat(e.size()).isEqualTo(SizeClass.SMALL);
            });
        } finally {
            form(employer, "/werkgever", "sector=" + before.sector() + "&size=" + before.size() + "&postcode4="
                    + before.postcode4());
        }
    }

    @Test
    void writesNeedTheCsrfToken() throws Exception {
        HttpResponse<String> forged = employer.send(HttpRequest.newBuilder(employer.uri("/api/v1/werkgevers/1/vacatures"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(description())).build());
        assertThat(forged.statusCode()).isEqualTo(403);
    }

    private String description() {
        return JSON.writeValueAsString(VacancyFixture.cutOutFor(people.byId(1).orElseThrow(), BUS_DRIVER));
    }

    /** The intake form as the page sends it when "save" is pressed, for the vacancy cut out for person 1. */
    private String pageForm(String title) {
        return VacancyFixture.intakeForm(VacancyFixture.cutOutFor(people.byId(1).orElseThrow(), BUS_DRIVER), title);
    }

    /** Gives the employer to an account manager of the WSP, as their claim would. */
    private void own(long employerId, String accountManager) {
        jdbc.update("""
                insert into employer_owner (employer_id, account_manager, owner_name, organisation_id)
                values (?, ?, ?, 'wsp-lindeveen')""", employerId, accountManager, accountManager);
    }

    private long otherEmployersVacancy() {
        return jdbc.queryForObject("select min(id) from vacancy where employer_id <> 1", Long.class);
    }

    private HttpResponse<String> send(ApiSession session, String method, String path, String json) throws Exception {
        return session.json(method, path, json, csrf);
    }

    private HttpResponse<String> form(ApiSession session, String path, String body) throws Exception {
        return session.form(path, body, csrf);
    }
}
