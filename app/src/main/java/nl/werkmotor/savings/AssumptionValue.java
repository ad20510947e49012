package nl.werkmotor.savings;

import java.io.Serializable;
import java.math.BigDecimal;

/** An assumption's value in a scenario, with where it comes from. */
public record AssumptionValue(Assumption assumption, BigDecimal value, String source) implements Serializable {
}
