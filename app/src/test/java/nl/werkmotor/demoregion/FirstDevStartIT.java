package nl.werkmotor.demoregion;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import nl.werkmotor.WerkmotorTest;
import nl.werkmotor.places.TinyPlaces;
import nl.werkmotor.taxonomy.TinyEscoPackage;

/**
 * {@code serve --dev} on an empty database, with a development data folder holding a tiny ESCO
 * package and tiny places files: the first start fills it, a later one leaves it alone.
 */
@WerkmotorTest
@ActiveProfiles({"test", "dev"})
class FirstDevStartIT {

    private static final Path DATA = developmentData();

    @DynamicPropertySource
    static void developmentDataFolder(DynamicPropertyRegistry registry) {
        registry.add("werkmotor.taxonomy.default-source", DATA::toString);
    }

    @Autowired
    FirstDevStart firstStart;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theFirstStartImportedTaxonomyAndPlacesAndGeneratedTheSmallRegion() {
        assertThat(count("occupation")).isEqualTo(2);
        assertThat(count("postcode4")).isEqualTo(4);
        assertThat(count("person")).isEqualTo(GenerateDemoRegionCommand.SMALL);
        assertThat(count("employer")).isPositive();
        assertThat(count("vacancy")).isPositive();
        assertThat(count("learning_offer")).isPositive();
        assertThat(jdbc.queryForObject("select count(*) from person where postcode4 not in ('2991', '3011', '3012')",
                Long.class)).as("people outside Rijnmond").isZero();
    }

    /** Issue 13, item 5: the demo stories and advice are written when the application is ready, after the region. */
    @Test
    void theDemoStoriesAndAdviceAreWrittenAfterTheRegionSoTheyNameItsPartners() {
        assertThat(count("partner")).as("the region's partners").isPositive();
        assertThat(jdbc.queryForObject("select count(*) from story where organisation_id is not null", Long.class))
                .as("a story names a partner only if the partners existed when it was written").isPositive();
        assertThat(jdbc.queryForObject("select count(*) from story where status = 'DRAFT'", Long.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from steering_advice"
                + " where organisation_id = 'arbeidsmarktregio-lindeveen'", Long.class)).isEqualTo(2);
    }

    @Test
    void aLaterStartKeepsTheDataAndDoesNothing() {
        jdbc.update("update person set first_name = 'Kept' where id = 1");
        long imports = count("taxonomy_import");

        assertThat(firstStart.prepare()).isFalse();

        assertThat(jdbc.queryForObject("select first_name from person where id = 1", String.class)).isEqualTo("Kept");
        assertThat(count("taxonomy_import")).isEqualTo(imports);
        assertThat(count("places_import")).isEqualTo(1);
    }

    private long count(String table) {
        Long count = jdbc.queryForObject("select count(*) from " + table, Long.class);
        return count == null ? 0 : count;
    }

    private static Path developmentData() {
        try {
            Path dir = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "dev-data"); // cleaned with target
            new TinyEscoPackage().writeTo(dir.resolve("esco-v9.9.9-en"));
            return new TinyPlaces().writeTo(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
