package nl.werkmotor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

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
