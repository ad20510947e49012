package nl.werkmotor.people;

/** What the work must allow, as a person says it: the "willen" next to hours and travel. */
public enum WorkingCondition {
    DAYTIME_ONLY,
    NO_WEEKENDS,
    NO_HEAVY_LIFTING,
    MOSTLY_SITTING,
    QUIET_WORKPLACE,
    OUTDOORS,
    WITH_PEOPLE,
    FIXED_SCHEDULE
}
