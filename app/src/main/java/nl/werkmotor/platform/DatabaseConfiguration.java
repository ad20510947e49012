package nl.werkmotor.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One PostgreSQL dialect everywhere: the configured server when {@code WERKMOTOR_DB_URL} is set,
 * otherwise a real embedded PostgreSQL in the local data folder (development, commands, tests).
 * Production mode never gets here without a configured one ({@link ProductionReadiness}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DatabaseProperties.class)
class DatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(DatabaseProperties properties) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("werkmotor");
        config.setMaximumPoolSize(properties.poolSize());
        if (properties.isConfigured()) {
            config.setJdbcUrl(properties.url());
            config.setUsername(properties.user());
            config.setPassword(properties.password());
            return new HikariDataSource(config);
        }
        EmbeddedPostgres postgres = startEmbedded(properties);
        config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        config.setUsername("postgres");
        return new EmbeddedBackedDataSource(config, postgres);
    }

    private static EmbeddedPostgres startEmbedded(DatabaseProperties properties) {
        Path dir = properties.embeddedDirectory();
        try {
            Files.createDirectories(dir.getParent());
            log.info("Starting embedded PostgreSQL in {}", dir.toAbsolutePath());
            return EmbeddedPostgres.builder()
                    .setDataDirectory(dir)
                    .setCleanDataDirectory(properties.cleanEmbedded())
                    .start();
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("Could not start the embedded PostgreSQL in " + dir.toAbsolutePath()
                    + " (is another Werkmotor process using this data folder? Set WERKMOTOR_DATA_DIR to use another): "
                    + e.getMessage(), e);
        }
    }

    /** Closes the pool first, then stops the embedded server it points at. */
    static final class EmbeddedBackedDataSource extends HikariDataSource {
        private final EmbeddedPostgres postgres;

        EmbeddedBackedDataSource(HikariConfig config, EmbeddedPostgres postgres) {
            super(config);
            this.postgres = postgres;
        }

        @Override
        public void close() {
            super.close();
            try {
                postgres.close();
            } catch (IOException e) {
                log.warn("Embedded PostgreSQL did not stop cleanly: {}", e.getMessage());
            }
        }
    }

}
