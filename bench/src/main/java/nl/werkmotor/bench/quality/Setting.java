package nl.werkmotor.bench.quality;

/**
 * How far a synthetic profile strays from its occupation (issue 4, item 5). Every fraction but
 * {@link #swap} is a fraction of the occupation's essential skills {@code E}; {@link #swap} is a
 * fraction of the essentials kept. Counts are {@code Math.round(fraction × base)}, halves rounded up
 * (so C3 on 5 essentials drops 4 and adds 3 noise skills, and a swap needs at least 5 kept skills at 10%).
 *
 * @param drop     essentials left out
 * @param optional optional skills of the occupation added (fewer when it has fewer)
 * @param noise    unrelated skills added, drawn from {@link #noiseSource}
 * @param noiseSource where noise comes from
 * @param swap     kept essentials replaced by a skill one hop away (broader, narrower or related)
 */
public enum Setting {
    C0(0.0, 0.0, 0.0, NoiseSource.NONE, 0.0),
    C1(0.3, 0.2, 0.2, NoiseSource.ANY_OCCUPATION, 0.0),
    C2(0.5, 0.2, 0.5, NoiseSource.ANY_OCCUPATION, 0.1),
    C3(0.7, 0.0, 0.5, NoiseSource.SAME_ISCO_GROUP, 0.1),
    C4(0.5, 0.5, 1.0, NoiseSource.SAME_ISCO_GROUP, 0.2);

    /** Where noise skills come from; never from the target's own essential or optional skills. */
    public enum NoiseSource {
        NONE,
        /** Uniformly from every skill that at least one occupation uses. */
        ANY_OCCUPATION,
        /**
         * Uniformly from the skills of the other occupations in the target's ISCO unit group, the
         * confusable ones; topped up from {@link #ANY_OCCUPATION} when the group has too few.
         */
        SAME_ISCO_GROUP
    }

    final double drop;
    final double optional;
    final double noise;
    final NoiseSource noiseSource;
    final double swap;

    Setting(double drop, double optional, double noise, NoiseSource noiseSource, double swap) {
        this.drop = drop;
        this.optional = optional;
        this.noise = noise;
        this.noiseSource = noiseSource;
        this.swap = swap;
    }

    static int count(double fraction, int base) {
        return (int) Math.round(fraction * base);
    }
}
