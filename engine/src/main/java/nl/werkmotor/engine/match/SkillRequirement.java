package nl.werkmotor.engine.match;

import java.util.Objects;

/** A vacancy or occupation needs a skill. */
public record SkillRequirement(int skill, Importance importance) {
    public SkillRequirement {
        Objects.requireNonNull(importance, "importance");
    }

    public static SkillRequirement essential(int skill) {
        return new SkillRequirement(skill, Importance.ESSENTIAL);
    }

    public static SkillRequirement optional(int skill) {
        return new SkillRequirement(skill, Importance.OPTIONAL);
    }
}
