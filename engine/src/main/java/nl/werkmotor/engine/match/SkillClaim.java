package nl.werkmotor.engine.match;

import java.util.Objects;

/** A person says (or shows) they have a skill. */
public record SkillClaim(int skill, Evidence evidence) {
    public SkillClaim {
        Objects.requireNonNull(evidence, "evidence");
    }
}
