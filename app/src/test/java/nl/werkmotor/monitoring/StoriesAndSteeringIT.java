package nl.werkmotor.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.JsonNode;

import nl.werkmotor.ApiSession;
import nl.werkmotor.WerkmotorTest;

/**
 * Tellen en vertellen (issue 13, item 5): every refusal of a story and an advice named beside its field and nothing
 * saved; only published stories in monitoring; a writer changes only their own drafts; a withdrawn consent removes
 * the story's text and keeps that it was removed; an advice keeps the figures it was based on, suppressed, whatever
 * placements are recorded after it.
 */
@WerkmotorTest
class StoriesAndSteeringIT {

    static final String STORY = """
            {"van": "2025-03", "tot": "2025-05", "titel": "%s", "tekst": "%s",
             "toestemming": "De persoon zelf, mondeling in een gesprek.", "toestemmingOp": "2025-06-02",
             "bevestigd": true, "status": "%s"}""";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    ApiSession caseWorker;
    ApiSession adviser;
    ApiSession analyst;
    String caseWorkerCsrf;
    String adviserCsrf;
    String analystCsrf;

    @BeforeEach
    void signIn() throws Exception {
        caseWorker = new ApiSession(port);
        caseWorkerCsrf = caseWorker.signIn("klantmanager");
        adviser = new ApiSession(port);
        adviserCsrf = adviser.signIn("accountmanager");
        analyst = new ApiSession(port);
        analystCsrf = analyst.signIn("beleidsmedewerker");
        removeWhatTheyWrote(); // the demo stories and advice (DemoStories) too: each test starts from none
    }

    @AfterEach
    void removeWhatTheyWrote() {
        jdbc.update("delete from story where written_by in ('klantmanager', 'accountmanager', 'beleidsmedewerker')");
        jdbc.update("delete from story_removal where written_by in ('klantmanager', 'accountmanager', 'beleidsmedewerker')");
        jdbc.update("delete from steering_advice where created_by in ('beleidsmedewerker', 'fixture')");
        MonitoringIT.remove(jdbc);
    }

    @Test
    void everyRefusalOfAStoryIsNamedInDutchAndEnglishAndNothingIsSaved() throws Exception {
        long before = stories();

        JsonNode problem = caseWorker.problem(caseWorker.json("POST", "/api/v1/monitoring/verhalen", """
                {"van": "2025-05", "tot": "2025-03", "titel": "Bel 06-12345678",
                 "tekst": "Zij woont op 3011 AB, mail s.bakker@example.org, BSN 123456782.",
                 "toestemming": "", "toestemmingOp": "31-2-2025", "bevestigd": false, "sector": "GEEN",
                 "status": "concept"}""", caseWorkerCsrf), 400);

        String text = problem.toString();
        assertThat(text).contains("\"van\"", "\"titel\"", "\"tekst\"", "\"toestemming\"", "\"toestemmingOp\"",
                "\"bevestigd\"", "\"sector\"", "telefoonnummer", "phone number", "postcode", "3011 AB",
                "e-mailadres", "email address", "9 cijfers", "9 digits");
        assertThat(caseWorker.problem(caseWorker.json("POST", "/api/v1/monitoring/verhalen",
                STORY.formatted("Titel", "Tekst", "weg"), caseWorkerCsrf), 400).toString()).contains("\"status\"");

        HttpResponse<String> page = caseWorker.form("/verhalen", form(Map.of("van", "2025-03", "tot", "2025-05",
                "titel", "Een baan", "tekst", "Hij woont nu op 2511CV.", "toestemming", "De persoon zelf.",
                "toestemmingOp", "2-6-2025", "actie", "publiceren")), caseWorkerCsrf);
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("id=\"tekst-fout\"", "2511CV", "href=\"#tekst\"", "href=\"#bevestigd\"",
                "id=\"bevestigd-fout\"", "Er is niets opgeslagen");
        assertThat(stories()).isEqualTo(before);
    }

