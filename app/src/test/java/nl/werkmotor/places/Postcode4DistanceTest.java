package nl.werkmotor.places;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class Postcode4DistanceTest {

    @Test
    void damSquareToRotterdamCentraalIsAboutFiftyEightKilometres() {
        // 57.6 km as the crow flies (the ellipsoid says 57.7)
        Postcode4 dam = new Postcode4("1012", "GM0363", 52.3731, 4.8926);
        Postcode4 centraal = new Postcode4("3013", "GM0599", 51.9244, 4.4699);
        assertThat(dam.distanceKm(centraal)).isCloseTo(57.6, within(0.1));
    }

    @Test
    void aDegreeOfLatitudeIsAboutOneHundredElevenKilometres() {
        assertThat(new Postcode4("a", "m", 52, 5).distanceKm(new Postcode4("b", "m", 53, 5))).isCloseTo(111.2, within(0.1));
    }

    @Test
    void isZeroForOnePointAndSymmetric() {
        Postcode4 rotterdam = new Postcode4("3011", "GM0599", 51.9191, 4.4867);
        assertThat(rotterdam.distanceKm(rotterdam)).isZero();
        Postcode4 amsterdam = new Postcode4("1011", "GM0363", 52.371, 4.9042);
        assertThat(rotterdam.distanceKm(amsterdam)).isEqualTo(amsterdam.distanceKm(rotterdam)).isBetween(55.0, 62.0);
    }
}
