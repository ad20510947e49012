package nl.werkmotor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.werkmotor.ApiSession;
import nl.werkmotor.WerkmotorTest;
import tools.jackson.databind.JsonNode;

/** Every error under /api is problem+json with Dutch and English, the API version, and no stack trace. */
@WerkmotorTest
class ApiErrorsIT {

    private static final String UNKNOWN_OCCUPATION = "/api/v1/beroepen/00000000-0000-0000-0000-000000000000";

    private ApiSession api;

    @BeforeEach
    void session(@LocalServerPort int port) {
        api = new ApiSession(port);
    }

    @Test
    void anUnknownConceptIsA404InDutchAndEnglish() throws Exception {
        JsonNode problem = api.problem(api.get(UNKNOWN_OCCUPATION), 404);

        assertThat(problem.get("title").asString()).isEqualTo("Beroep niet gevonden");
        assertThat(problem.get("detail").asString()).startsWith("Er is geen beroep met id");
        assertThat(problem.get("message").get("nl").asString()).isEqualTo(problem.get("detail").asString());
        assertThat(problem.get("message").get("en").asString()).startsWith("There is no occupation with id");
        assertThat(problem.get("instance").asString()).isEqualTo(UNKNOWN_OCCUPATION);
    }

    @Test
    void aBadRequestNamesEveryInvalidParameter() throws Exception {
        JsonNode problem = api.problem(api.get("/api/v1/vaardigheden/1-2-3-4-5?taal=fr"), 400);

        assertThat(problem.get("title").asString()).isEqualTo("Ongeldig verzoek");
        assertThat(problem.get("invalidParams").valueStream().map(p -> p.get("name").asString()))
                .containsExactly("id", "taal");
        JsonNode taal = problem.get("invalidParams").get(1);
        assertThat(taal.get("reason").asString()).isEqualTo("taal moet 'nl' of 'en' zijn, niet 'fr'.");
        assertThat(taal.get("message").get("en").asString()).isEqualTo("taal must be 'nl' or 'en', not 'fr'.");
    }

    @Test
    void anUnknownPathIsA404() throws Exception {
        JsonNode problem = api.problem(api.get("/api/v1/beroepen/" + "00000000-0000-0000-0000-000000000000/onbekend"), 404);

        assertThat(problem.get("title").asString()).isEqualTo("Niet gevonden");
        assertThat(problem.get("message").get("en").asString()).isNotBlank();
    }

    @Test
    void aBrowserAskingForHtmlStillGetsProblemJson() throws Exception {
        api.problem(api.send(HttpRequest.newBuilder(api.uri(UNKNOWN_OCCUPATION)).header("Accept", "text/html").build()), 404);
    }

    @Test
    void anonymousCallsToTheRestOfTheApiAre401NotALoginForm() throws Exception {
        HttpResponse<String> response = api.get("/api/v1/mensen");

        assertThat(api.problem(response, 401).get("title").asString()).isEqualTo("Niet ingelogd");
        assertThat(response.headers().firstValue("Set-Cookie")).as("no session for an API call").isEmpty();
    }

    @Test
    void aWrongMethodIsA405() throws Exception {
        String csrf = api.signIn("werkzoekende");

        HttpResponse<String> response = api.send(HttpRequest.newBuilder(api.uri(UNKNOWN_OCCUPATION))
                .header("X-CSRF-TOKEN", csrf).DELETE().build());

        assertThat(api.problem(response, 405).get("title").asString()).isEqualTo("Methode niet toegestaan");
    }

    @Test
    void aWriteWithoutCsrfTokenIsA403() throws Exception {
        api.signIn("werkgever");

        HttpResponse<String> response = api.send(HttpRequest.newBuilder(api.uri(UNKNOWN_OCCUPATION)).DELETE().build());

        assertThat(api.problem(response, 403).get("title").asString()).isEqualTo("Geen toegang");
    }

    /** Issue 12, item 9: the limit looked at the raw path, so "/%61pi/v1/..." (the same path) went unchecked. */
    @Test
    void anEncodedPathIsLimitedAsThePathItNames() throws Exception {
        String body = "{\"tekst\": \"" + "a".repeat(300 * 1024) + "\", \"taal\": \"nl\"}";

        HttpResponse<String> response = api.send(HttpRequest.newBuilder(api.uri("/%61pi/v1/tekstherkenning"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build());

        assertThat(api.problem(response, 413).get("title").asString()).isEqualTo("Verzoek te groot");
    }

    /** A body without a length is counted as it is read: refused once it is too large, answered when it is not. */
    @Test
    void aChunkedBodyIsCountedAsItIsRead() throws Exception {
        HttpResponse<String> large = chunked("{\"tekst\": \"" + "a".repeat(300 * 1024) + "\"}");
        HttpResponse<String> small = chunked("{\"tekst\": \"heftruckchauffeur\"}");

        assertThat(api.problem(large, 413).get("message").get("en").asString())
                .isEqualTo("An API request is at most 256 kB.");
        assertThat(small.statusCode()).as(small.body()).isEqualTo(200);
    }

    /**
     * Inside the size limit, JSON is bounded too (Jackson's read constraints): nesting, long numbers and long
     * strings are refused even where the request would ignore them (an unknown field).
     */
    @Test
    void deeplyNestedOrOverlongJsonIsA400() throws Exception {
        String deep = "[".repeat(40) + "]".repeat(40);
        for (String extra : List.of(deep, "1" + "0".repeat(500), "\"" + "a".repeat(150_000) + "\"")) {
            HttpResponse<String> response = textRecognition("{\"tekst\": \"heftruckchauffeur\", \"extra\": " + extra + "}");

            assertThat(api.problem(response, 400).get("title").asString()).isEqualTo("Ongeldig verzoek");
        }
        String shallow = "[".repeat(5) + "]".repeat(5);
        assertThat(textRecognition("{\"tekst\": \"heftruckchauffeur\", \"extra\": " + shallow + "}").statusCode())
                .as("what a request really nests").isEqualTo(200);
    }

    private HttpResponse<String> textRecognition(String body) throws Exception {
        return api.send(HttpRequest.newBuilder(api.uri("/api/v1/tekstherkenning"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private HttpResponse<String> chunked(String body) throws Exception {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return api.send(HttpRequest.newBuilder(api.uri("/api/v1/tekstherkenning")).version(HttpClient.Version.HTTP_1_1)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes))).build());
    }

    @Test
    void aTooLargeBodyIsRefusedBeforeItIsRead() throws Exception {
        String body = "{\"tekst\": \"" + "a".repeat(300 * 1024) + "\", \"taal\": \"nl\"}";

        HttpResponse<String> response = api.send(HttpRequest.newBuilder(api.uri("/api/v1/tekstherkenning"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build());

        JsonNode problem = api.problem(response, 413);
        assertThat(problem.get("title").asString()).isEqualTo("Verzoek te groot");
        assertThat(problem.get("message").get("en").asString()).isEqualTo("An API request is at most 256 kB.");
    }
}
