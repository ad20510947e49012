package nl.werkmotor.engine.match;

import java.util.Arrays;
import java.util.List;

/**
 * What one side needs, in canonical form: skills ascending, each with its share
 * {@code importance × specificity / Σ(importance × specificity)}, computed once here so the index,
 * the explanations and the gap analysis all use the same float weights.
 */
final class Demand {
    final int[] skills;
    final boolean[] essential;
    final float[] weights;

    private Demand(int[] skills, boolean[] essential, float[] weights) {
        this.skills = skills;
        this.essential = essential;
        this.weights = weights;
    }

    static Demand of(SkillGraph graph, List<SkillRequirement> requirements) {
        // Packed as skill * 2 + (optional ? 1 : 0): sorting puts a skill's essential listing first.
        var packed = new long[requirements.size()];
        for (int i = 0; i < packed.length; i++) {
            var requirement = requirements.get(i);
            packed[i] = graph.checked(requirement.skill()) * 2L + (requirement.importance() == Importance.OPTIONAL ? 1 : 0);
        }
        Arrays.sort(packed);
        int count = 0;
        for (int i = 0; i < packed.length; i++) {
            if (count == 0 || packed[i] >>> 1 != packed[count - 1] >>> 1) {
                packed[count++] = packed[i];
            }
        }
        var skills = new int[count];
        var essential = new boolean[count];
        var weights = new float[count];
        float total = 0f;
        for (int i = 0; i < count; i++) {
            skills[i] = (int) (packed[i] >>> 1);
            essential[i] = (packed[i] & 1) == 0;
            weights[i] = importance(essential[i]).factor() * graph.specificity(skills[i]);
            total += weights[i];
        }
        for (int i = 0; i < count; i++) {
            weights[i] = weights[i] / total;
        }
        return new Demand(skills, essential, weights);
    }

    static Importance importance(boolean essential) {
        return essential ? Importance.ESSENTIAL : Importance.OPTIONAL;
    }

    int size() {
        return skills.length;
    }
}
