package nl.werkmotor.engine.match;

/**
 * What one needed skill adds to a score. {@link #weight()} is the skill's share of everything the
 * needing side asks for (the shares of one side sum to 1); {@link #contribution()} is the part of it
 * earned: {@code weight × relation factor × evidence factor}.
 */
public sealed interface Contribution permits Contribution.Matched, Contribution.Related, Contribution.Missing {
    int skill();

    Importance importance();

    float weight();

    float contribution();

    /** The needed skill itself is claimed. */
    record Matched(int skill, Importance importance, float weight, Evidence evidence, float contribution)
            implements Contribution {
    }

    /** Partial credit: a claimed skill {@code via} relates to the needed one by {@code relation}. */
    record Related(int skill, Importance importance, float weight, int via, Relation relation, Evidence evidence,
                   float contribution) implements Contribution {
    }

    /** Nothing claimed earns credit for the needed skill; {@code weight} is what it would add at most. */
    record Missing(int skill, Importance importance, float weight) implements Contribution {
        @Override
        public float contribution() {
            return 0f;
        }
    }
}
