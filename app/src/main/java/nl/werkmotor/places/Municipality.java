package nl.werkmotor.places;

import nl.werkmotor.engine.match.GreatCircle;

/**
 * A CBS municipality (gemeente) in its arbeidsmarktregio, with its centre: the CBS file's (the mean of its
 * PC4 points), or the mean of its PC4 areas where the file gives none.
 */
public record Municipality(String code, String name, String regionCode, double lat, double lon) {

    public double distanceKm(Postcode4 postcode) {
        return GreatCircle.km(lat, lon, postcode.lat(), postcode.lon());
    }
}
