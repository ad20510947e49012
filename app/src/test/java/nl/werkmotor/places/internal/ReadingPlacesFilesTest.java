package nl.werkmotor.places.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.werkmotor.places.PlacesImportRefused;
import nl.werkmotor.places.TinyPlaces;

class ReadingPlacesFilesTest {

    @TempDir
    Path tmp;

    private final TinyPlaces tiny = new TinyPlaces();

    @Test
    void readsRegionsMunicipalitiesAndPostcodesFromTheirFolders() throws IOException {
        PlacesData data = PlacesReader.read(tiny.writeTo(tmp));

        assertThat(data.regions).containsExactly(java.util.Map.entry("AM18", "Groot Amsterdam"),
                java.util.Map.entry("AM22", "Rijnmond"));
        assertThat(data.municipalities).containsOnlyKeys("GM0363", "GM0489", "GM0599");
        assertThat(data.municipalities.get("GM0599").regionCode()).isEqualTo("AM22");
        assertThat(data.postcodes).extracting(PlacesData.PostcodeRow::code).containsExactly("1011", "2991", "3011", "3012");
        assertThat(data.postcodes.get(2).lat()).isEqualTo(51.9191);
    }

    @Test
    void alsoFindsTheFilesDirectlyInTheFolder() throws IOException {
        tiny.writeTo(tmp);
        Path flat = Files.createDirectories(tmp.resolve("flat"));
        Files.copy(tmp.resolve(TinyPlaces.MUNICIPALITIES), flat.resolve("gemeenten_2026_arbeidsmarktregio.csv"));
        Files.copy(tmp.resolve(TinyPlaces.POSTCODES), flat.resolve("pc4_nl.csv"));

        assertThat(PlacesReader.read(flat).postcodes).hasSize(4);
    }

    @Test
    void refusesATruncatedRecordWithFileAndLine() throws IOException {
        tiny.with(TinyPlaces.POSTCODES, tiny.content(TinyPlaces.POSTCODES).replace(
                "3011,51.9191,4.4867,Rotterdam,GM0599,Rotterdam,Zuid-Holland,AM22,Rijnmond,GM0599", "3011,51.9191,4.48"));

        assertThatThrownBy(() -> PlacesReader.read(tiny.writeTo(tmp)))
                .isInstanceOf(PlacesImportRefused.class)
                .hasMessageContaining("pc4_nl.csv, regel/line 4")
                .hasMessageContaining("record has 3 fields, the header 10");
    }

    @Test
    void refusesAPostcodeInAnUnknownMunicipality() throws IOException {
        tiny.with(TinyPlaces.POSTCODES, tiny.content(TinyPlaces.POSTCODES).replace("2991,51.852,4.5459,Barendrecht,GM0489",
                "2991,51.852,4.5459,Barendrecht,GM9999"));

        assertThatThrownBy(() -> PlacesReader.read(tiny.writeTo(tmp)))
                .hasMessageContaining("pc4_nl.csv, regel/line 3")
                .hasMessageContaining("municipality GM9999 is not in gemeenten_2026_arbeidsmarktregio.csv");
    }

    @Test
    void refusesMalformedCodesAndCoordinatesOutsideTheNetherlands() throws IOException {
        tiny.with(TinyPlaces.POSTCODES, tiny.content(TinyPlaces.POSTCODES).replace("3012,51.9183", "3012,41.9183"));
        assertThatThrownBy(() -> PlacesReader.read(tiny.writeTo(tmp)))
                .hasMessageContaining("regel/line 5").hasMessageContaining("lat 41.9183 lies outside the Netherlands");

        tiny.with(TinyPlaces.POSTCODES, new TinyPlaces().content(TinyPlaces.POSTCODES).replace("1011,", "101,"));
        assertThatThrownBy(() -> PlacesReader.read(tiny.writeTo(tmp)))
                .hasMessageContaining("regel/line 2").hasMessageContaining("'101' in 'pc4' is not of the form 3011");
    }

    @Test
    void refusesARegionWithTwoNamesAndADuplicatePostcode() throws IOException {
        tiny.with(TinyPlaces.MUNICIPALITIES, tiny.content(TinyPlaces.MUNICIPALITIES).replace("AM22,Rijnmond,CR29,Groot-Rijnmond,PV28,Zuid-Holland,51.9171",
                "AM22,Rotterdam e.o.,CR29,Groot-Rijnmond,PV28,Zuid-Holland,51.9171"));
        assertThatThrownBy(() -> PlacesReader.read(tiny.writeTo(tmp)))
                .hasMessageContaining("gemeenten_2026_arbeidsmarktregio.csv, regel/line 4")
                .hasMessageContaining("region AM22 was named 'Rijnmond' before, here 'Rotterdam e.o.'");

        TinyPlaces twice = new TinyPlaces();
        twice.with(TinyPlaces.POSTCODES, twice.content(TinyPlaces.POSTCODES)
                + "3012,51.9183,4.476,Rotterdam,GM0599,Rotterdam,Zuid-Holland,AM22,Rijnmond,GM0599\n");
        assertThatThrownBy(() -> PlacesReader.read(twice.writeTo(tmp.resolve("twice"))))
                .hasMessageContaining("regel/line 6").hasMessageContaining("postcode 3012 occurs twice");
    }

    @Test
    void refusesAFolderWithoutTheFiles() {
        assertThatThrownBy(() -> PlacesReader.read(tmp))
                .isInstanceOf(PlacesImportRefused.class)
                .hasMessageContaining("no file gemeenten_YYYY_arbeidsmarktregio.csv found");
        assertThatThrownBy(() -> PlacesReader.read(tmp.resolve("nowhere")))
                .hasMessageContaining("folder does not exist");
    }
}
