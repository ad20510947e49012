package nl.werkmotor.platform;

import java.util.function.Consumer;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An in-memory structure derived from the database (a search index, the matching index): built at
 * the first use or by a warm-up in the background, whichever comes first; rebuilt and swapped in one
 * reference assignment when its sources change, so readers always see one whole version. A structure
 * never built is never rebuilt: commands that change the sources have no use for it.
 */
public final class LazySnapshot<T> {

    private static final Logger log = LoggerFactory.getLogger(LazySnapshot.class);

    private final String name;
    private final Supplier<T> build;
    private final Object building = new Object();
    private volatile T current;

    /** @param name what it is, for the thread name and the log, e.g. "taxonomy-search-index" */
    public LazySnapshot(String name, Supplier<T> build) {
        this.name = name;
        this.build = build;
    }

    public T get() {
        T snapshot = current;
        if (snapshot == null) {
            synchronized (building) {
                snapshot = current;
                if (snapshot == null) {
                    snapshot = build.get();
                    current = snapshot;
                }
            }
        }
        return snapshot;
    }

    /** Builds it in a background thread; a failure is logged, and the first use tries again. */
    public void warmUpInBackground() {
        Thread.ofPlatform().name(name).daemon().start(() -> {
            try {
                get();
            } catch (RuntimeException e) {
                log.warn("{} not built at start ({}); the first use tries again", name, e.getMessage());
            }
        });
    }

    /**
     * Changes it in place if it was built (the structure must allow readers meanwhile). Waits for a build
     * in progress, so that a change committed while it read the sources is not lost.
     */
    public void updateIfBuilt(Consumer<T> update) {
        synchronized (building) {
            if (current != null) {
                update.accept(current);
            }
        }
    }

    /** Rebuilds it if it was built; readers meanwhile keep the previous version. */
    public void rebuildIfBuilt() {
        synchronized (building) {
            if (current != null) {
                current = build.get();
            }
        }
    }
}
