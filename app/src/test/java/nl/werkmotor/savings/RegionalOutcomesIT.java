package nl.werkmotor.savings;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.YearMonth;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

import nl.werkmotor.ApiSession;
import nl.werkmotor.WerkmotorTest;

/**
 * The calculator fed with the region's own outcomes through {@link FindRegionalOutcomes} (here a stand-in, primary
 * over monitoring's count of the placements, answers with fixed counts). Step 6 shows the counts and takes them into
 * the assumptions with their source; fewer than 5 lasting placements are neither shown nor used.
 */
@WerkmotorTest
@Import(RegionalOutcomesIT.Placements.class)
class RegionalOutcomesIT {

    /** What the future placements module would count. */
    static final AtomicReference<RegionalOutcomes> COUNTED = new AtomicReference<>();

    @TestConfiguration
    static class Placements {

        @Bean
        @Primary
        FindRegionalOutcomes regionalOutcomes() {
            return (from, to) -> new RegionalOutcomes(from, to, COUNTED.get().placements(),
                    COUNTED.get().lastingPlacements(), COUNTED.get().benefitMonthsSaved(), "test");
        }
    }

    @LocalServerPort
    int port;

    ApiSession analyst;
    String csrf;

    @BeforeEach
    void aScenarioUpToStepSix() throws Exception {
        analyst = new ApiSession(port);
        csrf = analyst.signIn("beleidsmedewerker");
        analyst.form("/besparingen/nieuw", "x=1", csrf);
        analyst.form("/besparingen/stap/1", "naam=Regio&probleem=p", csrf);
        analyst.form("/besparingen/stap/2", "interventie=i&aantalPersonen=1&aantalPersonenBron=b", csrf);
        analyst.form("/besparingen/stap/3", "nulalternatief=n", csrf);
        analyst.form("/besparingen/stap/4", "tijdshorizon=1&discontovoet=0&discontovoetBron=b", csrf);
        HttpResponse<String> costs = analyst.form("/besparingen/stap/5",
                "kosten[0].partner=Gemeente&kosten[0].omschrijving=Coach&kosten[0].bedrag=100&kosten[0].herhaling=ONCE", csrf);
        assertThat(costs.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/stap/6"));
    }

    @Test
    void theRegionsOwnPlacementsAreShownAndTakenIntoTheAssumptions() throws Exception {
        COUNTED.set(new RegionalOutcomes(YearMonth.of(2026, 1), YearMonth.of(2026, 1), 40, 30, 270, "test"));

        String step = analyst.get("/besparingen/stap/6").body();
        assertThat(step).contains("40 plaatsingen, waarvan 30 duurzaam, samen 270 maanden uitkering bespaard")
                .doesNotContain("Nog geen plaatsingen vastgelegd");
        analyst.form("/besparingen/stap/6/regio", "x=1", csrf);

        String taken = analyst.get("/besparingen/stap/6").body();
        assertThat(taken).contains("De cijfers van de regio staan nu in de aannames, met hun bron.",
                "id=\"aandeelDuurzaam\"", "value=\"75\"", "value=\"9\"");
        assertThat(analyst.get("/besparingen/stap/2").body()).contains("value=\"40\"");
    }

    @Test
    void fewerThanFiveLastingPlacementsAreNeitherShownNorUsed() throws Exception {
        COUNTED.set(new RegionalOutcomes(YearMonth.of(2026, 1), YearMonth.of(2026, 1), 6, 4, 30, "test"));

        String step = analyst.get("/besparingen/stap/6").body();
        assertThat(step).contains("minder dan 5 duurzame plaatsingen").doesNotContain("6 plaatsingen", "30 maanden")
                .doesNotContain("action=\"/besparingen/stap/6/regio\"");
        analyst.form("/besparingen/stap/6/regio", "x=1", csrf);
        assertThat(analyst.get("/besparingen/stap/2").body()).contains("value=\"1\"");
    }
}
