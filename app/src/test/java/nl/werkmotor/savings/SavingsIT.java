package nl.werkmotor.savings;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.JsonNode;

import nl.werkmotor.ApiSession;
import nl.werkmotor.WerkmotorTest;

/**
 * The calculator over HTTP as the beleidsmedewerker uses it: the blueprint's example reproduced (€949, €29,000,
 * €28,051 ≈ "€28.000 euro per persoon") in the API, the CSV and the page; a new scenario through the API; refused
 * input, at a step or at the API, saves and changes nothing; another organisation's scenario is 404; no placements
 * recorded means the figures say they come from the assumptions.
 */
@WerkmotorTest
class SavingsIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    ApiSession analyst;
    String csrf;
    long example;

    @BeforeEach
    void signIn() throws Exception {
        // no placements recorded, whatever ran before in this database (a demo region brings its history)
        jdbc.execute("truncate placement cascade");
        analyst = new ApiSession(port);
        csrf = analyst.signIn("beleidsmedewerker");
        example = jdbc.queryForObject("select id from savings_scenario where example", Long.class);
    }

    @Test
    void theBlueprintsWorkedCaseIsAReadOnlyExampleWithTheDocumentsFigures() throws Exception {
        JsonNode list = analyst.ok(analyst.get("/api/v1/besparingsscenarios"));
        assertThat(list.get(0).get("voorbeeld").asBoolean()).isTrue();
        assertThat(list.get(0).get("maatschappelijkRendement").decimalValue()).isEqualByComparingTo("28051.00");

        JsonNode scenario = analyst.ok(analyst.get("/api/v1/besparingsscenarios/" + example));
        assertThat(scenario.get("organisatie").asString()).isEqualTo("De Motor (TNO), blauwdruk");
        assertThat(scenario.get("kosten").get(0).get("bedrag").decimalValue()).isEqualByComparingTo("949");
        assertThat(scenario.get("kosten").get(0).get("omschrijving").asString())
                .contains("(ongeveer €949,-)");
        assertThat(scenario.get("aannames").valueStream().filter(a -> a.get("sleutel").asString().equals("uitkeringPerJaar"))
                .findFirst().orElseThrow().get("bron").asString()).contains("(ongeveer €29.000 per jaar)");
        JsonNode overview = scenario.get("overzicht");
        assertThat(overview.get("kosten").decimalValue()).isEqualByComparingTo("949.00");
        assertThat(overview.get("uitkeringBespaardPerJaar").decimalValue()).isEqualByComparingTo("29000.00");
        assertThat(overview.get("maatschappelijkRendement").decimalValue()).isEqualByComparingTo("28051.00");
        assertThat(overview.get("perPersoon").decimalValue()).isEqualByComparingTo("28051.00");
        assertThat(overview.get("bronVanDeCijfers").asString())
                .isEqualTo("Nog geen plaatsingen vastgelegd: cijfers uit aannames.");

        HttpResponse<String> csv = analyst.get("/besparingen/" + example + "/csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(csv.body()).startsWith("partner,kosten,directe_baten,maatschappelijke_baten,saldo\r\n")
                .contains("Werkgever,949.00,0.00,0.00,-949.00\r\n", "Gemeente (uitkering),0.00,29000.00,0.00,29000.00\r\n",
                        "Totaal,949.00,29000.00,0.00,28051.00\r\n");

        String page = analyst.get("/besparingen/" + example).body();
        assertThat(page).contains("Cijfers uit het document", "€\u00a028.051,00", "role=\"img\"",
                "minder dan 5 duurzame plaatsingen: die worden niet getoond. Cijfers uit aannames.")
                .doesNotContain("action=\"/besparingen/stap");
    }

    @Test
    void aScenarioSentToTheApiIsSavedForTheAnalystsOrganisationOnly() throws Exception {
        HttpResponse<String> created = analyst.json("POST", "/api/v1/besparingsscenarios", """
                {"naam": "Jobcoaching statushouders", "probleem": "Weinig statushouders aan het werk.",
                 "interventie": "Een jobcoach per statushouder.", "nulalternatief": "Bijstand.",
                 "tijdshorizon": 3, "uitkeringsbetaler": "Gemeente",
                 "aannames": [{"sleutel": "aantalPersonen", "waarde": 20, "bron": "Plan 2027. Te controleren door de regio."},
                              {"sleutel": "discontovoet", "waarde": 0, "bron": "Niet verdisconteerd."}],
                 "kosten": [{"partner": "Gemeente", "omschrijving": "Jobcoach", "bedrag": 3000, "herhaling": "YEARLY",
                             "perPersoon": true}],
                 "baten": [{"partner": "Zorg", "omschrijving": "Minder zorgkosten", "bedrag": 500, "herhaling": "YEARLY",
                            "perPersoon": true, "soort": "SOCIETAL"}]}""", csrf);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode scenario = tools.jackson.databind.json.JsonMapper.builder().build().readTree(created.body());
        // 20 × 100 % × 12 / 12 × 29,000 = 580,000 a year for 3 years; costs 20 × 3,000 × 3; societal 20 × 500 × 3
        assertThat(scenario.get("overzicht").get("kosten").decimalValue()).isEqualByComparingTo("180000.00");
        assertThat(scenario.get("overzicht").get("directeBaten").decimalValue()).isEqualByComparingTo("1740000.00");
        assertThat(scenario.get("overzicht").get("maatschappelijkeBaten").decimalValue()).isEqualByComparingTo("30000.00");
        assertThat(scenario.get("organisatie").asString()).isEqualTo("Arbeidsmarktregio Lindeveen");
        assertThat(scenario.get("opgeslagenDoor").asString()).isEqualTo("Pieter Mulder");
        long id = scenario.get("id").asLong();

        jdbc.update("update savings_scenario set organisation_id = 'gemeente-elders' where id = ?", id);
        analyst.problem(analyst.get("/api/v1/besparingsscenarios/" + id), 404);
        assertThat(analyst.get("/besparingen/" + id).statusCode()).isEqualTo(404);
        assertThat(analyst.form("/besparingen/" + id + "/kopie", "x=1", csrf).statusCode()).isEqualTo(404);
        assertThat(analyst.ok(analyst.get("/api/v1/besparingsscenarios")).valueStream()
                .map(s -> s.get("id").asLong())).doesNotContain(id);
    }

    @Test
    void refusedInputAtTheApiSavesNothingAndNamesEveryField() throws Exception {
        int before = count();
        HttpResponse<String> refused = analyst.json("POST", "/api/v1/besparingsscenarios", """
                {"naam": "", "tijdshorizon": 0, "aannames": [{"sleutel": "aandeelDuurzaam", "waarde": 120, "bron": "x"}],
                 "kosten": [{"partner": "Gemeente", "bedrag": 1.234, "herhaling": "ALTIJD"}]}""", csrf);

        JsonNode problem = analyst.problem(refused, 400);
        assertThat(problem.get("invalidParams").valueStream().map(p -> p.get("name").asString()))
                .contains("naam", "probleem", "interventie", "nulalternatief", "tijdshorizon", "aandeelDuurzaam",
                        "kosten[0].omschrijving", "kosten[0].bedrag", "kosten[0].herhaling", "uitkeringsbetaler");
        assertThat(count()).isEqualTo(before);

        JsonNode unknown = analyst.problem(analyst.json("POST", "/api/v1/besparingsscenarios",
                "{\"aannames\": [{\"sleutel\": \"geluk\", \"waarde\": 1}]}", csrf), 400);
        assertThat(unknown.get("invalidParams").get(0).get("name").asString()).isEqualTo("aannames[0].sleutel");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void aRefusedStepComesBackWithItsReasonsAndTheDraftAsItWas() throws Exception {
        analyst.form("/besparingen/nieuw", "x=1", csrf);
        HttpResponse<String> first = analyst.form("/besparingen/stap/1", form(Map.of("naam", "Scenario A",
                "probleem", "Te weinig mensen aan het werk.")), csrf);
        assertThat(first.statusCode()).isEqualTo(302);
        assertThat(first.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/besparingen/stap/2"));

        HttpResponse<String> refused = analyst.form("/besparingen/stap/2", form(Map.of("interventie", "",
                "aantalPersonen", "veel", "aantalPersonenBron", "Schatting")), csrf);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("Controleer het formulier: er zijn 2 problemen",
                "Vul de beschrijving van de interventie in.", "Vul een getal in van 1 tot en met 1000000, niet „veel”.",
                "aria-invalid=\"true\"", "value=\"veel\"");

        // not past the refused step, and step 1 as it was filled in
        HttpResponse<String> later = analyst.get("/besparingen/stap/3");
        assertThat(later.statusCode()).isEqualTo(302);
        assertThat(later.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/besparingen/stap/2"));
        assertThat(analyst.get("/besparingen/stap/1").body()).contains("value=\"Scenario A\"");
        assertThat(analyst.get("/besparingen/stap/2").body()).contains("value=\"1\"").doesNotContain("value=\"veel\"");

        int before = count();
        assertThat(analyst.form("/besparingen/opslaan", "x=1", csrf).statusCode()).isEqualTo(400);
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void copyingTheExampleMakesAScenarioOfTheirOwnAndLeavesTheExampleAsItWas() throws Exception {
        HttpResponse<String> copied = analyst.form("/besparingen/" + example + "/kopie", "x=1", csrf);
        assertThat(copied.statusCode()).isEqualTo(302);
        long copy = Long.parseLong(copied.headers().firstValue("Location").orElseThrow().replaceAll(".*/", ""));

        JsonNode scenario = analyst.ok(analyst.get("/api/v1/besparingsscenarios/" + copy));
        assertThat(scenario.get("naam").asString()).startsWith("Kopie van Voorbeeld uit de blauwdruk");
        assertThat(scenario.get("voorbeeld").asBoolean()).isFalse();
        assertThat(scenario.get("gekopieerdVan").asLong()).isEqualTo(example);
        assertThat(scenario.get("overzicht").get("maatschappelijkRendement").decimalValue()).isEqualByComparingTo("28051.00");
        assertThat(jdbc.queryForObject("select count(*) from savings_scenario where example", Integer.class)).isEqualTo(1);

        String compared = analyst.get("/besparingen/vergelijken?a=" + example + "&b=" + copy).body();
        assertThat(compared).contains("<h1 class=\"utrecht-heading-1\">Twee scenario&#39;s vergelijken</h1>", "€\u00a0949,00");
    }

    @Test
    void aSavedScenarioIsChangedAsACopyThroughTheSteps() throws Exception {
        HttpResponse<String> change = analyst.form("/besparingen/" + example + "/aanpassen", "x=1", csrf);
        assertThat(change.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/besparingen/stap/1"));
        assertThat(analyst.get("/besparingen/stap/1").body()).contains("value=\"Kopie van Voorbeeld uit de blauwdruk");
        assertThat(analyst.get("/besparingen/stap/6").body()).contains("value=\"29000\"", "(ongeveer €29.000 per jaar)");
        HttpResponse<String> more = analyst.form("/besparingen/stap/6", form(Map.of("uitkeringsbetaler", "Gemeente",
                "uitkeringPerJaar", "30.000", "uitkeringPerJaarBron", "Eigen begroting. Te controleren door de regio.",
                "maandenBespaardPerJaar", "12", "maandenBespaardPerJaarBron", "b", "aandeelDuurzaam", "100",
                "aandeelDuurzaamBron", "b")), csrf);
        assertThat(more.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/besparingen/stap/7"));
        assertThat(analyst.get("/besparingen/stap/7").body()).contains("€\u00a029.051,00");

        HttpResponse<String> saved = analyst.form("/besparingen/opslaan", "x=1", csrf);
        long id = Long.parseLong(saved.headers().firstValue("Location").orElseThrow().replaceAll(".*/", ""));
        JsonNode scenario = analyst.ok(analyst.get("/api/v1/besparingsscenarios/" + id));
        assertThat(scenario.get("gekopieerdVan").asLong()).isEqualTo(example);
        assertThat(scenario.get("overzicht").get("maatschappelijkRendement").decimalValue()).isEqualByComparingTo("29051.00");
        assertThat(analyst.ok(analyst.get("/api/v1/besparingsscenarios/" + example)).get("overzicht")
                .get("maatschappelijkRendement").decimalValue()).isEqualByComparingTo("28051.00");
    }

    private int count() {
        return jdbc.queryForObject("select count(*) from savings_scenario", Integer.class);
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }
}
