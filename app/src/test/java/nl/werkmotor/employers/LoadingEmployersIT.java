package nl.werkmotor.employers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.werkmotor.WerkmotorTest;
import nl.werkmotor.taxonomy.Sector;

@WerkmotorTest
class LoadingEmployersIT {

    @Autowired
    LoadingEmployers loading;
    @Autowired
    FindEmployers find;

    @Test
    void replacesTheEmployersAndReadsThemBack() {
        Employer bakery = new Employer(1, "Verhoef Bakkerij B.V.", Sector.MANUFACTURING, SizeClass.SMALL, "3012");
        Employer care = new Employer(2, "Zorggroep Van Leeuwen B.V.", Sector.CARE, SizeClass.LARGE, "2991");
        loading.replaceAll(Stream.of(new Employer(9, "Old B.V.", Sector.TRADE, SizeClass.MICRO, "1011")));

        assertThat(loading.replaceAll(Stream.of(bakery, care))).isEqualTo(2);

        assertThat(find.count()).isEqualTo(2);
        assertThat(find.byId(2)).contains(care);
        assertThat(find.byId(9)).isEmpty();
    }

    @Test
    void keepsQuotesBackslashesTabsAndNewlinesInNames() {
        Employer odd = new Employer(1, "Bakkerij \"De Zon\"\t\\ Zuid\nB.V. – Öztürk", Sector.TRADE, SizeClass.MICRO, "3011");

        loading.replaceAll(Stream.of(odd));

        assertThat(find.byId(1)).contains(odd);
    }
}
