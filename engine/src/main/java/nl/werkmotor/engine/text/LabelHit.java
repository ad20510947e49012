package nl.werkmotor.engine.text;

/**
 * One concept found, with the label of it that matched best.
 *
 * @param rank the packed ranking key ({@link Ranking}); higher is better, unique within one answer
 */
public record LabelHit(int conceptId, ConceptKind kind, String label, LabelLanguage language, LabelType type, long rank) {

    /** Whether every word matched whole (or as a stem) and the label has no other words. */
    public boolean complete() {
        return Ranking.complete(rank);
    }
}
