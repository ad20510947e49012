package nl.werkmotor.places;

import java.util.Locale;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The arbeidsmarktregio this deployment serves: {@code werkmotor.region} (environment {@code WERKMOTOR_REGION},
 * e.g. AM22). Vacancies are placed only in its postcode areas, so that an employer cannot probe where
 * candidates live from places outside it. Required in production; AM22 (Rijnmond, the demo region's) elsewhere.
 */
@Component
public class DeploymentRegion {

    private final String code;
    private final FindPlaces places;

    DeploymentRegion(@Value("${werkmotor.region}") String code, FindPlaces places) {
        this.code = code.strip().toUpperCase(Locale.ROOT);
        this.places = places;
    }

    /** E.g. "AM22". */
    public String code() {
        return code;
    }

    /** The region with its name; empty while the places are not imported (or the code names no region). */
    public Optional<Region> region() {
        return places.region(code);
    }

    /** Whether the postcode area lies in this region; false for one that does not exist. */
    public boolean contains(String postcode4) {
        return places.regionOf(postcode4).filter(r -> r.code().equals(code)).isPresent();
    }

    /** "Rijnmond (AM22)", or the code alone while the places do not know it. */
    public String name() {
        return region().map(r -> r.name() + " (" + r.code() + ")").orElse(code);
    }
}
