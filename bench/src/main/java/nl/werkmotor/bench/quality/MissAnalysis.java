package nl.werkmotor.bench.quality;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;

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
 *
 * <p>On the same profiles it measures what that means for Acc@1: every ranker's Acc@1 and claim-tie-aware
 * Acc@1 ({@link Metrics#claimTieAwareHit}) with their ceiling, and Werkmotor re-read by the
 * {@link SizeOracle}, which knows the generator's profile size: what a lead over BM25 costs when only
 * reading the generator gets it.
 * {@code bench/run-quality.sh --misses C2} (default setting C2, seed 42).
 */
public final class MissAnalysis {
    private static final int DEPTH = 300;
    private static final int RESAMPLES = 1000;

    private MissAnalysis() {
    }

    public static void main(String[] args) {
        Setting setting = Setting.valueOf(args.length > 0 ? args[0] : "C2");
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 42;
        var world = EscoWorld.read(EscoLabelFiles.sharedData());
        var index = new MatchIndex(world.graph(), world.occupations());
        var generator = new ProfileGenerator(world.graph(), world.occupations(), seed);
        List<int[]> documents = QualityHarness.occupationSkills(world);
        int[] expectedSizes = IntStream.range(0, documents.size()).map(o -> generator.expectedSize(setting, o)).toArray();
        var targets = world.occupations().stream().filter(OccupationRecovery::isTarget).toList();
        int n = targets.size() * OccupationRecovery.PROFILES;
        List<Ranker> rankers;
        double[][] series;
        int profiles = 0;
        int sized = 0;
        int same = 0;
        int sameLessMissing = 0;
        int superset = 0;
        int other = 0;
        int deep = 0;
        try (var bm25 = new Bm25Ranker(documents)) {
            var all = new ArrayList<>(QualityHarness.occupationRankers(index, world, bm25, seed));
            all.add(1, new SizeOracle(all.getFirst(), expectedSizes));
            rankers = List.copyOf(all);
            // per ranker Acc@1 and claim-tie-aware Acc@1, then the ceiling 1/m
            series = new double[2 * rankers.size() + 1][n];
            for (var target : targets) {
                for (int number = 0; number < OccupationRecovery.PROFILES; number++, profiles++) {
                    int[] skills = generator.profile(setting, target.id(), number).skills();
                    sized += skills.length == expectedSizes[target.id()] ? 1 : 0;
                    int[] claimClass = Metrics.claimClass(skills, target.id(), documents);
                    series[2 * rankers.size()][profiles] = 1.0 / claimClass.length;
                    for (int r = 0; r < rankers.size(); r++) {
                        int[] top = rankers.get(r).top(SkillQuery.of(skills), 1);
                        series[2 * r][profiles] = top.length > 0 && top[0] == target.id() ? 1 : 0;
                        series[2 * r + 1][profiles] = Metrics.claimTieAwareHit(top, claimClass);
                    }
                    if (series[0][profiles] == 1) {
                        continue;
                    }
                    var claims = Arrays.stream(skills).mapToObj(skill -> new SkillClaim(skill, Evidence.SELF_DECLARED)).toList();
                    List<Match> ranked = index.occupationsFor(claims, DEPTH);
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
        }
        int misses = same + superset + other + deep;
        System.out.printf(Locale.ROOT, "%s, seed %d: %,d profiles, %,d missed at rank 1 (Acc@1 %.4f). The winner explains%n"
                + "  the same claims as the target: %,d (%.0f%%; the winner misses fewer essential skills in %,d of them)%n"
                + "  more claims than the target, all the target's among them: %,d%n"
                + "  other claims: %,d%n"
                + "  (target beyond rank %d: %,d)%n%n",
                setting, seed, profiles, misses, 1 - misses / (double) profiles, same, 100.0 * same / misses, sameLessMissing,
                superset, other, DEPTH, deep);
        System.out.print(table(setting, seed, rankers, Metrics.bootstrap(series, RESAMPLES, seed + setting.ordinal()), sized, n));
    }

    private static String table(Setting setting, long seed, List<Ranker> rankers, Metrics.Estimate[] estimates, int sized,
            int profiles) {
        var table = new StringBuilder(String.format(Locale.ROOT, "%s, seed %d, the same %,d profiles; 95%% intervals from "
                + "%,d bootstrap resamples (as the harness).%n%n| ranker | Acc@1 | claim-tie-aware Acc@1 |%n|---|---|---|%n",
                setting, seed, profiles, RESAMPLES));
        for (int r = 0; r < rankers.size(); r++) {
            table.append(String.format(Locale.ROOT, "| %s | %s | %s |%n", rankers.get(r).name(),
                    QualityHarness.format(estimates[2 * r]), QualityHarness.format(estimates[2 * r + 1])));
        }
        double bm25 = estimates[2 * IntStream.range(0, rankers.size()).filter(r -> rankers.get(r) instanceof Bm25Ranker)
                .findFirst().orElseThrow()].mean();
        return table.append(String.format(Locale.ROOT, "| ceiling (mean 1/m) | — | %s |%n%n"
                + "Claim class of a profile P from target t: the occupations o with P ∩ (essential(o) ∪ optional(o)) = "
                + "P ∩ (essential(t) ∪ optional(t)), t included; m its size. Claim-tie-aware Acc@1 credits 1/m when the "
                + "top 1 is in the class, 0 otherwise.%n"
                + "Size oracle: among Werkmotor's top %d, the occupations whose profiles the generator makes exactly |P| "
                + "skills long (ProfileGenerator.expectedSize) first, Werkmotor's order otherwise; the expected size is the "
                + "target's real profile size in %,d of %,d profiles.%n"
                + "Acc@1 − Lucene BM25 (target +%.2f): Werkmotor %+.3f, with the size oracle %+.3f.%n",
                QualityHarness.format(estimates[2 * rankers.size()]), SizeOracle.DEPTH, sized, profiles,
                QualityHarness.LEAD_OVER_BM25, estimates[0].mean() - bm25, estimates[2].mean() - bm25)).toString();
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
