package nl.werkmotor.bench.quality;

import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import nl.werkmotor.bench.EscoLabelFiles;
import nl.werkmotor.engine.match.MatchIndex;
import nl.werkmotor.engine.match.Occupation;
import nl.werkmotor.engine.match.SkillGraph;

/**
 * The quality harness (issue 4, item 5): occupation recovery and vacancy → people ranking on the real
 * ESCO v1.1.1, Werkmotor and the baselines in the same run, printed as Markdown with PASS/FAIL per
 * target. The settings run in parallel (each profile has its own random stream, so the numbers do not
 * depend on it). Exit code 1 only when the filter check (engine = brute force) fails: the quality
 * targets are findings to report, the filter check is a correctness gate.
 * <pre>bench/run-quality.sh [--seed 42] [--resamples 1000]</pre>
 */
public final class QualityHarness {
    static final double CEILING_SHARE = 0.98;
    static final double LEAD_OVER_BM25 = 0.03;
    private static final String OURS = "Werkmotor";
    private static final String BM25 = "Lucene BM25";

    private QualityHarness() {
    }

    public static void main(String[] args) {
        long seed = option(args, "--seed", 42);
        int resamples = (int) option(args, "--resamples", 1000);
        long start = System.nanoTime();
        var world = EscoWorld.read(EscoLabelFiles.sharedData());
        var graph = world.graph();
        List<int[]> occupationSkills = occupationSkills(world);
        float[] idf = idf(graph);
        var generator = new ProfileGenerator(graph, world.occupations(), seed);
        List<OccupationRecovery.Result> recovered;
        int targets;
        try (var bm25 = new Bm25Ranker(occupationSkills)) {
            var rankers = occupationRankers(new MatchIndex(graph, world.occupations()), world, bm25, seed);
            var recovery = new OccupationRecovery(world.occupations(), generator, rankers, resamples, seed);
            targets = recovery.targets().size();
            recovered = Stream.of(Setting.values()).parallel().map(recovery::run).toList();
        }
        var people = new VacancyPeopleRanking(graph, world.occupations(), generator, idf, resamples, seed).run();
        double seconds = (System.nanoTime() - start) / 1e9;

        var out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "### Occupation recovery%n%nESCO v1.1.1: %,d skills, %,d occupations "
                + "ranked; %,d targets (≥ %d essential skills) × %d profiles = %,d profiles per setting; seed %d; "
                + "95%% intervals from %,d bootstrap resamples of the profiles; MRR@%d counts a target beyond rank %d as 0.%n%n",
                graph.size(), world.occupations().size(), targets, OccupationRecovery.MIN_ESSENTIALS,
                OccupationRecovery.PROFILES, recovered.getFirst().profiles(), seed, resamples,
                OccupationRecovery.CUT_OFF, OccupationRecovery.CUT_OFF));
        out.append(recoveryTable(recovered)).append('\n');
        var c0 = recovered.getFirst();
        out.append(String.format(Locale.ROOT, "C0 tie-adjusted ceiling (mean 1/m, m = occupations sharing the target's "
                + "essential skill set): %.4f. Acc@1 / ceiling:", c0.ceiling()));
        c0.scores().forEach(s -> out.append(String.format(Locale.ROOT, " %s %.3f;", s.ranker(), s.metrics()[0].mean() / c0.ceiling())));
        out.setLength(out.length() - 1);
        out.append(".\n\n");
        out.append(peopleTable(people)).append('\n');
        out.append(targetsList(recovered, people)).append('\n');
        out.append(String.format(Locale.ROOT, "Run time %.0f s on %d cores, %s %s, JDK %s.%n", seconds,
                Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"), System.getProperty("os.arch"),
                Runtime.version()));
        System.out.print(out);
        if (people.filterMismatches() > 0) {
            System.exit(1);
        }
    }

    static String recoveryTable(List<OccupationRecovery.Result> results) {
        var table = new StringBuilder("| setting | ranker |");
        OccupationRecovery.Scores.NAMES.forEach(name -> table.append(' ').append(name).append(" |"));
        table.append("\n|---|---|").append("---|".repeat(OccupationRecovery.Scores.NAMES.size())).append('\n');
        for (var result : results) {
            for (var scores : result.scores()) {
                table.append("| ").append(result.setting()).append(" | ").append(scores.ranker()).append(" |");
                for (var estimate : scores.metrics()) {
                    table.append(' ').append(format(estimate)).append(" |");
                }
                table.append('\n');
            }
        }
        return table.toString();
    }

    static String peopleTable(VacancyPeopleRanking.Result result) {
        var table = new StringBuilder(String.format(Locale.ROOT, "### Vacancy → people%n%n%,d people (%d per occupation, "
                + "drawn like C1) from %,d occupations; %d vacancies (an occupation's essential and optional skills); "
                + "relevance 2 = same occupation, 1 = same ISCO unit group, 0 otherwise; nDCG@%d with gain 2^rel − 1.%n%n"
                + "| ranker | nDCG@%d |%n|---|---|%n", result.people(), VacancyPeopleRanking.PEOPLE_PER_OCCUPATION,
                result.people() / VacancyPeopleRanking.PEOPLE_PER_OCCUPATION, result.vacancies(), VacancyPeopleRanking.K,
                VacancyPeopleRanking.K));
        for (int r = 0; r < result.rankers().size(); r++) {
            table.append("| ").append(result.rankers().get(r)).append(" | ").append(format(result.ndcg()[r])).append(" |\n");
        }
        table.append(String.format(Locale.ROOT, "%nFilters (region, travel distance, hours, availability, target group, "
                + "visibility for a random viewer): %d of %d vacancies give the engine's top %d with exactly the ids of the "
                + "brute-force scan (%.1f results per query on average).%n", result.filterQueries() - result.filterMismatches(),
                result.filterQueries(), VacancyPeopleRanking.K, result.meanFiltered()));
        if (result.firstMismatch() != null) {
            table.append("First difference: ").append(result.firstMismatch()).append('\n');
        }
        return table.toString();
    }

    static String targetsList(List<OccupationRecovery.Result> recovered, VacancyPeopleRanking.Result people) {
        var c0 = recovered.getFirst();
        double share = c0.of(OURS).metrics()[0].mean() / c0.ceiling();
        var lines = new StringBuilder("### Targets\n\n");
        lines.append(String.format(Locale.ROOT, "- C0 Acc@1 ≥ %.2f × tie-adjusted ceiling: %.3f / %.4f = %.3f → %s%n",
                CEILING_SHARE, c0.of(OURS).metrics()[0].mean(), c0.ceiling(), share, verdict(share >= CEILING_SHARE)));
        for (var setting : List.of(Setting.C2, Setting.C3)) {
            var result = recovered.get(setting.ordinal());
            double ours = result.of(OURS).metrics()[0].mean();
            double theirs = result.of(BM25).metrics()[0].mean();
            lines.append(String.format(Locale.ROOT, "- %s Acc@1 ≥ Lucene BM25 + %.2f: %.3f − %.3f = %+.3f → %s%n", setting,
                    LEAD_OVER_BM25, ours, theirs, ours - theirs, verdict(ours - theirs >= LEAD_OVER_BM25)));
        }
        lines.append(String.format(Locale.ROOT, "- filters: engine = brute-force scan on every query → %s%n",
                verdict(people.filterMismatches() == 0)));
        return lines.toString();
    }

    private static String verdict(boolean pass) {
        return pass ? "PASS" : "FAIL";
    }

    static String format(Metrics.Estimate estimate) {
        return String.format(Locale.ROOT, "%.3f (%.3f–%.3f)", estimate.mean(), estimate.low(), estimate.high());
    }

    /**
     * The rankers of occupation recovery, Werkmotor first; {@code bm25} is over {@link #occupationSkills}
     * and closed by the caller.
     */
    static List<Ranker> occupationRankers(MatchIndex index, EscoWorld world, Bm25Ranker bm25, long seed) {
        List<int[]> occupationSkills = occupationSkills(world);
        int skills = world.graph().size();
        return List.of(new WerkmotorOccupationRanker(index), bm25, OverlapRanker.jaccard(skills, occupationSkills),
                OverlapRanker.idfOverlap(skills, occupationSkills, idf(world.graph())),
                new RandomRanker(occupationSkills.size(), seed));
    }

    /** Every occupation's essential and optional skills, each once, ascending; by occupation id. */
    static List<int[]> occupationSkills(EscoWorld world) {
        return world.occupations().stream().map(QualityHarness::skills).toList();
    }

    /** The engine's specificity of every skill, as the baselines' IDF. */
    private static float[] idf(SkillGraph graph) {
        float[] idf = new float[graph.size()];
        for (int skill = 0; skill < idf.length; skill++) {
            idf[skill] = graph.specificity(skill);
        }
        return idf;
    }

    private static int[] skills(Occupation occupation) {
        return IntStream.concat(occupation.essential().stream().mapToInt(Integer::intValue),
                occupation.optional().stream().mapToInt(Integer::intValue)).distinct().sorted().toArray();
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
