package nl.werkmotor.taxonomy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The real ESCO v1.1.1 from the shared data folder (never copied into the repository), imported once
 * per test database: the integration tests share one application context, hence one database.
 */
public final class RealEsco {

    public static final String BUS_DRIVER = "00cee175-1376-43fb-9f02-ba3d7a910a58";
    /**
     * A text of 20,000 characters that costs the text linker more than its allowance: "mine" is the stem that
     * anchors the most labels (201), and each of them runs over the whole text (bench/run-text.sh).
     */
    public static final String TOO_COSTLY_TEXT = "mine ".repeat(LinkText.MAX_TEXT / 5);

    private RealEsco() {
    }

    /** WERKMOTOR_SHARED_DATA, else the first shared/data above the working directory. */
    public static Path sharedData() {
        String configured = System.getenv("WERKMOTOR_SHARED_DATA");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/data");
            if (Files.isDirectory(candidate.resolve("esco-v1.1.1-en"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("ESCO v1.1.1 not found: set WERKMOTOR_SHARED_DATA to the shared data folder");
    }

    static List<Path> sources() {
        Path data = sharedData();
        return List.of(data.resolve("esco-v1.1.1-en"), data.resolve("esco-v1.1.1-nl"), data.resolve("nl-crosswalks"));
    }

    public static synchronized void ensureImported(ImportingTaxonomy importing, JdbcTemplate jdbc) {
        Integer current = jdbc.queryForObject(
                "select count(*) from taxonomy_import where is_current and version = 'v1.1.1' and occupations = 3007",
                Integer.class);
        Integer occupations = jdbc.queryForObject("select count(*) from occupation", Integer.class);
        if (current == null || current == 0 || occupations == null || occupations != 3007) {
            importing.importTaxonomy(new ImportTaxonomyCommand(sources()));
        }
    }
}
