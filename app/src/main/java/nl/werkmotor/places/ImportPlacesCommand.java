package nl.werkmotor.places;

import java.nio.file.Path;

/**
 * What to import: a folder holding (directly or one folder down) the CBS file
 * {@code gemeenten_<year>_arbeidsmarktregio.csv} and the GeoNames-derived {@code pc4_nl.csv},
 * as {@code ../shared/data} does.
 */
public record ImportPlacesCommand(Path source) {
}
