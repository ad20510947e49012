package nl.werkmotor.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import nl.werkmotor.WerkmotorTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

@WerkmotorTest
class TaxonomyApiIT {

    @LocalServerPort
    int port;
    @Autowired
    ImportingTaxonomy importing;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper json;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void importEsco() {
        RealEsco.ensureImported(importing, jdbc);
    }

    @Test
    void answersAnOccupationInDutchByDefault() throws Exception {
        HttpResponse<String> response = get("/api/v1/beroepen/" + RealEsco.BUS_DRIVER);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(response.headers().firstValue("API-Version")).contains("1.0.0");
        JsonNode body = json.readTree(response.body());
        assertThat(body.get("label").get("text").asString()).isEqualTo("buschauffeur");
        assertThat(body.get("label").get("fallback").asBoolean()).isFalse();
        assertThat(body.get("iscoGroup").get("code").asString()).isEqualTo("8331");
        assertThat(body.get("essentialSkills").size()).isPositive();
    }

    @Test
    void answersInEnglishWhenAsked() throws Exception {
        JsonNode body = json.readTree(get("/api/v1/beroepen/" + RealEsco.BUS_DRIVER + "?taal=en").body());

        assertThat(body.get("label").get("text").asString()).isEqualTo("bus driver");
        assertThat(body.get("label").get("lang").asString()).isEqualTo("en");
    }

    @Test
    void answersASkillWithItsOccupations() throws Exception {
        HttpResponse<String> response = get("/api/v1/vaardigheden/21d2f96d-35f7-4e3f-9745-c533d2dd6e97");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = json.readTree(response.body());
        assertThat(body.get("label").get("text").asString()).isEqualTo("computerprogrammering");
        assertThat(body.get("broaderPaths").size()).isPositive();
        assertThat(body.get("essentialFor").size()).isPositive();
    }

    @Test
    void answersAnUnknownIdWithADutchProblem() throws Exception {
        for (String path : new String[] {"/api/v1/beroepen/", "/api/v1/vaardigheden/"}) {
            HttpResponse<String> response = get(path + "00000000-0000-0000-0000-000000000000");

            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
            JsonNode problem = json.readTree(response.body());
            assertThat(problem.get("status").asInt()).isEqualTo(404);
            assertThat(problem.get("title").asString()).contains("niet gevonden");
            assertThat(problem.get("detail").asString()).contains("Er is geen");
        }
    }

    @Test
    void answersAMalformedIdOrLanguageWithBadRequest() throws Exception {
        for (String path : new String[] {"/api/v1/beroepen/not-a-uuid", "/api/v1/vaardigheden/1-2-3-4-5",
                "/api/v1/beroepen/" + RealEsco.BUS_DRIVER + "?taal=fr"}) {
            HttpResponse<String> response = get(path);

            assertThat(response.statusCode()).as(path).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
            assertThat(json.readTree(response.body()).get("title").asString()).startsWith("Ongeldig");
        }
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
