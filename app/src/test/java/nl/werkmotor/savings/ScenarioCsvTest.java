package nl.werkmotor.savings;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/** The overview as CSV: one row per partner and the totals; a partner's name can never become a spreadsheet formula. */
class ScenarioCsvTest {

    @Test
    void theBlueprintsSumAsCsvInEnglish() {
        ScenarioContent sum = CalculatingSavingsTest.theBlueprintsSum();
        Overview overview = new CalculatingSavings().overview(sum);

        String csv = ScenarioCsv.of(new Scenario(1, sum, null, "De Motor", true, null, "b", "b", Instant.EPOCH),
                overview, Locale.ENGLISH);

        assertThat(csv).isEqualTo("""
                partner,costs,direct_benefits,societal_benefits,net\r
                Werkgever,949.00,0.00,0.00,-949.00\r
                Gemeente (uitkering),0.00,29000.00,0.00,29000.00\r
                Total,949.00,29000.00,0.00,28051.00\r
                Direct return,,,,28051.00\r
                Broader societal return,,,,28051.00\r
                """);
    }

    @Test
    void aPartnerNamedLikeAFormulaIsQuotedAndDefused() {
        ScenarioContent sum = CalculatingSavingsTest.theBlueprintsSum();
        ScenarioContent named = new ScenarioContent(sum.name(), sum.problem(), sum.intervention(), sum.nullAlternative(),
                1, "=HYPERLINK(\"x\"), of niet", sum.assumptions(), List.of(new Line("-2+3", "d", BigDecimal.ONE,
                BigDecimal.ZERO, Recurrence.ONCE, false, null)), List.of());

        String csv = ScenarioCsv.of(new Scenario(1, named, "o", "O", false, null, "b", "b", Instant.EPOCH),
                new CalculatingSavings().overview(named), Locale.forLanguageTag("nl"));

        assertThat(csv).contains("\r\n\"'-2+3\",1.00,", "\r\n\"'=HYPERLINK(\"\"x\"\"), of niet\",0.00,");
    }
}
