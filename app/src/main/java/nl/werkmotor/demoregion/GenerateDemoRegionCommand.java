package nl.werkmotor.demoregion;

/**
 * What region to generate.
 *
 * @param people how many people, 1 to {@value #MAX_PEOPLE}; employers, vacancies and learning offers follow
 * @param seed   the same seed gives the same region
 * @param region arbeidsmarktregio code, e.g. AM22 (Rijnmond)
 */
public record GenerateDemoRegionCommand(int people, long seed, String region) {

    public static final int SMALL = 2_000;
    public static final int MEDIUM = 50_000;
    public static final int LARGE = 1_000_000;
    public static final int MAX_PEOPLE = LARGE;
    public static final long DEFAULT_SEED = 20261124L;
    /** Rijnmond (Rotterdam and surroundings): a large, varied region. */
    public static final String DEFAULT_REGION = "AM22";

    /** The small default region, as the first development start makes it. */
    public static GenerateDemoRegionCommand small() {
        return new GenerateDemoRegionCommand(SMALL, DEFAULT_SEED, DEFAULT_REGION);
    }
}