    @Test
    void onlyPublishedStoriesAppearInMonitoringAndNeverTheirWritersNameOrConsent() throws Exception {
        long draft = caseWorker.created(caseWorker.json("POST", "/api/v1/monitoring/verhalen",
                STORY.formatted("Nog een concept", "Alleen voor mij.", "concept"), caseWorkerCsrf)).get("id").asLong();
        JsonNode published = caseWorker.created(caseWorker.json("POST", "/api/v1/monitoring/verhalen",
                STORY.formatted("Van proefplaatsing naar vast", "Na drie maanden kreeg zij een contract.",
                        "gepubliceerd"), caseWorkerCsrf));
        assertThat(published.get("status").asString()).isEqualTo("gepubliceerd");
        assertThat(published.get("toestemming").asString()).contains("mondeling"); // to its writer

        JsonNode seen = analyst.ok(analyst.get("/api/v1/monitoring/verhalen?van=2025-01&tot=2025-12"));
        assertThat(seen.valueStream().map(s -> s.get("titel").asString())).contains("Van proefplaatsing naar vast")
                .doesNotContain("Nog een concept");
        assertThat(seen.toString()).doesNotContain("mondeling", "Jeroen Visser")
                .contains("\"geschrevenAls\":\"klantmanager\"");
        assertThat(analyst.ok(analyst.get("/api/v1/monitoring/verhalen?van=2024-01&tot=2024-12"))).isEmpty();
        for (String path : new String[] {"/monitoring?van=2025-01&tot=2025-12",
                "/monitoring/afdrukken?van=2025-01&tot=2025-12", "/monitoring/verhalen?van=2025-04&tot=2025-04"}) {
            String body = analyst.get(path).body();
            assertThat(body).as(path).contains("Van proefplaatsing naar vast", "Na drie maanden kreeg zij een contract.")
                    .doesNotContain("Nog een concept", "Jeroen Visser", "De persoon zelf, mondeling");
        }
        assertThat(analyst.get("/monitoring/verhalen/" + draft).statusCode()).isEqualTo(404);
        analyst.problem(analyst.get("/api/v1/monitoring/verhalen/" + draft), 404);
        assertThat(adviser.ok(adviser.get("/api/v1/monitoring/verhalen"))).isEmpty(); // a colleague's are not theirs
    }

    @Test
    void aWriterChangesOnlyTheirOwnDraftsAndAPublishedStoryNoMore() throws Exception {
        long id = caseWorker.created(caseWorker.json("POST", "/api/v1/monitoring/verhalen",
                STORY.formatted("Eerste versie", "Een begin.", "concept"), caseWorkerCsrf)).get("id").asLong();
        String changed = form(Map.of("van", "2025-03", "tot", "2025-05", "titel", "Door een ander",
                "tekst", "Anders.", "toestemming", "De persoon zelf.", "toestemmingOp", "2-6-2025", "bevestigd", "ja",
                "actie", "concept"));

        assertThat(adviser.form("/verhalen/" + id, changed, adviserCsrf).statusCode()).isEqualTo(404);
        assertThat(adviser.get("/verhalen/" + id).statusCode()).isEqualTo(404);
        assertThat(title(id)).isEqualTo("Eerste versie");

        HttpResponse<String> own = caseWorker.form("/verhalen/" + id, changed.replace("Door+een+ander", "Tweede+versie")
                .replace("actie=concept", "actie=publiceren"), caseWorkerCsrf);
        assertThat(own.statusCode()).isEqualTo(302);
        assertThat(title(id)).isEqualTo("Tweede versie");
        assertThat(jdbc.queryForObject("select status from story where id = ?", String.class, id)).isEqualTo("PUBLISHED");

        HttpResponse<String> again = caseWorker.form("/verhalen/" + id, changed, caseWorkerCsrf);
        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(again.body()).contains("gepubliceerd en verandert niet meer", "href=\"#status\"");
        assertThat(title(id)).isEqualTo("Tweede versie");
    }

