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
import nl.werkmotor.vacancies.FindVacancies;
import nl.werkmotor.vacancies.VacancyFixture;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An employer's pages and API: their own employer only, vacancies checked as a whole before anything is
 * saved, another employer's ids answered as if they did not exist.
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
                "Vul het minimum aantal uren per week in.", "aria-invalid=\"true\"");
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
