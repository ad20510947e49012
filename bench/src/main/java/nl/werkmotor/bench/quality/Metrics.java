package nl.werkmotor.bench.quality;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.IntUnaryOperator;
import java.util.stream.IntStream;

/** The ranking measures of the harness and their bootstrap confidence intervals. */
final class Metrics {
    private Metrics() {
    }

    /** The 1-based rank of {@code target} in {@code ranked}, or 0 when it is not there. */
    static int rank(int[] ranked, int target) {
        for (int i = 0; i < ranked.length; i++) {
            if (ranked[i] == target) {
                return i + 1;
            }
        }
        return 0;
    }

    /** 1 / rank, and 0 for a target not ranked (beyond the cut-off counts as not found). */
    static double reciprocalRank(int rank) {
        return rank == 0 ? 0 : 1.0 / rank;
    }

    /**
     * The target's claim class: every document that explains exactly the same profile skills directly
     * as the target does ({@code profile ∩ document = profile ∩ target}, a document being its essential
     * and optional skills), the target included. On the profile's claims alone no ranker can tell them
     * apart: only what the profile lacks differs.
     *
     * @param profile   distinct skills, ascending
     * @param documents each document's distinct skills, ascending
     */
    static int[] claimClass(int[] profile, int target, List<int[]> documents) {
        int[] explained = Arrays.stream(profile).filter(skill -> has(documents.get(target), skill)).toArray();
        int[] unexplained = Arrays.stream(profile).filter(skill -> !has(documents.get(target), skill)).toArray();
        return IntStream.range(0, documents.size()).filter(doc -> Arrays.stream(explained).allMatch(s -> has(documents.get(doc), s))
                && Arrays.stream(unexplained).noneMatch(s -> has(documents.get(doc), s))).toArray();
    }

    private static boolean has(int[] skills, int skill) {
        return Arrays.binarySearch(skills, skill) >= 0;
    }

    /**
     * Claim-tie-aware Acc@1: {@code 1/m} when the top document is in the target's claim class of
     * {@code m} (see {@link #claimClass}), 0 otherwise; what a ranker that picks the class and then
     * guesses within it gets, as the C0 tie-adjusted ceiling counts ties. The ceiling is the mean {@code 1/m}.
     */
    static double claimTieAwareHit(int[] ranked, int[] claimClass) {
        return ranked.length > 0 && Arrays.stream(claimClass).anyMatch(doc -> doc == ranked[0]) ? 1.0 / claimClass.length : 0;
    }

    /**
     * nDCG@k with gain {@code 2^grade − 1} and discount {@code log2(rank + 1)}: the ranking's DCG over
     * the ideal one, the best k of {@code allGrades} (the grade of every document there is). 0 when
     * nothing is relevant.
     */
    static double ndcg(int[] ranked, IntUnaryOperator grade, int[] allGrades, int k) {
        double dcg = 0;
        for (int i = 0; i < Math.min(k, ranked.length); i++) {
            dcg += gain(grade.applyAsInt(ranked[i]), i);
        }
        int[] ideal = allGrades.clone();
        Arrays.sort(ideal);
        double best = 0;
        for (int i = 0; i < Math.min(k, ideal.length); i++) {
            best += gain(ideal[ideal.length - 1 - i], i);
        }
        return best == 0 ? 0 : dcg / best;
    }

    private static double gain(int grade, int position) {
        return ((1 << grade) - 1) / (Math.log(position + 2) / Math.log(2));
    }

    /** A mean and its 95% percentile-bootstrap interval. */
    record Estimate(double mean, double low, double high) {
    }

    /**
     * Percentile bootstrap, 95%: {@code resamples} resamples of the observations (with replacement),
     * the same resampled indices for every series, so series measured on the same profiles stay paired.
     */
    static Estimate[] bootstrap(double[][] series, int resamples, long seed) {
        int n = series[0].length;
        var means = new double[series.length][resamples];
        var random = new SplittableRandom(seed);
        var sums = new double[series.length];
        for (int r = 0; r < resamples; r++) {
            Arrays.fill(sums, 0);
            for (int i = 0; i < n; i++) {
                int pick = random.nextInt(n);
                for (int s = 0; s < series.length; s++) {
                    sums[s] += series[s][pick];
                }
            }
            for (int s = 0; s < series.length; s++) {
                means[s][r] = sums[s] / n;
            }
        }
        var estimates = new Estimate[series.length];
        for (int s = 0; s < series.length; s++) {
            Arrays.sort(means[s]);
            estimates[s] = new Estimate(Arrays.stream(series[s]).average().orElse(0),
                    means[s][(int) Math.floor(0.025 * (resamples - 1))], means[s][(int) Math.ceil(0.975 * (resamples - 1))]);
        }
        return estimates;
    }
}