    @Test
    void aWithdrawnConsentRemovesTheStoryAndKeepsOnlyThatItWasRemoved() throws Exception {
        long id = caseWorker.created(caseWorker.json("POST", "/api/v1/monitoring/verhalen",
                STORY.formatted("Haar eerste baan", "Een verhaal dat weg moet.", "gepubliceerd"), caseWorkerCsrf))
                .get("id").asLong();

        HttpResponse<String> refused = caseWorker.form("/verhalen/" + id + "/intrekken", "ingetrokkenOp=1-1-2025",
                caseWorkerCsrf);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("id=\"ingetrokkenOp-fout\"", "2-6-2025");
        assertThat(stories("Haar eerste baan")).isEqualTo(1);

        assertThat(caseWorker.form("/verhalen/" + id + "/intrekken", "ingetrokkenOp=1-7-2025", caseWorkerCsrf)
                .statusCode()).isEqualTo(302);

        assertThat(stories("Haar eerste baan")).isZero();
        String kept = jdbc.queryForObject("select row_to_json(r)::text from story_removal r where story_id = ?",
                String.class, id);
        assertThat(kept).contains("CONSENT_WITHDRAWN", "2025-07-01", "klantmanager")
                .doesNotContain("Haar eerste baan", "Een verhaal dat weg moet", "mondeling");
        assertThat(analyst.get("/monitoring?van=2025-01&tot=2025-12").body()).doesNotContain("Haar eerste baan");
        analyst.problem(analyst.get("/api/v1/monitoring/verhalen/" + id), 404);

        long another = caseWorker.created(caseWorker.json("POST", "/api/v1/monitoring/verhalen",
                STORY.formatted("Verteld door een partner", "Ook dit moet weg.", "gepubliceerd"), caseWorkerCsrf))
                .get("id").asLong();
        assertThat(analyst.form("/monitoring/verhalen/" + another + "/intrekken", "ingetrokkenOp=3-7-2025",
                analystCsrf).statusCode()).isEqualTo(302); // the one who shows it, told by a partner
        assertThat(stories("Verteld door een partner")).isZero();

        long third = caseWorker.created(caseWorker.json("POST", "/api/v1/monitoring/verhalen",
                STORY.formatted("Door de API", "Ook weg.", "concept"), caseWorkerCsrf)).get("id").asLong();
        adviser.problem(adviser.json("DELETE", "/api/v1/monitoring/verhalen/" + third + "?ingetrokkenOp=2025-07-04",
                null, adviserCsrf), 404); // not theirs
        assertThat(caseWorker.problem(caseWorker.json("DELETE", "/api/v1/monitoring/verhalen/" + third, null,
                caseWorkerCsrf), 400).toString()).contains("ingetrokkenOp");
        assertThat(stories("Door de API")).isEqualTo(1);
        assertThat(caseWorker.json("DELETE", "/api/v1/monitoring/verhalen/" + third + "?ingetrokkenOp=2025-07-04",
                null, caseWorkerCsrf).statusCode()).isEqualTo(204);
        assertThat(stories("Door de API")).isZero();
        assertThat(jdbc.queryForObject("select status_was from story_removal where story_id = ?", String.class, third))
                .isEqualTo("DRAFT");
    }

