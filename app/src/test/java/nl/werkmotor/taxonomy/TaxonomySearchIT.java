package nl.werkmotor.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import nl.werkmotor.WerkmotorTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** Type-ahead search on the real ESCO v1.1.1 with its Dutch labels and crosswalk titles. */
@WerkmotorTest
class TaxonomySearchIT {

    static final String OCCUPATION = "http://data.europa.eu/esco/occupation/";
    static final String SKILL = "http://data.europa.eu/esco/skill/";
    static final String BUS_DRIVER = OCCUPATION + RealEsco.BUS_DRIVER;
    static final String FORKLIFT_OPERATOR = OCCUPATION + "eeac6251-1974-42f5-91ed-513c6c883755";
    static final String OPERATE_FORKLIFT = SKILL + "28cb374e-6261-4133-8371-f9a5470145da";
    static final String HEALTHCARE_ASSISTANT = OCCUPATION + "d38c2107-98f2-47b7-8bb4-f69750d51082";
    static final String NURSE_ASSISTANT = OCCUPATION + "87d0795a-d41f-47ee-979f-0ab7d73836e7";
    static final String TECHNICAL_DIRECTOR = OCCUPATION + "00030d09-2b3a-4efd-87cc-c4ea39d27c34";

    @LocalServerPort
    int port;
    @Autowired
    ImportingTaxonomy importing;
    @Autowired
    SearchingTaxonomy searching;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper json;
    @TempDir
    Path tmp;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void importEsco() {
        RealEsco.ensureImported(importing, jdbc);
    }

    @Test
    void findsTheBusDriverByItsDutchName() {
        List<TaxonomySearchHit> hits = occupations("buschauffeur", Language.NL);

        assertThat(top(3, hits)).contains(BUS_DRIVER);
        TaxonomySearchHit bus = hits.stream().filter(h -> h.uri().equals(BUS_DRIVER)).findFirst().orElseThrow();
        assertThat(bus.id()).isEqualTo(RealEsco.BUS_DRIVER);
        assertThat(bus.label()).isEqualTo(new Label("buschauffeur", "nl", false));
        assertThat(bus.matched().text()).isEqualToIgnoringCase("buschauffeur");
    }

    @Test
    void findsTheBusDriverWhileItIsTyped() {
        assertThat(uris(occupations("buschauf", Language.NL))).contains(BUS_DRIVER);
        assertThat(uris(occupations("bus dri", Language.EN)).getFirst()).isEqualTo(BUS_DRIVER);
    }

    @Test
    void findsTheBusDriverInEnglish() {
        List<TaxonomySearchHit> hits = occupations("bus driver", Language.EN);

        assertThat(hits.getFirst().uri()).isEqualTo(BUS_DRIVER);
        assertThat(hits.getFirst().label()).isEqualTo(new Label("bus driver", "en", false));
        assertThat(hits.getFirst().matched()).isEqualTo(new TaxonomySearchHit.MatchedLabel("bus driver", "en", "preferred"));
    }

    @Test
    void findsForkliftOccupationsAndSkillsByTheDutchWordInsideCompounds() {
        assertThat(top(3, occupations("heftruck", Language.NL))).contains(FORKLIFT_OPERATOR);
        assertThat(top(3, skills("heftruck", Language.NL))).contains(OPERATE_FORKLIFT);
        assertThat(uris(occupations("heftruckchauffeur", Language.NL)).getFirst()).isEqualTo(FORKLIFT_OPERATOR);
    }

    @Test
    void findsCareOccupationsByADutchWordForm() {
        for (String typed : List.of("verzorgende", "Verzorgenden", "VERZORGENDE ")) {
            assertThat(top(5, occupations(typed, Language.NL))).as(typed)
                    .contains(HEALTHCARE_ASSISTANT, NURSE_ASSISTANT);
        }
    }

    @Test
    void ignoresCaseAndAccents() {
        for (String typed : List.of("inspiciënt", "INSPICIENT", "Inspicient")) {
            assertThat(uris(occupations(typed, Language.NL)).getFirst()).as(typed).isEqualTo(TECHNICAL_DIRECTOR);
        }
    }

