package nl.werkmotor.demoregion.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.werkmotor.partners.PartnerForm;
import nl.werkmotor.places.Municipality;
import nl.werkmotor.places.Postcode4;

/** The demo region's partners, in Rijnmond and in a region without real figures. */
class DemoPartnersTest {

    @Test
    void inAnotherRegionTheLargestMunicipalityIsTheDemoCaseWorkersAndOneWspLocationServesThemAll() {
        List<Municipality> municipalities = List.of(new Municipality("GM0001", "Klein-Aa", "AM99", 52, 5),
                new Municipality("GM0002", "Groot-Bé", "AM99", 52, 5));
        List<Postcode4> postcodes = List.of(new Postcode4("1001", "GM0001", 52, 5), new Postcode4("1002", "GM0002", 52, 5),
                new Postcode4("1003", "GM0002", 52, 5));

        List<PartnerForm> partners = DemoPartners.of("AM99", "Ergens", municipalities, postcodes);

        assertThat(partners).extracting(PartnerForm::organisationId).containsExactly("gemeente-klein-aa",
                "gemeente-lindeveen", "uwv", "wsp-lindeveen", "roc-lindeveen", "werkkracht-lindeveen", "stichting-meedoen");
        assertThat(partners.get(1).inhabitants()).isEqualTo("13000");
        assertThat(partners.get(3).locations()).singleElement().satisfies(l -> {
            assertThat(l.postcode4()).isEqualTo("1002");
            assertThat(l.municipalityCodes()).containsExactly("GM0001", "GM0002");
        });
    }

    @Test
    void rijnmondsWspLocationsServeEachOfItsMunicipalitiesOnce() {
        assertThat(DemoPartners.RIJNMOND_LOCATIONS.stream().flatMap(l -> l.municipalityCodes().stream()))
                .doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(DemoPartners.RIJNMOND_INHABITANTS_2024.keySet());
    }
}