    @Test
    void anAdviceKeepsTheSuppressedFiguresItWasBasedOnWhateverIsRecordedAfterIt() throws Exception {
        MonitoringIT.seed(jdbc); // GM0599: 12 people, GM0503: 8, GM0518: 3 (too few), in 2025
        JsonNode saved = analyst.created(analyst.json("POST", "/api/v1/monitoring/bijsturingsadviezen", """
                {"van": "2025-01", "tot": "2025-12", "per": "gemeente", "jaarlijks": true,
                 "goed": "Samen met UWV meer banenafspraakbanen.", "nietGoed": "Weinig duurzaam in GM0518.",
                 "veranderen": "Nazorg na de start.", "wieWatWanneer": "WSP, jobcoaches, vóór 1 april.",
                 "evaluatieInhoud": "Partners leverden.", "evaluatieProces": "Volgens afspraak.", "evaluatieRelatie": "Goed.",
                 "besluitDoor": "Kernteam", "besluitOp": "2026-01-15"}""", analystCsrf));
        long id = saved.get("id").asLong();
        JsonNode figures = saved.get("versies").get(0).get("cijfers");
        assertThat(row(figures, "GM0599").get("plaatsingen").get("aantal").asLong()).isEqualTo(12);
        for (String small : new String[] {"GM0518", "GM0503"}) {
            assertThat(row(figures, small).get("plaatsingen").get("onderdrukt").asBoolean()).isTrue();
            assertThat(row(figures, small).get("plaatsingen").has("aantal")).isFalse();
        }
        assertThat(saved.get("versies").get(0).get("eerder").get("van").asString()).isEqualTo("2024-01");
        assertThat(saved.get("versies").get(0).get("evaluatieRelatie").asString()).isEqualTo("Goed.");

        long target = figures.get("regio").get("plaatsingen").get("doel").asLong();
        MonitoringIT.target(jdbc, "REGION", null, "PLACEMENTS", 120); // agreed after the advice was saved
        morePlacementsIn("GM0518", 6); // now 9 there: shown, live
        JsonNode live = analyst.ok(analyst.get("/api/v1/monitoring/plaatsingen?van=2025-01&tot=2025-12&per=gemeente"));
        assertThat(row(live, "GM0518").get("plaatsingen").get("aantal").asLong()).isEqualTo(9);
        assertThat(live.get("regio").get("plaatsingen").get("doel").asLong()).isEqualTo(target + 120);

        JsonNode read = analyst.ok(analyst.get("/api/v1/monitoring/bijsturingsadviezen/" + id));
        assertThat(read.get("versies").get(0).get("cijfers")).isEqualTo(figures);
        assertThat(read.get("versies").get(0).get("cijfers").get("regio").get("plaatsingen").get("doel").asLong())
                .isEqualTo(target);
        assertThat(analyst.get("/monitoring/bijsturing/" + id).body()).contains("GM0518", "onderdrukt", "Goed.",
                "Kernteam");
        assertThat(jdbc.queryForObject("select count(*) from steering_advice_cell where count between 1 and 4",
                Long.class)).isZero();
        assertThatThrownBy(() -> jdbc.update("""
                insert into steering_advice_cell (advice_id, version, period, position, row_key, measure, count, target,
                    suppressed) values (?, 1, 'THIS', 99, 'GM9999', 'plaatsingen', 3, null, false)""", id))
                .isInstanceOf(DataIntegrityViolationException.class);

        HttpResponse<String> second = analyst.form("/monitoring/bijsturing/" + id, form(Map.of("goed", "Meer",
                "nietGoed", "Minder", "veranderen", "Anders", "wieWatWanneer", "WSP, mei", "evaluatieInhoud", "i",
                "evaluatieProces", "p", "evaluatieRelatie", "r", "besluitDoor", "Kernteam", "besluitOp", "1-2-2026")), analystCsrf);
        assertThat(second.statusCode()).isEqualTo(302);
        JsonNode both = analyst.ok(analyst.get("/api/v1/monitoring/bijsturingsadviezen/" + id)).get("versies");
        assertThat(both.size()).isEqualTo(2);
        assertThat(both.get(0).get("cijfers")).isEqualTo(figures);
        assertThat(row(both.get(1).get("cijfers"), "GM0518").get("plaatsingen").get("aantal").asLong()).isEqualTo(9);
        assertThat(both.get(1).get("goed").asString()).isEqualTo("Meer");
        assertThat(analyst.get("/monitoring?van=2025-01&tot=2025-12").body())
                .contains("/monitoring/bijsturing/" + id, "Jaarlijks bijsturingsadvies 2025");
        assertThat(analyst.get("/monitoring/afdrukken?van=2025-01&tot=2025-12").body()).contains("Meer", "WSP, mei");
    }

    @Test
    void everyRefusalOfAnAdviceIsNamedAndNothingIsSaved() throws Exception {
        long before = jdbc.queryForObject("select count(*) from steering_advice", Long.class);

        String empty = analyst.problem(analyst.json("POST", "/api/v1/monitoring/bijsturingsadviezen",
                "{\"van\": \"2025-03\", \"tot\": \"2025-12\", \"jaarlijks\": true, \"besluitOp\": \"2099-01-01\"}",
                analystCsrf), 400).toString();
        assertThat(empty).contains("\"goed\"", "\"nietGoed\"", "\"veranderen\"", "\"wieWatWanneer\"",
                "\"evaluatieInhoud\"", "\"evaluatieProces\"", "\"evaluatieRelatie\"", "\"besluitDoor\"",
                "\"besluitOp\"", "\"jaarlijks\"", "kalenderjaar",
                "calendar year", "toekomst");
        assertThat(analyst.problem(analyst.json("POST", "/api/v1/monitoring/bijsturingsadviezen",
                "{\"van\": \"2025-13\", \"per\": \"persoon\"}", analystCsrf), 400).toString()).contains("\"van\"", "\"per\"");

        HttpResponse<String> page = analyst.form("/monitoring/bijsturing", "van=2025-01&tot=2025-06&per=gemeente",
                analystCsrf);
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("href=\"#goed\"", "id=\"goed-fout\"", "id=\"besluitOp-fout\"",
                "Er is niets opgeslagen");
        assertThat(jdbc.queryForObject("select count(*) from steering_advice", Long.class)).isEqualTo(before);
    }