    @Test
    void marksTheEnglishFallbackOfASkillWithoutADutchLabel() {
        List<TaxonomySearchHit> hits = skills("manage musical staff", Language.NL);

        assertThat(hits.getFirst().label()).isEqualTo(new Label("manage musical staff", "en", true));
    }

    @Test
    void searchesOverHttp() throws Exception {
        HttpResponse<String> response = get("/api/v1/beroepen?zoek=" + URLEncoder.encode("buschauffeur", StandardCharsets.UTF_8)
                + "&taal=nl&pageSize=3");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = json.readTree(response.body());
        assertThat(body.isArray()).isTrue();
        assertThat(body.size()).isLessThanOrEqualTo(3);
        assertThat(body.valueStream().map(hit -> hit.get("uri").asString())).contains(BUS_DRIVER);
        JsonNode first = body.get(0);
        assertThat(first.has("id")).isTrue();
        assertThat(first.get("label").has("fallback")).isTrue();
        assertThat(first.get("matched").get("type").asString()).isNotBlank();

        JsonNode skills = json.readTree(get("/api/v1/vaardigheden?zoek=heftruck").body());
        assertThat(skills.valueStream().map(hit -> hit.get("uri").asString())).contains(OPERATE_FORKLIFT);
    }

    @Test
    void refusesBadQuestionsWithAClearMessage() throws Exception {
        for (String query : List.of("/api/v1/beroepen", "/api/v1/beroepen?zoek=", "/api/v1/vaardigheden?zoek=%20",
                "/api/v1/beroepen?zoek=bus&pageSize=0", "/api/v1/beroepen?zoek=bus&pageSize=101",
                "/api/v1/vaardigheden?zoek=bus&pageSize=tien", "/api/v1/beroepen?zoek=bus&taal=fr",
                "/api/v1/beroepen?zoek=" + "a".repeat(201))) {
            HttpResponse<String> response = get(query);

            assertThat(response.statusCode()).as(query).isEqualTo(400);
            JsonNode problem = json.readTree(response.body());
            assertThat(problem.get("title").asString()).as(query).startsWith("Ongeldig");
            assertThat(problem.get("invalidParams").valueStream().map(p -> p.get("name").asString())).as(query)
                    .containsAnyOf("zoek", "pageSize", "taal");
            assertThat(problem.get("invalidParams").get(0).get("reason").asString()).as(query)
                    .startsWith(problem.get("invalidParams").get(0).get("name").asString());
        }
    }

    @Test
    void seesANewTaxonomyRightAfterItsImport() throws Exception {
        assertThat(uris(occupations("buschauffeur", Language.NL))).contains(BUS_DRIVER);
        try {
            Path tiny = new TinyEscoPackage().writeTo(tmp.resolve("esco-v0.0.1-en"));
            importing.importTaxonomy(new ImportTaxonomyCommand(List.of(tiny)));

            assertThat(uris(occupations("buschauffeur", Language.NL))).containsExactly(TinyEscoPackage.BUS_DRIVER);
            assertThat(uris(occupations("touringcarchauffeur", Language.NL))).containsExactly(TinyEscoPackage.BUS_DRIVER);
            assertThat(uris(occupations("heftruck", Language.NL))).isEmpty();
        } finally {
            RealEsco.ensureImported(importing, jdbc);
        }
        assertThat(uris(occupations("heftruck", Language.NL))).contains(FORKLIFT_OPERATOR);
    }

    private List<TaxonomySearchHit> occupations(String text, Language language) {
        return searching.search(new TaxonomySearch(text, TaxonomySearch.Concepts.OCCUPATIONS, language, 10));
    }

    private List<TaxonomySearchHit> skills(String text, Language language) {
        return searching.search(new TaxonomySearch(text, TaxonomySearch.Concepts.SKILLS, language, 10));
    }

    private static List<String> top(int n, List<TaxonomySearchHit> hits) {
        return uris(hits.subList(0, Math.min(n, hits.size())));
    }

    private static List<String> uris(List<TaxonomySearchHit> hits) {
        return hits.stream().map(TaxonomySearchHit::uri).toList();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
