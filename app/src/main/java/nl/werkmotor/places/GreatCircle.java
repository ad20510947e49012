package nl.werkmotor.places;

/**
 * Distance over the earth's surface (haversine on a sphere of mean radius). Within the Netherlands
 * it is within 0.5% of the ellipsoidal distance, far finer than a postcode area's own size.
 */
public final class GreatCircle {

    /** Mean earth radius (IUGG). */
    static final double EARTH_RADIUS_KM = 6371.0088;

    private GreatCircle() {
    }

    public static double km(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
