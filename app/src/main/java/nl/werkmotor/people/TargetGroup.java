package nl.werkmotor.people;

/** The target groups of labour-market policy a person belongs to; they open instruments and quota jobs. */
public enum TargetGroup {
    BANENAFSPRAAK, BIJSTAND, WW, WAJONG, STATUSHOUDER
}
