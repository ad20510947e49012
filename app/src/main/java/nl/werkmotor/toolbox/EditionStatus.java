package nl.werkmotor.toolbox;

/** Where an edition is on its way: prepared, reviewed, published (then it counts from its date on). */
public enum EditionStatus {
    DRAFT, REVIEWED, PUBLISHED
}
