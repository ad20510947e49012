package nl.werkmotor.bench.quality;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.werkmotor.engine.match.Occupation;

/**
 * Occupation recovery: profiles drawn from each occupation with at least {@value #MIN_ESSENTIALS}
 * essential skills, {@value #PROFILES} per setting, ranked against every occupation by every ranker;
 * how often and how high each ranker puts the occupation the profile came from.
 */
final class OccupationRecovery {
    static final int MIN_ESSENTIALS = 5;
    static final int PROFILES = 5;
    /** Ranks beyond this count as not found (reciprocal rank 0). */
    static final int CUT_OFF = 100;

    /** One ranker in one setting: Acc@1, hit@5, hit@10, MRR@100 and ISCO-4-lenient Acc@1. */
    record Scores(String ranker, Metrics.Estimate[] metrics) {
        static final List<String> NAMES = List.of("Acc@1", "hit@5", "hit@10", "MRR@100", "ISCO-4 Acc@1");
    }

    /** @param ceiling for C0: the best mean Acc@1 any ranker can reach (see {@link #ceiling}) */
    record Result(Setting setting, int profiles, List<Scores> scores, double ceiling) {
        Scores of(String ranker) {
            return scores.stream().filter(s -> s.ranker().equals(ranker)).findFirst().orElseThrow();
        }
    }

    private final List<Occupation> occupations;
    private final ProfileGenerator generator;
    private final List<Ranker> rankers;
    private final int resamples;
    private final long seed;

    OccupationRecovery(List<Occupation> occupations, ProfileGenerator generator, List<Ranker> rankers, int resamples,
            long seed) {
        this.occupations = occupations;
        this.generator = generator;
        this.rankers = rankers;
        this.resamples = resamples;
        this.seed = seed;
    }

    List<Occupation> targets() {
        return occupations.stream().filter(OccupationRecovery::isTarget).toList();
    }

    /** Profiles are drawn from occupations with at least {@value #MIN_ESSENTIALS} distinct essential skills. */
    static boolean isTarget(Occupation occupation) {
        return distinctEssentials(occupation).length >= MIN_ESSENTIALS;
    }

    Result run(Setting setting) {
        List<Occupation> targets = targets();
        int n = targets.size() * PROFILES;
        var series = new double[rankers.size() * Scores.NAMES.size()][n];
        int p = 0;
        for (var target : targets) {
            for (int number = 0; number < PROFILES; number++, p++) {
                var query = SkillQuery.of(generator.profile(setting, target.id(), number).skills());
                for (int r = 0; r < rankers.size(); r++) {
                    int[] ranked = rankers.get(r).top(query, CUT_OFF);
                    int rank = Metrics.rank(ranked, target.id());
                    int m = r * Scores.NAMES.size();
                    series[m][p] = rank == 1 ? 1 : 0;
                    series[m + 1][p] = rank >= 1 && rank <= 5 ? 1 : 0;
                    series[m + 2][p] = rank >= 1 && rank <= 10 ? 1 : 0;
                    series[m + 3][p] = Metrics.reciprocalRank(rank);
                    series[m + 4][p] = ranked.length > 0 && occupations.get(ranked[0]).iscoGroup() == target.iscoGroup() ? 1 : 0;
                }
            }
        }
        var estimates = Metrics.bootstrap(series, resamples, seed + setting.ordinal());
        var scores = new ArrayList<Scores>();
        for (int r = 0; r < rankers.size(); r++) {
            int m = r * Scores.NAMES.size();
            scores.add(new Scores(rankers.get(r).name(), Arrays.copyOfRange(estimates, m, m + Scores.NAMES.size())));
        }
        return new Result(setting, n, scores, setting == Setting.C0 ? ceiling(targets) : Double.NaN);
    }

    /**
     * The tie-adjusted ceiling of C0: a C0 profile is exactly the target's essential skills, so when
     * {@code m} occupations share that essential set, no ranker can tell them apart and the best
     * expected Acc@1 is {@code 1/m}; the ceiling is the mean of that over the targets.
     */
    double ceiling(List<Occupation> targets) {
        Map<List<Integer>, Integer> sharing = new HashMap<>();
        for (var occupation : occupations) {
            sharing.merge(key(occupation), 1, Integer::sum);
        }
        return targets.stream().mapToDouble(t -> 1.0 / sharing.get(key(t))).average().orElse(0);
    }

    private static List<Integer> key(Occupation occupation) {
        return Arrays.stream(distinctEssentials(occupation)).boxed().toList();
    }

    private static int[] distinctEssentials(Occupation occupation) {
        return occupation.essential().stream().mapToInt(Integer::intValue).distinct().sorted().toArray();
    }
}
