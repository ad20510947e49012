package nl.werkmotor.people;

/** The benefit someone lives on, if any. */
public enum BenefitType {
    NONE,
    /** Participatiewet (municipality) */
    BIJSTAND,
    /** unemployment benefit (UWV) */
    WW,
    /** for people disabled from a young age (UWV) */
    WAJONG,
    /** for people partly or fully unable to work after illness (UWV: WGA or IVA) */
    WIA
}
