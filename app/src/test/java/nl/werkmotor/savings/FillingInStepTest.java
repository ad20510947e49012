package nl.werkmotor.savings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import nl.werkmotor.platform.Refusal;

/** Each step's form: amounts as people type them, every reason per field in Dutch and English, nothing half-filled. */
class FillingInStepTest {

    final FillingInStep filling = new FillingInStep();

    @Test
    void amountsAreReadAsPeopleTypeThem() {
        assertThat(Euros.parse("1.234,56")).hasValue(new BigDecimal("1234.56"));
        assertThat(Euros.parse("€ 29.000")).hasValue(new BigDecimal("29000"));
        assertThat(Euros.parse("1,234.56")).hasValue(new BigDecimal("1234.56"));
        assertThat(Euros.parse("2,25")).hasValue(new BigDecimal("2.25"));
        assertThat(Euros.parse("2.25")).hasValue(new BigDecimal("2.25"));
        assertThat(Euros.parse("949,-")).isEmpty();
        assertThat(Euros.parse("veel")).isEmpty();
        assertThat(Euros.parse("1e9")).isEmpty();
        assertThat(Euros.parse("")).isEmpty();
        assertThat(new Euros().format(new BigDecimal("28051"), Locale.forLanguageTag("nl"))).isEqualTo("€\u00a028.051,00"); // no break between the sign and the amount
        assertThat(new Euros().format(new BigDecimal("28051"), Locale.ENGLISH)).isEqualTo("€28,051.00");
    }

    @Test
    void aRefusedStepNamesEveryFieldInDutchAndEnglishAndChangesNothing() {
        ScenarioContent before = ScenarioContent.blank();
        Map<String, String> form = new HashMap<>(Map.of("tijdshorizon", "40", "discontovoet", "2,255",
                "discontovoetBron", ""));

        assertThatThrownBy(() -> filling.fillIn(before, ScenarioStep.TIME_HORIZON, form))
                .isInstanceOfSatisfying(Refusal.class, refused -> {
                    assertThat(refused.about("tijdshorizon", Locale.forLanguageTag("nl")))
                            .isEqualTo("Vul de tijdshorizon in als een heel aantal jaren van 1 tot en met 30, niet „40”.");
                    assertThat(refused.about("tijdshorizon", Locale.ENGLISH))
                            .isEqualTo("Fill in the time horizon as a whole number of years from 1 to 30, not \"40\".");
                    assertThat(refused.about("discontovoet", Locale.forLanguageTag("nl")))
                            .isEqualTo("Hoogstens 2 decimalen, niet „2,255”.");
                    assertThat(refused.about("discontovoetBron", Locale.ENGLISH))
                            .isEqualTo("Fill in the source of this assumption.");
                });
        assertThat(before).isEqualTo(ScenarioContent.blank());
    }

    @Test
    void aLinePartlyFilledInIsRefusedAndEmptyLinesAreLeftOut() {
        Map<String, String> form = new HashMap<>();
        form.put("kosten[0].partner", "Gemeente");
        form.put("kosten[0].omschrijving", "Jobcoaching");
        form.put("kosten[0].bedrag", "1.250,50");
        form.put("kosten[0].herhaling", "YEARLY");
        form.put("kosten[1].partner", "");
        form.put("kosten[1].herhaling", "YEARLY");
        form.put("kosten[2].partner", "UWV");
        form.put("kosten[2].bedrag", "-5");
        form.put("kosten[2].herhaling", "YEARLY");

        assertThatThrownBy(() -> filling.fillIn(ScenarioContent.blank(), ScenarioStep.COSTS, form))
                .isInstanceOfSatisfying(Refusal.class, refused -> assertThat(refused.reasons())
                        .extracting(Refusal.Reason::field)
                        .containsExactly("kosten[2].omschrijving", "kosten[2].bedrag"));

        form.put("kosten[2].partner", "");
        form.put("kosten[2].bedrag", "");
        ScenarioContent filled = filling.fillIn(ScenarioContent.blank(), ScenarioStep.COSTS, form);
        assertThat(filled.costs()).containsExactly(new Line("Gemeente", "Jobcoaching", new BigDecimal("1250.5"),
                BigDecimal.ZERO, Recurrence.YEARLY, false, null));
    }

    @Test
    void stepFiveNeedsAtLeastOneCost() {
        assertThatThrownBy(() -> filling.fillIn(ScenarioContent.blank(), ScenarioStep.COSTS,
                Map.of("kosten[0].herhaling", "YEARLY")))
                .isInstanceOfSatisfying(Refusal.class, refused -> assertThat(refused.concerns("kosten[0].partner")).isTrue());
    }

    @Test
    void theAssumptionsOfAStepAreFilledInWithTheirSources() {
        Map<String, String> form = new HashMap<>(ScenarioForm.of(ScenarioContent.blank(), Locale.forLanguageTag("nl")));
        form.put("uitkeringsbetaler", "UWV");
        form.put("uitkeringPerJaar", "21.500");
        form.put("uitkeringPerJaarBron", "Begroting 2027 van de gemeente. Te controleren door de regio.");

        ScenarioContent filled = filling.fillIn(ScenarioContent.blank(), ScenarioStep.BENEFITS, form);

        assertThat(filled.benefitPayer()).isEqualTo("UWV");
        assertThat(filled.assumption(Assumption.BENEFIT_COST_PER_YEAR)).isEqualTo(new AssumptionValue(
                Assumption.BENEFIT_COST_PER_YEAR, new BigDecimal("21500"),
                "Begroting 2027 van de gemeente. Te controleren door de regio."));
        assertThat(filled.assumption(Assumption.SHARE_LASTING)).isEqualTo(Assumption.SHARE_LASTING.byDefault());
    }

    @Test
    void theRegionsOwnOutcomesReplaceTheAssumptionsOnlyWhenThereAreEnough() {
        ScenarioContent blank = ScenarioContent.blank();
        var few = new RegionalOutcomes(java.time.YearMonth.of(2026, 1), java.time.YearMonth.of(2026, 12), 9, 4, 40, "test");
        assertThat(RegionalFigures.using(blank, few)).isEqualTo(blank);

        var enough = new RegionalOutcomes(java.time.YearMonth.of(2026, 1), java.time.YearMonth.of(2026, 12), 40, 30,
                270, "plaatsingen");
        ScenarioContent used = RegionalFigures.using(blank, enough);
        assertThat(used.assumption(Assumption.PEOPLE).value()).isEqualByComparingTo("40");
        assertThat(used.assumption(Assumption.SHARE_LASTING).value()).isEqualByComparingTo("75");
        assertThat(used.assumption(Assumption.BENEFIT_MONTHS_SAVED_PER_YEAR).value()).isEqualByComparingTo("9");
        assertThat(used.assumption(Assumption.PEOPLE).source()).contains("40 plaatsingen, 30 duurzaam, 270 maanden")
                .contains("Te controleren door de regio");
        assertThat(new RegionalFigures(org.springframework.beans.factory.support.DefaultListableBeanFactory.class
                .cast(new org.springframework.beans.factory.support.DefaultListableBeanFactory())
                .getBeanProvider(FindRegionalOutcomes.class)).lastYear()).isEqualTo(Optional.empty());
    }
}
