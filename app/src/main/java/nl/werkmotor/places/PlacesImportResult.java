package nl.werkmotor.places;

import java.time.Duration;
import java.util.Locale;

/** What a places import wrote. */
public record PlacesImportResult(String source, int regions, int municipalities, int postcodes, Duration duration) {

    public String summary() {
        return String.format(Locale.ROOT,
                "Places imported in %.1f s from %s: %,d arbeidsmarktregio's, %,d municipalities, %,d postcode areas (PC4)",
                duration.toMillis() / 1000.0, source, regions, municipalities, postcodes);
    }
}
