package nl.werkmotor.savings;

import java.io.Serializable;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What a scenario says, step by step: the problem (1), the intervention (2) with the people it reaches, the null
 * alternative (3), the time horizon (4) with the discount rate, the costs per partner (5) and the benefits per
 * partner (6), among them the benefit saved, paid by {@code benefitPayer}. A draft has only the steps filled in so
 * far (the rest null or empty).
 */
public record ScenarioContent(String name, String problem, String intervention, String nullAlternative,
                              Integer horizonYears, String benefitPayer, Map<Assumption, AssumptionValue> assumptions,
                              List<Line> costs, List<Line> benefits) implements Serializable {

    public ScenarioContent {
        EnumMap<Assumption, AssumptionValue> all = new EnumMap<>(Assumption.class);
        for (Assumption a : Assumption.values()) {
            all.put(a, a.byDefault());
        }
        all.putAll(assumptions);
        assumptions = all;
        costs = List.copyOf(costs);
        benefits = List.copyOf(benefits);
    }

    /** A new scenario: nothing filled in, the assumptions at their defaults. */
    public static ScenarioContent blank() {
        return new ScenarioContent(null, null, null, null, null, null, Map.of(), List.of(), List.of());
    }

    /** The same scenario named "Kopie van …", within the longest name a scenario may have. */
    public ScenarioContent copy() {
        String copied = "Kopie van " + name;
        return new ScenarioContent(copied.length() > FillingInStep.MAX_NAME ? copied.substring(0, FillingInStep.MAX_NAME)
                : copied, problem, intervention, nullAlternative, horizonYears, benefitPayer, assumptions, costs, benefits);
    }

    public AssumptionValue assumption(Assumption assumption) {
        return assumptions.get(assumption);
    }

    @Override
    public Map<Assumption, AssumptionValue> assumptions() {
        return new EnumMap<>(assumptions);
    }
}
