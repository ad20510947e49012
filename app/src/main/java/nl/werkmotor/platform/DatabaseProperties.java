package nl.werkmotor.platform;

import java.nio.file.Path;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Database settings, bound from {@code werkmotor.db.*} (environment: {@code WERKMOTOR_DB_URL},
 * {@code WERKMOTOR_DB_USER}, {@code WERKMOTOR_DB_PASSWORD}) and {@code werkmotor.data-dir}
 * ({@code WERKMOTOR_DATA_DIR}) for the embedded database.
 */
@ConfigurationProperties("werkmotor.db")
record DatabaseProperties(
        String url,
        String user,
        String password,
        @DefaultValue("10") int poolSize,
        @DefaultValue("data") Path dataDir,
        @DefaultValue("false") boolean cleanEmbedded) {

    static final List<String> REQUIRED_IN_PRODUCTION =
            List.of("WERKMOTOR_DB_URL / werkmotor.db.url (for example jdbc:postgresql://db.example:5432/werkmotor)",
                    "WERKMOTOR_DB_USER / werkmotor.db.user",
                    "WERKMOTOR_DB_PASSWORD / werkmotor.db.password");

    boolean isConfigured() {
        return url != null && !url.isBlank();
    }

    Path embeddedDirectory() {
        return dataDir.resolve("postgres");
    }
}
