package nl.werkmotor.bench.quality;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * What a ranker is asked with: skills, split into essential and optional where the asking side says
 * so (a vacancy); a profile has only "essential" ones. The baselines see only {@link #all()}.
 */
public record SkillQuery(int[] essential, int[] optional) {

    public static SkillQuery of(int[] skills) {
        return new SkillQuery(skills, new int[0]);
    }

    /** Every skill once, ascending. */
    public int[] all() {
        return IntStream.concat(Arrays.stream(essential), Arrays.stream(optional)).distinct().sorted().toArray();
    }
}
