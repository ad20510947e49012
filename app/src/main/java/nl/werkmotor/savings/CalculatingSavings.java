package nl.werkmotor.savings;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Brings a scenario's costs and benefits together per partner (the blueprint's step 7), in exact decimals.
 * <p>
 * Every line counts with its effect against the null alternative. An amount once falls in the first year; a yearly
 * amount in each year of the horizon, year {@code t} (1, 2, …) discounted by {@code (1 + rate)^(t - 1)}: the first
 * year is the base year, as in the blueprint's own sum, which looks at one year and does not discount. An amount
 * per person counts once for each person reached. The benefit saved is a direct benefit of the partner that pays the
 * benefit. Present values are rounded to cents (half even) per partner; the totals add up the rounded rows, so the
 * table and its totals agree.
 */
@Component
public class CalculatingSavings {

    private static final MathContext EXACT = MathContext.DECIMAL128;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal TWELVE = BigDecimal.valueOf(12);

    /** @throws IllegalArgumentException when the scenario has no time horizon yet */
    public Overview overview(ScenarioContent scenario) {
        if (scenario.horizonYears() == null) {
            throw new IllegalArgumentException("No time horizon yet");
        }
        int years = scenario.horizonYears();
        BigDecimal rate = scenario.assumption(Assumption.DISCOUNT_RATE).value();
        BigDecimal people = scenario.assumption(Assumption.PEOPLE).value();
        BigDecimal yearly = annuity(years, rate);

        Map<String, BigDecimal[]> partners = new LinkedHashMap<>(); // costs, direct, societal
        for (Line cost : scenario.costs()) {
            add(partners, cost.partner(), 0, presentValue(cost, people, yearly));
        }
        BigDecimal savedPerYear = benefitSavedPerYear(scenario);
        if (scenario.benefitPayer() != null && savedPerYear.signum() != 0) {
            add(partners, scenario.benefitPayer(), 1, savedPerYear.multiply(yearly, EXACT));
        }
        for (Line benefit : scenario.benefits()) {
            add(partners, benefit.partner(), benefit.kind() == BenefitKind.SOCIETAL ? 2 : 1,
                    presentValue(benefit, people, yearly));
        }

        List<Overview.PartnerRow> rows = new ArrayList<>();
        BigDecimal costs = BigDecimal.ZERO.setScale(2);
        BigDecimal direct = costs;
        BigDecimal societal = costs;
        for (Map.Entry<String, BigDecimal[]> partner : partners.entrySet()) {
            BigDecimal[] sums = partner.getValue();
            Overview.PartnerRow row = new Overview.PartnerRow(partner.getKey(), cents(sums[0]), cents(sums[1]),
                    cents(sums[2]));
            rows.add(row);
            costs = costs.add(row.costs());
            direct = direct.add(row.directBenefits());
            societal = societal.add(row.societalBenefits());
        }
        BigDecimal societalReturn = direct.add(societal).subtract(costs);
        Optional<BigDecimal> perPerson = people.signum() > 0
                ? Optional.of(societalReturn.divide(people, 2, RoundingMode.HALF_EVEN)) : Optional.empty();
        Optional<BigDecimal> ratio = costs.signum() > 0
                ? Optional.of(direct.add(societal).divide(costs, 2, RoundingMode.HALF_EVEN)) : Optional.empty();
        return new Overview(List.copyOf(rows), cents(savedPerYear), costs, direct, societal, direct.subtract(costs),
                societalReturn, perPerson, ratio, years, rate);
    }

    /** people × share lasting × months saved / 12 × benefit cost a year, unrounded. */
    static BigDecimal benefitSavedPerYear(ScenarioContent scenario) {
        return scenario.assumption(Assumption.PEOPLE).value()
                .multiply(scenario.assumption(Assumption.SHARE_LASTING).value()).divide(HUNDRED, EXACT)
                .multiply(scenario.assumption(Assumption.BENEFIT_MONTHS_SAVED_PER_YEAR).value()).divide(TWELVE, EXACT)
                .multiply(scenario.assumption(Assumption.BENEFIT_COST_PER_YEAR).value(), EXACT);
    }

    /** The present value of one euro in each of the years: the sum of 1 / (1 + rate)^(t - 1) for t = 1 … years. */
    static BigDecimal annuity(int years, BigDecimal ratePercent) {
        BigDecimal growth = BigDecimal.ONE.add(ratePercent.divide(HUNDRED, EXACT));
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal factor = BigDecimal.ONE;
        for (int t = 1; t <= years; t++) {
            sum = sum.add(factor);
            factor = factor.divide(growth, EXACT);
        }
        return sum;
    }

    private static BigDecimal presentValue(Line line, BigDecimal people, BigDecimal yearly) {
        BigDecimal effect = line.perPerson() ? line.effect().multiply(people, EXACT) : line.effect();
        return line.recurrence() == Recurrence.YEARLY ? effect.multiply(yearly, EXACT) : effect;
    }

    private static void add(Map<String, BigDecimal[]> partners, String partner, int column, BigDecimal amount) {
        BigDecimal[] sums = partners.computeIfAbsent(partner,
                p -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO});
        sums[column] = sums[column].add(amount);
    }

    private static BigDecimal cents(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_EVEN);
    }
}
