package nl.werkmotor.sectorplans;

/** What a {@link Target} is for; its {@code scopeKey} names which one. */
public enum TargetScope {
    /** the whole region; no key */
    REGION,
    /** one organisation; key: identity's organisation id */
    ORGANISATION,
    /** one region sector; key: {@link RegionSector#code()} */
    SECTOR,
    /** one target group; key: the people module's target group code, e.g. "BANENAFSPRAAK" */
    TARGET_GROUP
}
