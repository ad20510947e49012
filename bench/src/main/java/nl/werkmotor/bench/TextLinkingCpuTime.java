package nl.werkmotor.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

/**
 * The CPU time of linking each of the {@link WorstTexts}, one by one: the fastest and the median of
 * {@value #TIMES} runs after warming up, by the CPU time of the linking thread (so not the wait for a
 * core on a busy machine). Run with {@code bench/run-text.sh --cpu-time}.
 */
public final class TextLinkingCpuTime {

    private static final int WARM_UP_ROUNDS = 5;
    private static final int TIMES = 9;

    private TextLinkingCpuTime() {
    }

    public static void main(String[] args) {
        TextLinkingBenchmark benchmark = new TextLinkingBenchmark();
        benchmark.group = WorstTexts.NORMAL;
        benchmark.load();
        for (int round = 0; round < WARM_UP_ROUNDS; round++) {
            for (WorstTexts.Text text : benchmark.texts) {
                benchmark.link(text.text());
            }
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        System.out.println("| group | text | characters | mentions | CPU ms, fastest | CPU ms, median |");
        System.out.println("|---|---|---:|---:|---:|---:|");
        for (WorstTexts.Text text : benchmark.texts) {
            long[] nanos = new long[TIMES];
            int mentions = 0;
            for (int i = 0; i < TIMES; i++) {
                long start = threads.getCurrentThreadCpuTime();
                mentions = benchmark.link(text.text()).size();
                nanos[i] = threads.getCurrentThreadCpuTime() - start;
            }
            Arrays.sort(nanos);
            System.out.printf("| %s | %s | %,d | %s | %.2f | %.2f |%n", text.group(), text.name(), text.text().length(),
                    text.refused() ? "refused" : String.format("%,d", mentions), nanos[0] / 1e6, nanos[TIMES / 2] / 1e6);
        }
    }
}
