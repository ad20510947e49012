package nl.werkmotor.engine.match;

/** Great-circle distance on a sphere of the Earth's mean radius (haversine formula); the travel filter's definition. */
public final class GreatCircle {
    static final double EARTH_RADIUS_KM = 6371.0088;

    private GreatCircle() {
    }

    /**
     * Whether {@link #km} is at most {@code radiusKm}. The north–south distance alone bounds the
     * great-circle distance from below, which settles most far-away pairs without trigonometry.
     */
    public static boolean within(double latitude1, double longitude1, double latitude2, double longitude2,
                                 double radiusKm) {
        double northSouthKm = EARTH_RADIUS_KM * Math.toRadians(Math.abs(latitude2 - latitude1));
        if (northSouthKm > radiusKm * (1 + 1e-9) + 1e-9) {
            return false;
        }
        return km(latitude1, longitude1, latitude2, longitude2) <= radiusKm;
    }

    public static double km(double latitude1, double longitude1, double latitude2, double longitude2) {
        double dLat = Math.toRadians(latitude2 - latitude1);
        double dLon = Math.toRadians(longitude2 - longitude1);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(latitude1)) * Math.cos(Math.toRadians(latitude2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1.0, Math.sqrt(a)));
    }
}
