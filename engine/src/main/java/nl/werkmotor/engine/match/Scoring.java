package nl.werkmotor.engine.match;

import java.util.ArrayList;
import java.util.Arrays;

/** The score of one supply against one demand, with its explanation: the model in one method. */
final class Scoring {
    private Scoring() {
    }

    /**
     * For each needed skill (ascending) the best credit any claim earns for it, {@code relation factor ×
     * evidence factor}, times the skill's weight; ties go to the lowest claimed skill id.
     */
    static Explanation explain(SkillGraph graph, Supply supply, Demand demand) {
        var contributions = new ArrayList<Contribution>(demand.size());
        double score = 0;
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
            float contribution = demand.weights[i] * best;
            score += contribution;
            var relation = Relation.ofOrdinal(graph.sourceRelation(bestSource));
            var evidence = Evidence.ofOrdinal(supply.evidence[bestClaim]);
            contributions.add(relation == Relation.EXACT
                    ? new Contribution.Matched(need, importance, demand.weights[i], evidence, contribution)
                    : new Contribution.Related(need, importance, demand.weights[i], supply.skills[bestClaim], relation,
                            evidence, contribution));
        }
        return new Explanation((float) score, contributions);
    }
}