    @Test
    void anotherOrganisationsAdviceIsNotFound() throws Exception {
        long theirs = TellingFixture.advice(jdbc, "gemeente-elders", java.time.YearMonth.of(2025, 1),
                java.time.YearMonth.of(2025, 6));

        analyst.problem(analyst.get("/api/v1/monitoring/bijsturingsadviezen/" + theirs), 404);
        assertThat(analyst.get("/monitoring/bijsturing/" + theirs).statusCode()).isEqualTo(404);
        assertThat(analyst.ok(analyst.get("/api/v1/monitoring/bijsturingsadviezen")).toString())
                .doesNotContain("\"id\":" + theirs + ",");
    }

    @Test
    void aStoryGoesThreeYearsAfterItsPeriodEndedOrItLastChangedWhicheverIsLater(
            @Autowired nl.werkmotor.platform.DeletingExpiredRows retention) {
        java.time.YearMonth longAgo = java.time.YearMonth.now().minusYears(4);
        long old = TellingFixture.story(jdbc, "klantmanager", "KLANTMANAGER", "o", "PUBLISHED", longAgo, longAgo, "Oud");
        long changedLately = TellingFixture.story(jdbc, "klantmanager", "KLANTMANAGER", "o", "DRAFT", longAgo, longAgo,
                "Pas gewijzigd");
        long recentPeriod = TellingFixture.story(jdbc, "klantmanager", "KLANTMANAGER", "o", "PUBLISHED",
                java.time.YearMonth.now().minusYears(2), java.time.YearMonth.now().minusYears(2), "Recent");
        jdbc.update("update story set changed_at = now() - interval '4 years' where id in (?, ?)", old, recentPeriod);

        retention.deleteExpired("story", java.time.Instant.now());

        assertThat(jdbc.queryForList("select id from story where id in (?, ?, ?)", Long.class, old, changedLately,
                recentPeriod)).containsExactlyInAnyOrder(changedLately, recentPeriod);
    }

    private void morePlacementsIn(String municipality, int people) {
        for (int i = 0; i < people; i++) {
            jdbc.update("""
                    insert into placement (introduction_id, person_id, vacancy_id, employer_id, organisation_id,
                        employer_sector, municipality_code, target_groups, step, accepted_on, started_on,
                        recorded_by, recorded_as, recorded_at, changed_at)
                    values (?, ?, 1, 1, 'andere-organisatie', 'CARE', ?, '{BANENAFSPRAAK}', 'STARTED',
                        date '2025-05-20', date '2025-06-02', 'klantmanager', 'CASE_WORKER', now(), now())""",
                    987_000_500L + i, MonitoringIT.FIRST_PERSON + 500 + i, municipality);
        }
    }

    private static JsonNode row(JsonNode figures, String key) {
        return figures.get("rijen").valueStream().filter(r -> r.get("sleutel").asString().equals(key)).findFirst()
                .orElseThrow().get("cijfers");
    }

    private String title(long id) {
        return jdbc.queryForObject("select title from story where id = ?", String.class, id);
    }

    private long stories() {
        return jdbc.queryForObject("select count(*) from story", Long.class);
    }

    private long stories(String title) {
        return jdbc.queryForObject("select count(*) from story where title = ?", Long.class, title);
    }

    private static String form(Map<String, String> fields) {
        return new LinkedHashMap<>(fields).entrySet().stream().map(e -> e.getKey() + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }
}
