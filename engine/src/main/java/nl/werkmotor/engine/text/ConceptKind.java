package nl.werkmotor.engine.text;

/** The two kinds of taxonomy concept a label can name. */
public enum ConceptKind {
    OCCUPATION, SKILL
}
