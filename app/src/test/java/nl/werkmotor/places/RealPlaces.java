package nl.werkmotor.places;

import java.nio.file.Path;

import org.springframework.jdbc.core.JdbcTemplate;

import nl.werkmotor.taxonomy.RealEsco;

/**
 * The real CBS and GeoNames files from the shared data folder (never copied into the repository),
 * imported once per test database: the integration tests share one application context.
 */
public final class RealPlaces {

    public static final int REGIONS = 35;
    public static final int MUNICIPALITIES = 342;
    public static final int POSTCODES = 4_086;

    private RealPlaces() {
    }

    public static Path sharedData() {
        return RealEsco.sharedData();
    }

    public static synchronized void ensureImported(ImportingPlaces importing, JdbcTemplate jdbc) {
        Integer postcodes = jdbc.queryForObject("select count(*) from postcode4", Integer.class);
        if (postcodes == null || postcodes != POSTCODES) {
            importing.importPlaces(new ImportPlacesCommand(sharedData()));
        }
    }
}
