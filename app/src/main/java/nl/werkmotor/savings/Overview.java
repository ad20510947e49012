package nl.werkmotor.savings;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The blueprint's step 7: the costs and benefits of a scenario brought together per partner, as present values over
 * the time horizon in euros (cents), with the direct return to the partners and the broader societal return.
 *
 * @param partners           in the order the scenario first names them
 * @param benefitSavedPerYear the benefit no longer paid in one year: people × share lasting × months saved / 12 ×
 *                           benefit cost a year
 * @param directReturn       direct benefits less costs
 * @param societalReturn     all benefits (direct and societal) less costs
 * @param perPerson          the societal return per person reached; empty when the scenario reaches nobody
 * @param benefitCostRatio   all benefits divided by the costs (2 decimals); empty when there are no costs
 */
public record Overview(List<PartnerRow> partners, BigDecimal benefitSavedPerYear, BigDecimal costs,
                       BigDecimal directBenefits, BigDecimal societalBenefits, BigDecimal directReturn,
                       BigDecimal societalReturn, Optional<BigDecimal> perPerson, Optional<BigDecimal> benefitCostRatio,
                       int horizonYears, BigDecimal discountRate) {

    /** One partner's costs and benefits, each the present value of its effect against the null alternative. */
    public record PartnerRow(String partner, BigDecimal costs, BigDecimal directBenefits, BigDecimal societalBenefits) {

        public BigDecimal benefits() {
            return directBenefits.add(societalBenefits);
        }

        public BigDecimal net() {
            return benefits().subtract(costs);
        }
    }

    public BigDecimal benefits() {
        return directBenefits.add(societalBenefits);
    }
}
