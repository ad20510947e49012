package nl.werkmotor.savings;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The region's own outcomes of the last twelve full months, when a module records placements
 * ({@link FindRegionalOutcomes}); empty when none does, and not shown when there are fewer than
 * {@link RegionalOutcomes#SMALLEST_SHOWN} lasting placements. Never invented: without them the pages say that the
 * figures come from the assumptions.
 */
@Component
class RegionalFigures {

    private static final BigDecimal TWELVE = BigDecimal.valueOf(12);

    private final ObjectProvider<FindRegionalOutcomes> outcomes;
    private final Clock clock;

    @Autowired
    RegionalFigures(ObjectProvider<FindRegionalOutcomes> outcomes) {
        this(outcomes, Clock.system(ZoneId.of("Europe/Amsterdam")));
    }

    RegionalFigures(ObjectProvider<FindRegionalOutcomes> outcomes, Clock clock) {
        this.outcomes = outcomes;
        this.clock = clock;
    }

    /** The last twelve full months' outcomes; empty when nothing records placements. */
    Optional<RegionalOutcomes> lastYear() {
        YearMonth to = YearMonth.now(clock).minusMonths(1);
        return Optional.ofNullable(outcomes.getIfAvailable()).map(find -> find.between(to.minusMonths(11), to));
    }

    /**
     * The scenario with its people, share lasting and months saved from the region's outcomes, each naming them as
     * its source; unchanged when they are too few to show.
     */
    static ScenarioContent using(ScenarioContent c, RegionalOutcomes o) {
        if (!o.shown()) {
            return c;
        }
        String source = "Eigen plaatsingen van de regio, " + o.from() + " tot en met " + o.to() + ": " + o.placements()
                + " plaatsingen, " + o.lastingPlacements() + " duurzaam, " + o.benefitMonthsSaved()
                + " maanden uitkering bespaard (" + o.source() + "). Te controleren door de regio.";
        var assumptions = c.assumptions();
        assumptions.put(Assumption.PEOPLE, new AssumptionValue(Assumption.PEOPLE, BigDecimal.valueOf(o.placements()),
                source));
        assumptions.put(Assumption.SHARE_LASTING, new AssumptionValue(Assumption.SHARE_LASTING,
                BigDecimal.valueOf(o.lastingPlacements()).multiply(BigDecimal.valueOf(100))
                        .divide(BigDecimal.valueOf(o.placements()), 2, RoundingMode.HALF_EVEN), source));
        assumptions.put(Assumption.BENEFIT_MONTHS_SAVED_PER_YEAR, new AssumptionValue(
                Assumption.BENEFIT_MONTHS_SAVED_PER_YEAR, BigDecimal.valueOf(o.benefitMonthsSaved())
                .divide(BigDecimal.valueOf(o.lastingPlacements()), 2, RoundingMode.HALF_EVEN).min(TWELVE), source));
        return new ScenarioContent(c.name(), c.problem(), c.intervention(), c.nullAlternative(), c.horizonYears(),
                c.benefitPayer(), assumptions, c.costs(), c.benefits());
    }
}
