package nl.werkmotor.bench.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** The measures against hand-computed values, and the baselines' tie rule. */
class MetricsTest {

    @Test
    void meanReciprocalRankOfThreeQueries() {
        int[][] rankings = {{4, 7, 9}, {7, 4, 9}, {9, 1, 2}};
        double mrr = IntStream.range(0, 3).mapToDouble(q -> Metrics.reciprocalRank(Metrics.rank(rankings[q], 7))).sum() / 3;

        assertThat(mrr).isCloseTo((1.0 / 2 + 1 + 0) / 3, within(1e-12)); // 0.5
    }

    @Test
    void ndcgOfAGradedRanking() {
        int[] grades = {0, 2, 1, 0}; // documents 0–3
        // DCG = 0 + (2^2−1)/log2 3 + (2^1−1)/log2 4 = 1.892789 + 0.5; ideal: 3/log2 2 + 1/log2 3 + 0 = 3.630930
        double ndcg = Metrics.ndcg(new int[] {0, 1, 2}, d -> grades[d], grades, 3);

        assertThat(ndcg).isCloseTo(2.392789 / 3.630930, within(1e-6));
        assertThat(Metrics.ndcg(new int[] {1, 2}, d -> grades[d], grades, 3)).isEqualTo(1.0);
        assertThat(Metrics.ndcg(new int[] {0, 3}, d -> 0, new int[] {0, 0}, 3)).isZero();
    }

    @Test
    void claimTieAwareAccuracyCreditsOneOverTheClassSize() {
        List<int[]> documents = List.of(new int[] {1, 2, 3}, new int[] {1, 2}, new int[] {1, 2, 5}, new int[] {4},
                new int[] {1, 2, 4}, new int[] {2});
        // profile {1, 2, 4} from document 0 explains {1, 2}: so do 1 and 2 (5 is not in the profile);
        // 4 explains 4 as well and 5 only 2, so they are not in the class
        int[] claimClass = Metrics.claimClass(new int[] {1, 2, 4}, 0, documents);

        assertThat(claimClass).containsExactly(0, 1, 2);
        assertThat(Metrics.claimTieAwareHit(new int[] {2, 0}, claimClass)).isEqualTo(1.0 / 3);
        assertThat(Metrics.claimTieAwareHit(new int[] {0}, claimClass)).isEqualTo(1.0 / 3);
        assertThat(Metrics.claimTieAwareHit(new int[] {4, 0}, claimClass)).isZero();
        assertThat(Metrics.claimTieAwareHit(new int[0], claimClass)).isZero();
        // with 3 in the profile, only document 0 explains it: a class of one, full credit
        assertThat(Metrics.claimClass(new int[] {1, 2, 3, 4}, 0, documents)).containsExactly(0);
    }

    @Test
    void bootstrapIntervalHoldsTheMeanAndCollapsesOnAConstant() {
        double[] hits = IntStream.range(0, 1000).mapToDouble(i -> i % 4 == 0 ? 1 : 0).toArray();
        var estimates = Metrics.bootstrap(new double[][] {hits, new double[1000]}, 500, 1);

        assertThat(estimates[0].mean()).isEqualTo(0.25);
        assertThat(estimates[0].low()).isBetween(0.20, 0.25);
        assertThat(estimates[0].high()).isBetween(0.25, 0.30);
        assertThat(estimates[1]).isEqualTo(new Metrics.Estimate(0, 0, 0));
        assertThat(Metrics.bootstrap(new double[][] {hits}, 500, 1)).isEqualTo(Metrics.bootstrap(new double[][] {hits}, 500, 1));
    }

    @Test
    void baselinesBreakTiesByTheLowestIdAndScoreAsDefined() {
        List<int[]> documents = List.of(new int[] {1, 2, 3}, new int[] {1, 2}, new int[] {1, 2}, new int[] {5});
        var query = SkillQuery.of(new int[] {1, 2, 4});

        // Jaccard: 2/4, 2/3, 2/3, 0 → 1 and 2 tie, 1 first; document 3 shares nothing and is not returned
        assertThat(OverlapRanker.jaccard(6, documents).top(query, 10)).containsExactly(1, 2, 0);
        // IDF overlap: 0.5 + 2 for documents 0–2 → all tie
        assertThat(OverlapRanker.idfOverlap(6, documents, new float[] {1, 0.5f, 2, 1, 1, 1}).top(query, 2)).containsExactly(0, 1);
        try (var bm25 = new Bm25Ranker(documents)) {
            assertThat(bm25.top(query, 10)).containsExactly(1, 2, 0); // shorter documents score higher; 1 and 2 tie
        }
        assertThat(new RandomRanker(4, 9).top(query, 4)).containsExactlyInAnyOrder(0, 1, 2, 3);
    }

    @Test
    void theSizeOracleMovesDocumentsOfTheQuerysSizeUpAndKeepsTheRankersOrderOtherwise() {
        List<int[]> documents = List.of(new int[] {1, 2, 3}, new int[] {1, 2}, new int[] {1, 2}, new int[] {5});
        var query = SkillQuery.of(new int[] {1, 2, 4}); // Jaccard ranks 1, 2, 0
        var oracle = new SizeOracle(OverlapRanker.jaccard(6, documents), new int[] {3, 2, 3, 3});

        assertThat(oracle.top(query, 10)).containsExactly(2, 0, 1);
        assertThat(oracle.top(query, 1)).containsExactly(2);
        assertThat(new SizeOracle(OverlapRanker.jaccard(6, documents), new int[] {4, 4, 4, 3}).top(query, 10))
                .as("no document of the query's size").containsExactly(1, 2, 0);
    }
}
