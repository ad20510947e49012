package nl.werkmotor.learning;

/** The form of a learning offer. */
public enum OfferKind {
    /** a short module, often part of a longer track */
    MODULE,
    /** an mbo certificate: a recognised part of an mbo qualification */
    MBO_CERTIFICAAT,
    /** beroepsbegeleidende leerweg: work four days, learn one */
    BBL,
    /** a course, e.g. from a training company or social organisation */
    CURSUS
}
