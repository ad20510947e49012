package nl.werkmotor.savings;

import java.util.Arrays;
import java.util.Optional;

/** The seven steps of the blueprint's Shared Savings model, in their order; a page per step. */
public enum ScenarioStep {
    PROBLEM, INTERVENTION, NULL_ALTERNATIVE, TIME_HORIZON, COSTS, BENEFITS, OVERVIEW;

    /** 1 to 7, as the page's address and the blueprint number them. */
    public int number() {
        return ordinal() + 1;
    }

    public static Optional<ScenarioStep> numbered(int number) {
        return Arrays.stream(values()).filter(s -> s.number() == number).findFirst();
    }

    public Optional<ScenarioStep> next() {
        return numbered(number() + 1);
    }
}
