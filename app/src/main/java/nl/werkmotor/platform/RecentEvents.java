package nl.werkmotor.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The latest events per key (failed logins per username, requests per client address) within a sliding
 * window, to slow a key down once it has {@code max} of them: it waits until the oldest of those leaves the
 * window. Each key keeps only its latest {@code max} times (as epoch milliseconds), so a key costs a few
 * hundred bytes however often it comes. In memory: a restart forgets, and each instance of a cluster counts
 * for itself. Beyond {@value #MAX_KEYS} keys, those without an event in the window are forgotten first (at
 * most once a second, so that a flood of new keys does not make every event scan them all). Thread-safe.
 */
public final class RecentEvents {

    static final int MAX_KEYS = 10_000;
    private static final Duration SWEEP_PAUSE = Duration.ofSeconds(1);

    private final int max;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Times> times = new ConcurrentHashMap<>();
    private volatile Instant lastSweep = Instant.MIN;

    /** @param max how many events a key may have within {@code window} before it must wait */
    public RecentEvents(int max, Duration window, Clock clock) {
        if (max < 1) {
            throw new IllegalArgumentException("max must be at least 1, not " + max);
        }
        this.max = max;
        this.window = window;
        this.clock = clock;
    }

    /** Records an event of {@code key} now, whether it had to wait or not. */
    public void record(String key) {
        long now = now();
        times.compute(key, (k, t) -> {
            Times kept = t == null ? new Times(max) : t;
            kept.add(now);
            return kept;
        });
    }

    /** How long until {@code key} has fewer than {@code max} events in the window; zero when it has now. */
    public Duration waitBefore(String key) {
        long now = now();
        long[] wait = {0};
        times.computeIfPresent(key, (k, t) -> {
            wait[0] = t.wait(now, window.toMillis());
            return t.isEmpty(now, window.toMillis()) ? null : t;
        });
        return Duration.ofMillis(wait[0]);
    }

    /**
     * Records an event of {@code key} now if it has fewer than {@code max} in the window, in one step.
     *
     * @return zero when recorded, else how long until it would be
     */
    public Duration admit(String key) {
        long now = now();
        long[] wait = {0};
        times.compute(key, (k, t) -> {
            Times kept = t == null ? new Times(max) : t;
            wait[0] = kept.wait(now, window.toMillis());
            if (wait[0] == 0) {
                kept.add(now);
            }
            return kept;
        });
        return Duration.ofMillis(wait[0]);
    }

    /** Forgets every event of {@code key}, as after a successful login. */
    public void forget(String key) {
        times.remove(key);
    }

    private long now() {
        Instant now = clock.instant();
        if (times.size() >= MAX_KEYS && now.isAfter(lastSweep.plus(SWEEP_PAUSE))) {
            lastSweep = now;
            long millis = now.toEpochMilli();
            for (String key : times.keySet()) {
                times.computeIfPresent(key, (k, t) -> t.isEmpty(millis, window.toMillis()) ? null : t);
            }
        }
        return now.toEpochMilli();
    }

    /** The latest times of one key, oldest first from {@code next}, in a ring of {@code max}. */
    private static final class Times {
        private final long[] at;
        private int count;
        private int next;

        Times(int max) {
            at = new long[max];
        }

        void add(long now) {
            at[next] = now;
            next = (next + 1) % at.length;
            count = Math.min(count + 1, at.length);
        }

        /** Until the oldest kept time leaves the window, if all {@code max} are in it; else zero. */
        long wait(long now, long window) {
            if (count < at.length) {
                return 0;
            }
            return Math.max(0, at[next] + window - now); // when full, next is the oldest
        }

        boolean isEmpty(long now, long window) {
            return count == 0 || at[(next + at.length - 1) % at.length] + window <= now;
        }
    }
}
