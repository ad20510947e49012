package nl.werkmotor.places;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class GreatCircleTest {

    @Test
    void damSquareToRotterdamCentraalIsAboutFiftyEightKilometres() {
        // 57.6 km as the crow flies (the ellipsoid says 57.7)
        assertThat(GreatCircle.km(52.3731, 4.8926, 51.9244, 4.4699)).isCloseTo(57.6, within(0.1));
    }

    @Test
    void aDegreeOfLatitudeIsAboutOneHundredElevenKilometres() {
        assertThat(GreatCircle.km(52, 5, 53, 5)).isCloseTo(111.2, within(0.1));
    }

    @Test
    void isZeroForOnePointAndSymmetric() {
        assertThat(GreatCircle.km(51.9191, 4.4867, 51.9191, 4.4867)).isZero();
        Postcode4 rotterdam = new Postcode4("3011", "GM0599", 51.9191, 4.4867);
        Postcode4 amsterdam = new Postcode4("1011", "GM0363", 52.371, 4.9042);
        assertThat(rotterdam.distanceKm(amsterdam)).isEqualTo(amsterdam.distanceKm(rotterdam)).isBetween(55.0, 62.0);
    }
}
