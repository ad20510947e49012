package nl.werkmotor.places;

import nl.werkmotor.engine.match.GreatCircle;

/** A 4-digit postcode area with its (mean) coordinates and the municipality it lies in. */
public record Postcode4(String code, String municipalityCode, double lat, double lon) {

    public double distanceKm(Postcode4 other) {
        return GreatCircle.km(lat, lon, other.lat, other.lon);
    }
}
