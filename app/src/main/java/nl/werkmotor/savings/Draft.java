package nl.werkmotor.savings;

import java.io.Serializable;

/**
 * The scenario being filled in, kept in the analyst's session between the steps: its content, the furthest step
 * reached, and the saved scenario it was copied from, if any.
 */
record Draft(ScenarioContent content, ScenarioStep reached, Long copiedFrom) implements Serializable {

    static final String SESSION = Draft.class.getName();

    static Draft fresh() {
        return new Draft(ScenarioContent.blank(), ScenarioStep.PROBLEM, null);
    }

    Draft filledIn(ScenarioStep step, ScenarioContent filled) {
        ScenarioStep next = step.next().orElse(step);
        return new Draft(filled, next.compareTo(reached) > 0 ? next : reached, copiedFrom);
    }
}
