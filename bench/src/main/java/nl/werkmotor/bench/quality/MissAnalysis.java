package nl.werkmotor.bench.quality;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import nl.werkmotor.bench.EscoLabelFiles;
import nl.werkmotor.engine.match.Contribution;
import nl.werkmotor.engine.match.Evidence;
import nl.werkmotor.engine.match.Explanation;
import nl.werkmotor.engine.match.Importance;
import nl.werkmotor.engine.match.Match;
import nl.werkmotor.engine.match.MatchIndex;
import nl.werkmotor.engine.match.SkillClaim;

/**
 * Why Werkmotor misses the target at rank 1 in occupation recovery: for every miss, compares the
 * claims the winner explains (matched or {@code via}) with the claims the target explains. When they are
 * the same claims, the profile holds no evidence for one over the other: only their requirements differ
 * (which needed skills are missing), and the model prefers the one with less missing.
 * {@code bench/run-quality.sh --misses C2} (default setting C2, seed 42).
 */
public final class MissAnalysis {
    private static final int DEPTH = 300;

    private MissAnalysis() {
    }

    public static void main(String[] args) {
        Setting setting = Setting.valueOf(args.length > 0 ? args[0] : "C2");
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 42;
        var world = EscoWorld.read(EscoLabelFiles.sharedData());
        var index = new MatchIndex(world.graph(), world.occupations());
        var generator = new ProfileGenerator(world.graph(), world.occupations(), seed);
        int profiles = 0;
        int same = 0;
        int sameLessMissing = 0;
        int superset = 0;
        int other = 0;
        int deep = 0;
        for (var target : world.occupations().stream().filter(OccupationRecovery::isTarget).toList()) {
            for (int number = 0; number < OccupationRecovery.PROFILES; number++, profiles++) {
                var claims = Arrays.stream(generator.profile(setting, target.id(), number).skills()).distinct().sorted()
                        .mapToObj(skill -> new SkillClaim(skill, Evidence.SELF_DECLARED)).toList();
                List<Match> ranked = index.occupationsFor(claims, DEPTH);
                if (ranked.getFirst().id() == target.id()) {
                    continue;
                }
                var winner = ranked.getFirst().explanation();
                var found = ranked.stream().filter(m -> m.id() == target.id()).findFirst();
                if (found.isEmpty()) {
                    deep++;
                    continue;
                }
                var ours = found.get().explanation();
                Set<Integer> theirs = explained(winner);
                if (theirs.equals(explained(ours))) {
                    same++;
                    if (missingEssentials(winner) < missingEssentials(ours)) {
                        sameLessMissing++;
                    }
                } else if (theirs.containsAll(explained(ours))) {
                    superset++;
                } else {
                    other++;
                }
            }
        }
        int misses = same + superset + other + deep;
        System.out.printf(Locale.ROOT, "%s, seed %d: %,d profiles, %,d missed at rank 1 (Acc@1 %.4f). The winner explains%n"
                + "  the same claims as the target: %,d (%.0f%%; the winner misses fewer essential skills in %,d of them)%n"
                + "  more claims than the target, all the target's among them: %,d%n"
                + "  other claims: %,d%n"
                + "  (target beyond rank %d: %,d)%n",
                setting, seed, profiles, misses, 1 - misses / (double) profiles, same, 100.0 * same / misses, sameLessMissing,
                superset, other, DEPTH, deep);
    }

    private static Set<Integer> explained(Explanation explanation) {
        var claims = new HashSet<Integer>();
        for (var c : explanation.contributions()) {
            switch (c) {
                case Contribution.Matched m -> claims.add(m.skill());
                case Contribution.Related r -> claims.add(r.via());
                case Contribution.Missing m -> { }
            }
        }
        return claims;
    }

    private static long missingEssentials(Explanation explanation) {
        return explanation.missing().stream().filter(m -> m.importance() == Importance.ESSENTIAL).count();
    }
}
