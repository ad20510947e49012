package nl.werkmotor.bench.quality;

import java.util.Arrays;

import nl.werkmotor.engine.match.Evidence;
import nl.werkmotor.engine.match.Match;
import nl.werkmotor.engine.match.MatchIndex;
import nl.werkmotor.engine.match.SkillClaim;

/**
 * Ours: {@link MatchIndex#occupationsFor}, every profile skill claimed self-declared (one evidence
 * level for all scales every score alike, so it does not change the order). The engine breaks ties by the lowest id.
 */
final class WerkmotorOccupationRanker implements Ranker {
    private final MatchIndex index;

    WerkmotorOccupationRanker(MatchIndex index) {
        this.index = index;
    }

    @Override
    public String name() {
        return "Werkmotor";
    }

    @Override
    public int[] top(SkillQuery query, int k) {
        var claims = Arrays.stream(query.all()).mapToObj(skill -> new SkillClaim(skill, Evidence.SELF_DECLARED)).toList();
        return index.occupationsFor(claims, k).stream().mapToInt(Match::id).toArray();
    }
}
