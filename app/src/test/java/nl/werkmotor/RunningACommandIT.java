package nl.werkmotor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import nl.werkmotor.places.TinyPlaces;

/**
 * Commands as {@code bin/werkmotor} runs them: the same application started without a web server
 * (profile {@code command}). Every bean that needs a servlet container must stay out of this start.
 */
class RunningACommandIT {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void ownDataFolder() {
        System.setProperty("werkmotor.db.data-dir", "target/command-db/" + UUID.randomUUID());
    }

    @AfterEach
    void clear() {
        System.clearProperty("werkmotor.db.data-dir");
    }

    @Test
    void commandsStartWithoutAWebServerAndKeepTheirDataBetweenRuns(@TempDir Path dir) throws Exception {
        Path places = new TinyPlaces().writeTo(dir);

        assertThat(run("import-places", places.toString())).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("arbeidsmarktregio");

        assertThat(run("demo-data")).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("import it first with 'werkmotor import-taxonomy'")
                .doesNotContain("APPLICATION FAILED TO START", "\tat ");

        Path profiles = Files.writeString(dir.resolve("profiles.jsonl"), "{\"id\": \"p\", \"skills\": []}\n");
        assertThat(run("suggest-occupations", "--in", profiles.toString(), "--out", dir.resolve("out.tsv").toString()))
                .isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("there is no taxonomy yet");
    }

    @Test
    void demoDataRefusesWhereTheSettingsAreProductions() throws Exception {
        // production's settings: a database of its own (the embedded folder stays unused) and an OIDC login
        try (EmbeddedPostgres database = EmbeddedPostgres.builder()
                .setDataDirectory(Path.of("target/test-db/production-command-" + UUID.randomUUID()))
                .setCleanDataDirectory(true).start()) {
            Map<String, String> production = Map.of("werkmotor.db.url", database.getJdbcUrl("postgres", "postgres"),
                    "werkmotor.db.user", "postgres", "werkmotor.db.password", "-",
                    "werkmotor.oidc.issuer-uri", "https://login.example.nl/realms/werkmotor",
                    "werkmotor.oidc.client-id", "werkmotor", "werkmotor.oidc.client-secret", "geheim");
            production.forEach(System::setProperty);
            try {
                assertThat(run("demo-data")).isEqualTo(1);
            } finally {
                production.keySet().forEach(System::clearProperty);
            }
        }
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("geweigerd, deze omgeving is ingesteld als productie", "refused, this environment is set up as production")
                .doesNotContain("taxonomy", "\tat ");
    }

    private int run(String... args) {
        return Werkmotor.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }
}
