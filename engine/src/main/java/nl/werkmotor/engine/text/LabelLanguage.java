package nl.werkmotor.engine.text;

/** The language of a label, which decides its stemmer and whether it gets compound parts. */
public enum LabelLanguage {
    NL, EN
}
