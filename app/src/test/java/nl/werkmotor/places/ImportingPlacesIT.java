package nl.werkmotor.places;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import nl.werkmotor.WerkmotorTest;
import nl.werkmotor.platform.CommandLine;

@WerkmotorTest
class ImportingPlacesIT {

    private static final String FINGERPRINT = """
            select md5(string_agg(t, '|' order by t)) from (
              select r.code || r.name as t from region r
              union all select m.code || m.name || m.region_code || coalesce(m.lat::text, '') from municipality m
              union all select p.code || p.municipality_code || p.lat || p.lon || coalesce(p.places, '') from postcode4 p) all_rows""";

    @Autowired
    ImportingPlaces importing;
    @Autowired
    FindPlaces find;
    @Autowired
    CommandLine commandLine;
    @Autowired
    JdbcTemplate jdbc;
    @TempDir
    Path tmp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void importRealPlaces() {
        RealPlaces.ensureImported(importing, jdbc);
    }

    @Test
    void importsAllRegionsMunicipalitiesAndPostcodesOf2026() {
        PlacesImportResult result = importing.importPlaces(new ImportPlacesCommand(RealPlaces.sharedData()));
        System.out.println(result.summary());

        assertThat(result.regions()).isEqualTo(RealPlaces.REGIONS);
        assertThat(result.municipalities()).isEqualTo(RealPlaces.MUNICIPALITIES);
        assertThat(result.postcodes()).isEqualTo(RealPlaces.POSTCODES);
        assertThat(find.regions()).hasSize(35).contains(new Region("AM22", "Rijnmond"), new Region("AM38", "FoodValley"));
        assertThat(find.isEmpty()).isFalse();
    }

    @Test
    void answersTheRegionOfAPostcodeAndThePostcodesOfARegion() {
        assertThat(find.regionOf("3011")).contains(new Region("AM22", "Rijnmond"));
        assertThat(find.regionOf("1011")).contains(new Region("AM18", "Groot Amsterdam"));
        assertThat(find.regionOf("3221")).as("Voorne aan Zee, formed in 2023").contains(new Region("AM22", "Rijnmond"));
        assertThat(find.regionOf("0000")).isEmpty();
        List<Postcode4> rijnmond = find.postcodesIn("AM22");
        assertThat(rijnmond).hasSize(207).extracting(Postcode4::code).contains("3011", "2991").isSorted();
        assertThat(find.municipalitiesIn("AM22")).hasSize(14).extracting(Municipality::name).contains("Rotterdam");
    }

    @Test
    void givesCoordinatesForDistances() {
        Postcode4 rotterdam = find.postcode("3011").orElseThrow();
        Postcode4 amsterdam = find.postcode("1011").orElseThrow();
        assertThat(rotterdam.municipalityCode()).isEqualTo("GM0599");
        assertThat(rotterdam.distanceKm(amsterdam)).isBetween(55.0, 62.0);
    }

    @Test
    void importingTheSameFilesAgainChangesNothing() {
        String before = jdbc.queryForObject(FINGERPRINT, String.class);
        importing.importPlaces(new ImportPlacesCommand(RealPlaces.sharedData()));
        assertThat(jdbc.queryForObject(FINGERPRINT, String.class)).isEqualTo(before);
    }

    @Test
    void aRefusedImportLeavesThePreviousPlaces() throws IOException {
        String before = jdbc.queryForObject(FINGERPRINT, String.class);
        TinyPlaces broken = new TinyPlaces();
        broken.with(TinyPlaces.POSTCODES, broken.content(TinyPlaces.POSTCODES) + "3013,51.9\n");

        assertThatThrownBy(() -> importing.importPlaces(new ImportPlacesCommand(broken.writeTo(tmp))))
                .isInstanceOf(PlacesImportRefused.class).hasMessageContaining("pc4_nl.csv, regel/line 6");
        assertThat(jdbc.queryForObject(FINGERPRINT, String.class)).isEqualTo(before);
    }

    @Test
    void theCommandImportsAFolderAndExplainsARefusalWithoutAStackTrace() throws IOException {
        try {
            assertThat(run("import-places", new TinyPlaces().writeTo(tmp.resolve("tiny")).toString())).isZero();
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("2 arbeidsmarktregio's, 3 municipalities, 4 postcode areas");
            assertThat(find.postcodesIn("AM22")).extracting(Postcode4::code).containsExactly("2991", "3011", "3012");

            assertThat(run("import-places", tmp.resolve("nowhere").toString())).isEqualTo(1);
            assertThat(err.toString(StandardCharsets.UTF_8))
                    .contains("import refused", "folder does not exist").doesNotContain("Exception", "\tat ");
            assertThat(run("import-places", "a", "b")).isEqualTo(2);
        } finally {
            importing.importPlaces(new ImportPlacesCommand(RealPlaces.sharedData()));
        }
    }

    @Test
    void theCommandReadsTheDevelopmentLocationByDefault() {
        assertThat(run("import-places")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("35 arbeidsmarktregio's, 342 municipalities, 4,086 postcode areas");
    }

    private int run(String... args) {
        return commandLine.run(args[0], List.of(args).subList(1, args.length),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }
}
