package nl.werkmotor.toolbox;

import java.util.List;

/** One instrument for one person, employer and job on a date: whether it applies, and each rule's reason. */
public record InstrumentEvaluation(Instrument instrument, Applicability applicability, List<RuleOutcome> outcomes) {

    public InstrumentEvaluation {
        outcomes = List.copyOf(outcomes);
    }
}
