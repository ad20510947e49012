package nl.werkmotor.engine.match;

import java.util.ArrayList;
import java.util.List;

/**
 * An occupation of the taxonomy (ESCO) as the engine sees it.
 *
 * @param id        dense non-negative id assigned by the application
 * @param essential skills essential for it
 * @param optional  skills optional for it
 * @param iscoGroup its ISCO-08 unit group code
 */
public record Occupation(int id, List<Integer> essential, List<Integer> optional, int iscoGroup) {
    public Occupation {
        if (id < 0) {
            throw new IllegalArgumentException("occupation id must not be negative: " + id);
        }
        essential = List.copyOf(essential);
        optional = List.copyOf(optional);
    }

    List<SkillRequirement> requirements() {
        var all = new ArrayList<SkillRequirement>(essential.size() + optional.size());
        essential.forEach(skill -> all.add(SkillRequirement.essential(skill)));
        optional.forEach(skill -> all.add(SkillRequirement.optional(skill)));
        return all;
    }
}
