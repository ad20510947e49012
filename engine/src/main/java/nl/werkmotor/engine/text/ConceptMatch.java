package nl.werkmotor.engine.text;

/**
 * A concept that a short text (a job title, a skill phrase) may stand for.
 *
 * @param label the label of the concept that matched best
 * @param score 0 to 1; 1 when a label says exactly what the text says
 */
public record ConceptMatch(int conceptId, ConceptKind kind, String label, LabelLanguage language, LabelType type,
        double score) {
}
