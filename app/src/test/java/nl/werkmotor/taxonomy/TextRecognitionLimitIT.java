package nl.werkmotor.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import nl.werkmotor.ApiSession;
import nl.werkmotor.WerkmotorTest;
import tools.jackson.databind.JsonNode;

/**
 * Issue 12, item 1: the public text recognition answers each client address a limited number of times per
 * window, then 429 with Retry-After; behind the reverse proxy (forwarded headers as production reads them)
 * each client counts for itself, not the proxy for all. (A context of its own, with a limit of three.)
 */
@WerkmotorTest
@TestPropertySource(properties = {"werkmotor.text-recognition.max-requests-per-address=3",
        "server.forward-headers-strategy=native"})
class TextRecognitionLimitIT {

    private static final String CLIENT = "203.0.113.7";
    private static final String OTHER_CLIENT = "198.51.100.9";

    private ApiSession api;

    @BeforeEach
    void session(@LocalServerPort int port) {
        api = new ApiSession(port);
    }

    @Test
    void aClientAddressIsAnsweredAFewTimesAMinuteThenToldToWait() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(recognize("/api/v1/tekstherkenning", CLIENT).statusCode()).isEqualTo(200);
        }

        HttpResponse<String> refused = recognize("/%61pi/v1/tekstherkenning", CLIENT); // the same path, encoded

        JsonNode problem = api.problem(refused, 429);
        assertThat(problem.get("title").asString()).isEqualTo("Te veel verzoeken");
        assertThat(problem.get("message").get("en").asString()).contains("Retry-After");
        assertThat(refused.headers().firstValue("Retry-After")).hasValueSatisfying(
                seconds -> assertThat(Integer.parseInt(seconds)).isBetween(1, 60));
        assertThat(recognize("/api/v1/tekstherkenning", OTHER_CLIENT).statusCode())
                .as("another client behind the same proxy").isEqualTo(200);
    }

    private HttpResponse<String> recognize(String path, String client) throws Exception {
        return api.send(HttpRequest.newBuilder(api.uri(path)).header("Content-Type", "application/json")
                .header("X-Forwarded-For", client)
                .POST(HttpRequest.BodyPublishers.ofString("{\"tekst\": \"heftruckchauffeur\"}")).build());
    }
}
