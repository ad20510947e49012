package nl.werkmotor.savings;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The overview of step 7, in exact euros: the blueprint's own sum, discounting, null alternatives, partners. */
class CalculatingSavingsTest {

    final CalculatingSavings calculating = new CalculatingSavings();

    /** The blueprint's sum: about €949 of training a year against about €29,000 of benefit a year, "€28.000 euro per persoon". */
    static ScenarioContent theBlueprintsSum() {
        return new ScenarioContent("Blauwdruk", "probleem", "interventie", "nulalternatief", 1, "Gemeente (uitkering)",
                assumptions(1, "29000", 12, 100, "0"),
                List.of(new Line("Werkgever", "Opleiding", new BigDecimal("949"), BigDecimal.ZERO, Recurrence.YEARLY,
                        true, null)), List.of());
    }

    static Map<Assumption, AssumptionValue> assumptions(int people, String benefitCost, int months, int shareLasting,
                                                        String discountRate) {
        Map<Assumption, AssumptionValue> a = new EnumMap<>(Assumption.class);
        a.put(Assumption.PEOPLE, new AssumptionValue(Assumption.PEOPLE, BigDecimal.valueOf(people), "test"));
        a.put(Assumption.BENEFIT_COST_PER_YEAR, new AssumptionValue(Assumption.BENEFIT_COST_PER_YEAR,
                new BigDecimal(benefitCost), "test"));
        a.put(Assumption.BENEFIT_MONTHS_SAVED_PER_YEAR, new AssumptionValue(Assumption.BENEFIT_MONTHS_SAVED_PER_YEAR,
                BigDecimal.valueOf(months), "test"));
        a.put(Assumption.SHARE_LASTING, new AssumptionValue(Assumption.SHARE_LASTING, BigDecimal.valueOf(shareLasting),
                "test"));
        a.put(Assumption.DISCOUNT_RATE, new AssumptionValue(Assumption.DISCOUNT_RATE, new BigDecimal(discountRate),
                "test"));
        return a;
    }

    @Test
    void theBlueprintsSumSavesAbout28000PerPerson() {
        Overview overview = calculating.overview(theBlueprintsSum());

        assertThat(overview.costs()).isEqualByComparingTo("949.00");
        assertThat(overview.benefitSavedPerYear()).isEqualByComparingTo("29000.00");
        assertThat(overview.directBenefits()).isEqualByComparingTo("29000.00");
        assertThat(overview.societalReturn()).isEqualByComparingTo("28051.00");
        assertThat(overview.perPerson()).hasValueSatisfying(perPerson -> {
            assertThat(perPerson).isEqualByComparingTo("28051.00");
            // the document rounds it: "een besparing op van €28.000 euro per persoon"
            assertThat(perPerson.setScale(-3, java.math.RoundingMode.HALF_UP)).isEqualByComparingTo("28000");
        });
        assertThat(overview.partners()).extracting(Overview.PartnerRow::partner)
                .containsExactly("Werkgever", "Gemeente (uitkering)");
        assertThat(overview.partners().get(0).net()).isEqualByComparingTo("-949.00");
        assertThat(overview.partners().get(1).net()).isEqualByComparingTo("29000.00");
    }

