package nl.werkmotor.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.JsonNode;

import nl.werkmotor.ApiSession;
import nl.werkmotor.WerkmotorTest;

/**
 * The region's placements (written straight into placements' table: that module records none yet) counted by the
 * API and the page and compared with a direct count in SQL; small cells suppressed with their complement, in JSON,
 * CSV and on the page; no person's name or id anywhere; every bad parameter named.
 */
@WerkmotorTest
class MonitoringIT {

    static final String OWN = "arbeidsmarktregio-lindeveen";
    static final long FIRST_PERSON = 987_654_300L;

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    ApiSession analyst;

    @BeforeEach
    void placements() throws Exception {
        seed(jdbc);
        analyst = new ApiSession(port);
        analyst.signIn("beleidsmedewerker");
    }

    @AfterEach
    void removeThem() {
        remove(jdbc);
    }

    /**
     * GM0599: 12 people (7 lasting 6 months, 7 left a benefit), GM0503: 8, GM0518: 3 (too few), in 2025; no other
     * placements.
     */
    static void seed(JdbcTemplate jdbc) {
        // these alone, whatever ran before in this database (a demo region brings its history, from mid-2025 on)
        jdbc.execute("truncate placement cascade");
        long person = FIRST_PERSON;
        long introduction = 987_000_000L;
        for (var group : List.of(Map.entry("GM0599", 12), Map.entry("GM0503", 8), Map.entry("GM0518", 3))) {
            for (int i = 0; i < group.getValue(); i++, person++, introduction++) {
                boolean first = group.getKey().equals("GM0599");
                jdbc.update("""
                        insert into placement (introduction_id, person_id, vacancy_id, employer_id, organisation_id,
                            employer_sector, municipality_code, target_groups, step, accepted_on, started_on,
                            lasting6_on, outflow_benefit, outflow_on, recorded_by, recorded_as, recorded_at, changed_at)
                        values (?, ?, 1, 1, ?, 'CARE', ?, '{BANENAFSPRAAK}', ?, date '2025-02-20', date '2025-03-03',
                            ?, ?, ?, 'klantmanager', 'CASE_WORKER', now(), now())""",
                        introduction, person, first ? OWN : "andere-organisatie", group.getKey(),
                        first && i < 7 ? "LASTING_6" : "STARTED",
                        first && i < 7 ? java.sql.Date.valueOf("2025-09-03") : null,
                        first && i < 7 ? "BIJSTAND" : null, first && i < 7 ? java.sql.Date.valueOf("2025-03-03") : null);
            }
        }
    }

    static void remove(JdbcTemplate jdbc) {
        jdbc.update("delete from placement where person_id >= ?", FIRST_PERSON);
        jdbc.update("delete from sector_target where changed_by = 'MonitoringIT'");
    }

    /** A 2025 sector target for care (whose SBI section CARE the region files under ZORG_WELZIJN_SCHOONMAAK). */
    static void target(JdbcTemplate jdbc, String scope, String key, String kind, int count) {
        jdbc.update("""
                insert into sector_target (year, scope, scope_key, kind, count, agreed_by, agreed_on, changed_by)
                values (2025, ?, ?, ?, ?, 'Kernteam', date '2025-01-15', 'MonitoringIT')""", scope, key, kind, count);
    }

    private long direct(String where) {
        return jdbc.queryForObject("select count(distinct person_id) from placement where started_on between "
                + "date '2025-01-01' and date '2025-12-31' and " + where, Long.class);
    }

    @Test
    void perMunicipalityTheApiCountsWhatTheTableHoldsAndSuppressesTheSmallCellWithItsComplement() throws Exception {
        JsonNode answer = analyst.ok(analyst.get("/api/v1/monitoring/plaatsingen?van=2025-01&tot=2025-12&per=gemeente"));

        JsonNode rows = answer.get("rijen");
        JsonNode large = row(rows, "GM0599").get("cijfers");
        assertThat(large.get("plaatsingen").get("aantal").asLong()).isEqualTo(direct("municipality_code = 'GM0599'"));
        assertThat(large.get("duurzaam6").get("aantal").asLong())
                .isEqualTo(direct("municipality_code = 'GM0599' and lasting6_on is not null"));
        assertThat(large.get("uitstroom").get("aantal").asLong())
                .isEqualTo(direct("municipality_code = 'GM0599' and outflow_on is not null"));
        assertThat(answer.get("regio").get("plaatsingen").get("aantal").asLong()).isEqualTo(direct("true"));
        for (String small : List.of("GM0518", "GM0503")) { // 3, and the 8 that would give the 3 away
            JsonNode figure = row(rows, small).get("cijfers").get("plaatsingen");
            assertThat(figure.get("onderdrukt").asBoolean()).isTrue();
            assertThat(figure.has("aantal")).isFalse();
        }
        assertThat(answer.get("herkomst").get("bron").asString()).contains("placement");
        assertThat(answer.get("herkomst").get("hoeGeteld").asString()).contains("Verschillende personen");
        assertThat(answer.toString()).doesNotContain("\"aantal\":3", "\"aantal\":8", String.valueOf(FIRST_PERSON));
    }

