package nl.werkmotor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.werkmotor.WerkmotorTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** Every error under /api is problem+json with Dutch and English, the API version, and no stack trace. */
@WerkmotorTest
class ApiErrorsIT {

    private static final String UNKNOWN_OCCUPATION = "/api/v1/beroepen/00000000-0000-0000-0000-000000000000";
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;
    @Autowired
    ObjectMapper json;

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    @Test
    void anUnknownConceptIsA404InDutchAndEnglish() throws Exception {
        JsonNode problem = problem(send(get(UNKNOWN_OCCUPATION)), 404);

        assertThat(problem.get("title").asString()).isEqualTo("Beroep niet gevonden");
        assertThat(problem.get("detail").asString()).startsWith("Er is geen beroep met id");
        assertThat(problem.get("message").get("nl").asString()).isEqualTo(problem.get("detail").asString());
        assertThat(problem.get("message").get("en").asString()).startsWith("There is no occupation with id");
        assertThat(problem.get("instance").asString()).isEqualTo(UNKNOWN_OCCUPATION);
    }

    @Test
    void aBadRequestNamesEveryInvalidParameter() throws Exception {
        JsonNode problem = problem(send(get("/api/v1/vaardigheden/1-2-3-4-5?taal=fr")), 400);

        assertThat(problem.get("title").asString()).isEqualTo("Ongeldig verzoek");
        assertThat(problem.get("invalidParams").valueStream().map(p -> p.get("name").asString()))
                .containsExactly("id", "taal");
        JsonNode taal = problem.get("invalidParams").get(1);
        assertThat(taal.get("reason").asString()).isEqualTo("taal moet 'nl' of 'en' zijn, niet 'fr'.");
        assertThat(taal.get("message").get("en").asString()).isEqualTo("taal must be 'nl' or 'en', not 'fr'.");
    }

    @Test
    void anUnknownPathIsA404() throws Exception {
        JsonNode problem = problem(send(get("/api/v1/beroepen/" + "00000000-0000-0000-0000-000000000000/onbekend")), 404);

        assertThat(problem.get("title").asString()).isEqualTo("Niet gevonden");
        assertThat(problem.get("message").get("en").asString()).isNotBlank();
    }

    @Test
    void aBrowserAskingForHtmlStillGetsProblemJson() throws Exception {
        problem(send(HttpRequest.newBuilder(uri(UNKNOWN_OCCUPATION)).header("Accept", "text/html").build()), 404);
    }

    @Test
    void anonymousCallsToTheRestOfTheApiAre401NotALoginForm() throws Exception {
        HttpResponse<String> response = send(get("/api/v1/mensen"));

        assertThat(problem(response, 401).get("title").asString()).isEqualTo("Niet ingelogd");
        assertThat(response.headers().firstValue("Set-Cookie")).as("no session for an API call").isEmpty();
    }

    @Test
    void aWrongMethodIsA405() throws Exception {
        String csrf = signIn("werkzoekende");

        HttpResponse<String> response = send(HttpRequest.newBuilder(uri(UNKNOWN_OCCUPATION))
                .header("X-CSRF-TOKEN", csrf).DELETE().build());

        assertThat(problem(response, 405).get("title").asString()).isEqualTo("Methode niet toegestaan");
    }

    @Test
    void aWriteWithoutCsrfTokenIsA403() throws Exception {
        signIn("werkgever");

        HttpResponse<String> response = send(HttpRequest.newBuilder(uri(UNKNOWN_OCCUPATION)).DELETE().build());

        assertThat(problem(response, 403).get("title").asString()).isEqualTo("Geen toegang");
    }

    /** Signs in through the login form; returns a CSRF token for the session. */
    private String signIn(String username) throws Exception {
        String token = csrfToken();
        String form = "username=" + username + "&password=demo&_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
        HttpResponse<String> login = send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        assertThat(login.headers().allValues("Set-Cookie")).anySatisfy(
                cookie -> assertThat(cookie).startsWith("JSESSIONID=").contains("HttpOnly", "SameSite=Lax"));
        return csrfToken(); // the token changes with the login
    }

    private String csrfToken() throws Exception {
        Matcher field = CSRF_FIELD.matcher(send(get("/login")).body());
        assertThat(field.find()).isTrue();
        return field.group(1);
    }

    private JsonNode problem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.headers().firstValue("API-Version")).contains("1.0.0");
        assertThat(response.body()).doesNotContain("Exception", "\tat ", "trace");
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("message").get("nl").asString()).isNotBlank();
        return problem;
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(uri(path)).build();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