    @Test
    void perPersonAmountsCountForEachPersonReached() {
        ScenarioContent sum = theBlueprintsSum();
        ScenarioContent hundred = new ScenarioContent(sum.name(), sum.problem(), sum.intervention(),
                sum.nullAlternative(), 1, sum.benefitPayer(), assumptions(100, "29000", 12, 100, "0"), sum.costs(),
                List.of());

        Overview overview = calculating.overview(hundred);

        assertThat(overview.costs()).isEqualByComparingTo("94900.00");
        assertThat(overview.societalReturn()).isEqualByComparingTo("2805100.00");
        assertThat(overview.perPerson()).hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("28051.00"));
    }

    @Test
    void laterYearsAreDiscountedFromTheSecondYearOn() {
        // 3 years of 1,000 at 2.25 %: 1000 + 1000 / 1.0225 + 1000 / 1.0225^2 = 1000 + 977.99511 + 956.47444
        ScenarioContent c = new ScenarioContent("n", "p", "i", "z", 3, "Gemeente", assumptions(0, "0", 0, 0, "2.25"),
                List.of(new Line("Gemeente", "Jobcoach", new BigDecimal("1000"), BigDecimal.ZERO, Recurrence.YEARLY,
                        false, null),
                        new Line("UWV", "Werkplekaanpassing", new BigDecimal("500"), BigDecimal.ZERO, Recurrence.ONCE,
                                false, null)), List.of());

        Overview overview = calculating.overview(c);

        assertThat(overview.partners().get(0).costs()).isEqualByComparingTo("2934.47");
        assertThat(overview.partners().get(1).costs()).isEqualByComparingTo("500.00");
        assertThat(overview.costs()).isEqualByComparingTo("3434.47");
        assertThat(overview.perPerson()).isEmpty();
        assertThat(overview.benefitCostRatio()).hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo("0.00"));
    }

    @Test
    void onlyTheDifferenceFromTheNullAlternativeCountsAndDirectIsToldFromSocietal() {
        ScenarioContent c = new ScenarioContent("n", "p", "i", "z", 2, "UWV", assumptions(10, "20000", 6, 50, "0"),
                List.of(new Line("Gemeente", "Trajecten", new BigDecimal("5000"), new BigDecimal("2000"),
                        Recurrence.YEARLY, false, null)),
                List.of(new Line("Zorgverzekeraar", "Minder zorgkosten", new BigDecimal("300"), BigDecimal.ZERO,
                                Recurrence.YEARLY, true, BenefitKind.SOCIETAL),
                        new Line("Gemeente", "Minder schuldhulp", new BigDecimal("1000"), BigDecimal.ZERO,
                                Recurrence.ONCE, false, BenefitKind.DIRECT)));

        Overview overview = calculating.overview(c);

        // benefit saved a year: 10 × 50 % × 6 / 12 × 20,000 = 50,000; over 2 undiscounted years 100,000
        assertThat(overview.benefitSavedPerYear()).isEqualByComparingTo("50000.00");
        assertThat(overview.costs()).isEqualByComparingTo("6000.00");
        assertThat(overview.directBenefits()).isEqualByComparingTo("101000.00");
        assertThat(overview.societalBenefits()).isEqualByComparingTo("6000.00");
        assertThat(overview.directReturn()).isEqualByComparingTo("95000.00");
        assertThat(overview.societalReturn()).isEqualByComparingTo("101000.00");
        assertThat(overview.benefitCostRatio()).hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo("17.83"));
        assertThat(overview.partners()).extracting(Overview.PartnerRow::partner)
                .containsExactly("Gemeente", "UWV", "Zorgverzekeraar");
    }

    @Test
    void theTotalsAddUpTheRoundedRows() {
        // thirds of a cent in each row: the totals are the sum of what the table shows
        ScenarioContent c = new ScenarioContent("n", "p", "i", "z", 2, "Gemeente", assumptions(0, "0", 0, 0, "3"),
                List.of(new Line("A", "a", new BigDecimal("100.01"), BigDecimal.ZERO, Recurrence.YEARLY, false, null),
                        new Line("B", "b", new BigDecimal("100.01"), BigDecimal.ZERO, Recurrence.YEARLY, false, null)),
                List.of());

        Overview overview = calculating.overview(c);

        BigDecimal rows = overview.partners().stream().map(Overview.PartnerRow::costs).reduce(BigDecimal.ZERO,
                BigDecimal::add);
        assertThat(overview.costs()).isEqualByComparingTo(rows);
        assertThat(overview.costs().scale()).isEqualTo(2);
    }
}
