package nl.werkmotor.partners;

/** What kind of organisation a partner is; only a municipality has a CBS code and inhabitants, only a WSP locations. */
public enum PartnerKind {
    /** A gemeente: the Participatiewet, bijstand, its own case workers. */
    MUNICIPALITY,
    /** UWV: WW, WIA, Wajong, the doelgroepregister. */
    UWV,
    /** A WerkgeversServicePunt: the region's account managers for employers. */
    WSP,
    /** A school or training provider (ROC, praktijkonderwijs, VSO). */
    SCHOOL,
    /** A social organisation: a social enterprise, a foundation, a work company. */
    SOCIAL
}
