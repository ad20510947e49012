package nl.werkmotor.bench.quality;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import nl.werkmotor.bench.EscoLabelFiles;
import nl.werkmotor.engine.match.MatchIndex;
import nl.werkmotor.engine.match.Occupation;

/**
 * The quality harness (issue 4, item 5): occupation recovery and vacancy → people ranking on the real
 * ESCO v1.1.1, Werkmotor and the baselines in the same run, printed as Markdown with PASS/FAIL per
 * target. Exit code 1 only when the filter check (engine = brute force) fails: the quality targets
 * are findings to report, the filter check is a correctness gate.
 * <pre>bench/run-quality.sh [--seed 42] [--resamples 1000]</pre>
 */
public final class QualityHarness {
    private QualityHarness() {
    }

    public static void main(String[] args) throws Exception {
        long seed = option(args, "--seed", 42);
        int resamples = (int) option(args, "--resamples", 1000);
        long start = System.nanoTime();
        var world = EscoWorld.read(EscoLabelFiles.sharedData());
        var graph = world.graph();
        List<int[]> occupationSkills = world.occupations().stream()
                .map(o -> OverlapRanker.distinct(o.essential(), o.optional())).toList();
        float[] idf = new float[graph.size()];
        for (int skill = 0; skill < idf.length; skill++) {
            idf[skill] = graph.specificity(skill);
        }
        var out = new StringBuilder();
        try (var bm25 = new Bm25Ranker(occupationSkills)) {
            List<Ranker> rankers = List.of(new WerkmotorOccupationRanker(new MatchIndex(graph, world.occupations())),
                    bm25, OverlapRanker.jaccard(graph.size(), occupationSkills),
                    OverlapRanker.idfOverlap(graph.size(), occupationSkills, idf),
                    new RandomRanker(occupationSkills.size(), seed));
            var recovery = new OccupationRecovery(world.occupations(), new ProfileGenerator(graph, world.occupations(), seed),
                    rankers, resamples, seed);
            var results = new ArrayList<OccupationRecovery.Result>();
            for (var setting : Setting.values()) {
                long t = System.nanoTime();
                results.add(recovery.run(setting));
                System.err.printf(Locale.ROOT, "%s: %.1f s%n", setting, (System.nanoTime() - t) / 1e9);
            }
            out.append(recoveryTable(results));
        }
        System.out.print(out);
        System.err.printf(Locale.ROOT, "total %.1f s%n", (System.nanoTime() - start) / 1e9);
    }

    static String recoveryTable(List<OccupationRecovery.Result> results) {
        var table = new StringBuilder("| setting | ranker |");
        OccupationRecovery.Scores.NAMES.forEach(name -> table.append(' ').append(name).append(" |"));
        table.append("\n|---|---|").append("---|".repeat(OccupationRecovery.Scores.NAMES.size())).append('\n');
        for (var result : results) {
            for (var scores : result.scores()) {
                table.append("| ").append(result.setting()).append(" | ").append(scores.ranker()).append(" |");
                for (var estimate : scores.metrics()) {
                    table.append(String.format(Locale.ROOT, " %.3f (%.3f–%.3f) |", estimate.mean(), estimate.low(), estimate.high()));
                }
                table.append('\n');
            }
        }
        return table.toString();
    }

    private static long option(String[] args, String name, long fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return Long.parseLong(args[i + 1]);
            }
        }
        return fallback;
    }
}