    @Test
    void perSectorTheRowsAreTheRegionsSectorsWithTheirTargetAndProgress() throws Exception {
        target(jdbc, "SECTOR", "ZORG_WELZIJN_SCHOONMAAK", "PLACEMENTS", 46);
        long agreed = jdbc.queryForObject("select sum(count) from sector_target where year = 2025 and scope = 'SECTOR'"
                + " and scope_key = 'ZORG_WELZIJN_SCHOONMAAK' and kind = 'PLACEMENTS'", Long.class);

        JsonNode answer = analyst.ok(analyst.get("/api/v1/monitoring/plaatsingen?van=2025-01&tot=2025-12&per=sector"));

        JsonNode care = row(answer.get("rijen"), "ZORG_WELZIJN_SCHOONMAAK").get("cijfers").get("plaatsingen");
        assertThat(care.get("aantal").asLong()).isEqualTo(direct("employer_sector = 'CARE'"));
        assertThat(care.get("doel").asLong()).isEqualTo(agreed);
        assertThat(care.get("voortgang").asLong()).isEqualTo(Math.round(100.0 * 23 / agreed));
        assertThat(answer.toString()).doesNotContain("\"CARE\"");
        assertThat(answer.get("herkomst").get("hoeGeteld").asString()).contains("naar rato", "sectoren van de regio");
        assertThat(analyst.get("/monitoring?van=2025-01&tot=2025-12&per=sector").body())
                .contains("ZORG_WELZIJN_SCHOONMAAK", "doel " + agreed);
    }

    @Test
    void perInstrumentTheUseIsCountedAndSuppressed() throws Exception {
        jdbc.update("""
                insert into placement_instrument (placement_id, instrument_code, edition_id)
                select id, case when person_id < ? then 'JOBCOACHING' when person_id < ? then 'NO_RISK_POLIS'
                    else 'LKV_OUDERE' end, 1
                from placement where person_id >= ? and person_id < ?""",
                FIRST_PERSON + 9, FIRST_PERSON + 12, FIRST_PERSON, FIRST_PERSON + 18); // 9, 3 and 6

        JsonNode answer = analyst.ok(analyst.get(
                "/api/v1/monitoring/plaatsingen?van=2025-01&tot=2025-12&per=instrument"));

        assertThat(row(answer.get("rijen"), "JOBCOACHING").get("cijfers").get("plaatsingen").get("aantal").asLong())
                .isEqualTo(9);
        assertThat(row(answer.get("rijen"), "NO_RISK_POLIS").get("cijfers").get("plaatsingen").get("onderdrukt")
                .asBoolean()).isTrue();
        assertThat(row(answer.get("rijen"), "LKV_OUDERE").get("cijfers").get("plaatsingen").get("onderdrukt")
                .asBoolean()).isTrue(); // the 6, so that the 3 is not alone suppressed
        assertThat(answer.toString()).doesNotContain("\"aantal\":3", "\"aantal\":6");
    }

    @Test
    void perOrganisationTheAnalystSeesTheirOwnOrganisationAndTheRegion() throws Exception {
        JsonNode answer = analyst.ok(analyst.get("/api/v1/monitoring/plaatsingen?van=2025-01&tot=2025-12"));

        assertThat(answer.get("rijen").valueStream().map(r -> r.get("sleutel").asString())).containsExactly(OWN);
        assertThat(answer.toString()).doesNotContain("andere-organisatie");
    }

    @Test
    void theCsvAndThePageShowTheSameFiguresAndNoPerson() throws Exception {
        HttpResponse<String> csv = analyst.send(HttpRequest.newBuilder(analyst.uri(
                "/api/v1/monitoring/plaatsingen?van=2025-01&tot=2025-12&per=gemeente")).header("Accept", "text/csv")
                .build());
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(csv.body()).contains("GM0599,12,7,0,7", "GM0518,onderdrukt", "bron,");

        String page = analyst.get("/monitoring?van=2025-01&tot=2025-12&per=gemeente").body();
        assertThat(page).contains("GM0599", "onderdrukt", "role=\"img\"", "placement");
        List<Map<String, Object>> people = jdbc.queryForList("select id, first_name, last_name from person");
        for (Map<String, Object> p : people) {
            assertThat(page).doesNotContain(p.get("first_name") + " " + p.get("last_name"));
        }
        for (long id = FIRST_PERSON; id < FIRST_PERSON + 23; id++) {
            assertThat(page + csv.body()).doesNotContain(String.valueOf(id));
        }
        assertThat(analyst.get("/monitoring/afdrukken?van=2025-01&tot=2025-12&per=gemeente").body())
                .contains("Verslag plaatsingen 2025-01 tot en met 2025-12", "GM0599");
    }

    @Test
    void everyBadParameterIsNamedInDutchAndEnglish() throws Exception {
        JsonNode problem = analyst.problem(analyst.get("/api/v1/monitoring/plaatsingen?van=2025-13&per=persoon"), 400);

        assertThat(problem.toString()).contains("van", "per", "JJJJ-MM", "YYYY-MM");
        HttpResponse<String> page = analyst.get("/monitoring?van=morgen");
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("JJJJ-MM", "href=\"#van\"");
    }

    private static JsonNode row(JsonNode rows, String key) {
        return rows.valueStream().filter(r -> r.get("sleutel").asString().equals(key)).findFirst().orElseThrow();
    }
}
