package nl.werkmotor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.werkmotor.ApiSession;
import nl.werkmotor.WerkmotorTest;
import nl.werkmotor.taxonomy.RealEsco;
import tools.jackson.databind.JsonNode;

/**
 * The published OpenAPI document, linted with both published rulesets of the NL API Design Rules
 * (Spectral, installed by the build from src/test/apilint; the rulesets from ../shared/standards).
 */
@WerkmotorTest
class ApiDocumentIT {

    @LocalServerPort
    int port;

    @Test
    void theApiDescribesItselfAfterTheDesignRules() throws Exception {
        ApiSession api = new ApiSession(port);
        HttpResponse<String> response = api.send(HttpRequest.newBuilder(api.uri("/api/v1/openapi.json"))
                .header("Origin", "https://elders.example").build());

        JsonNode document = api.ok(response);
        assertThat(response.headers().firstValue("API-Version")).contains("1.0.0");
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).contains("*");
        assertThat(document.get("openapi").asString()).startsWith("3.");
        assertThat(document.get("servers").get(0).get("url").asString()).endsWith("/api/v1");
        assertThat(document.get("paths").propertyNames()).contains("/mijn-profiel", "/mijn-profiel/export");
        assertThat(document.get("paths").propertyNames()).contains("/openapi.json", "/beroepen", "/beroepen/{id}",
                "/vaardigheden", "/beroepssuggesties", "/vacatures/{id}/kandidaten");
        assertThat(document.get("paths").get("/vacatures/{id}/kandidaten").get("get").get("description").asString())
                .as("who gets which candidates").contains("eigen caseload", "pseudoniem", "never a person id");
        // issue 12, a leftover of item 9: the caseload is searched by name in the body, never in the query string
        assertThat(document.get("paths").get("/kandidaten/_zoek").get("post").get("requestBody")).isNotNull();
        assertThat(document.get("paths").get("/kandidaten").get("get").get("parameters").valueStream()
                .map(p -> p.get("name").asString())).contains("doelgroep").doesNotContain("naam");
        assertThat(document.get("paths").get("/kandidaten").get("get").get("description").asString())
                .contains("POST /kandidaten/_zoek");
        JsonNode search = document.get("paths").get("/beroepen").get("get").get("responses");
        assertThat(search.get("200").get("headers").has("API-Version")).isTrue();
        assertThat(search.get("400").get("content").has("application/problem+json")).isTrue();
        JsonNode recognition = document.get("paths").get("/tekstherkenning").get("post").get("responses");
        assertThat(recognition.propertyNames()).contains("200", "400", "429");
        assertThat(recognition.get("429").get("headers").has("Retry-After")).isTrue();
        assertThat(recognition.get("429").get("content").has("application/problem+json")).isTrue();

        Path written = Files.writeString(Path.of("target/openapi.json"), response.body(), StandardCharsets.UTF_8);
        for (String ruleset : List.of("adr-2.2.0-linter.yaml", "adr-2.1.0-spectral.yml")) {
            assertThat(spectral(written, RealEsco.sharedData().resolveSibling("standards/adr-ruleset").resolve(ruleset)))
                    .as(ruleset).containsAnyOf("No results with a severity of 'error' found", "(0 errors");
        }
    }

    /** Spectral's report, after asserting it exited 0 (no error-level results). */
    private static String spectral(Path document, Path ruleset) throws Exception {
        Path spectral = Path.of("target/apilint/node_modules/.bin/spectral");
        assertThat(spectral).as("Spectral, installed by the build (npm ci in target/apilint)").isExecutable();
        Process lint = new ProcessBuilder(spectral.toString(), "lint", "--fail-severity", "error", "-r",
                ruleset.toString(), document.toString()).redirectErrorStream(true).start();
        String report = new String(lint.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(lint.waitFor()).as(report).isZero();
        return report;
    }
}
