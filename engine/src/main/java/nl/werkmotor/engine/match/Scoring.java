package nl.werkmotor.engine.match;

import java.util.ArrayList;
import java.util.Arrays;

/** The score of one supply against one demand, with its explanation: the model in one method. */
final class Scoring {
    private Scoring() {
    }

    /**
     * For each needed skill (ascending) the best credit any claim earns for it, {@code relation factor ×
     * evidence factor}, times the skill's weight; ties go to the lowest claimed skill id. With
     * {@code weighsPrecision} the coverage is multiplied by the profile's precision: the share of
     * the claims' specificity that earns credit here (the claims shown as matched or {@code via}).
     */
    static Explanation explain(SkillGraph graph, Supply supply, Demand demand, boolean weighsPrecision) {
        var contributions = new ArrayList<Contribution>(demand.size());
        var used = new boolean[supply.size()];
        double coverage = 0;
        for (int i = 0; i < demand.size(); i++) {
            int need = demand.skills[i];
            var importance = Demand.importance(demand.essential[i]);
            float best = 0f;
            int bestSource = -1;
            int bestClaim = -1;
            for (int j = graph.sourceStart(need); j < graph.sourceEnd(need); j++) {
                int claim = Arrays.binarySearch(supply.skills, graph.sourceSkill(j));
                if (claim >= 0) {
                    float credit = graph.sourceFactor(j) * supply.factor(claim);
                    if (credit > best) {
                        best = credit;
                        bestSource = j;
                        bestClaim = claim;
                    }
                }
            }
            if (bestSource < 0) {
                contributions.add(new Contribution.Missing(need, importance, demand.weights[i]));
                continue;
            }
            used[bestClaim] = true;
            float contribution = demand.weights[i] * best;
            coverage += contribution;
            var relation = Relation.ofOrdinal(graph.sourceRelation(bestSource));
            var evidence = Evidence.ofOrdinal(supply.evidence[bestClaim]);
            contributions.add(relation == Relation.EXACT
                    ? new Contribution.Matched(need, importance, demand.weights[i], evidence, contribution)
                    : new Contribution.Related(need, importance, demand.weights[i], supply.skills[bestClaim], relation,
                            evidence, contribution));
        }
        if (!weighsPrecision) {
            return new Explanation((float) coverage, (float) coverage, 1f, contributions);
        }
        double usedSpecificity = 0;
        for (int c = 0; c < used.length; c++) {
            if (used[c]) {
                usedSpecificity += graph.specificity(supply.skills[c]);
            }
        }
        float precision = precision(usedSpecificity, specificity(graph, supply));
        return new Explanation(score((float) coverage, precision), (float) coverage, precision, contributions);
    }

    /** The claims' total specificity, in double: exact in any order, as the index sums it. */
    static double specificity(SkillGraph graph, Supply supply) {
        double total = 0;
        for (int skill : supply.skills) {
            total += graph.specificity(skill);
        }
        return total;
    }

    /** 0 where no claim earns credit (also for no claims at all). */
    static float precision(double usedSpecificity, double profileSpecificity) {
        return usedSpecificity == 0 ? 0f : (float) (usedSpecificity / profileSpecificity);
    }

    /** Coverage × precision, in double and rounded once (so exactly the same bits wherever it is computed). */
    static float score(float coverage, float precision) {
        return (float) ((double) coverage * precision);
    }
}
