package nl.werkmotor.platform;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongFunction;
import java.util.function.ToLongFunction;

/** Walks a table in id order a page at a time (keyset paging), so a million rows never sit in memory at once. */
public final class Pages {

    private Pages() {
    }

    /**
     * @param pageAfter the next page of rows with an id above the given one, in id order, at most {@code size} long
     */
    public static <T> void forEach(int size, LongFunction<List<T>> pageAfter, ToLongFunction<T> id, Consumer<T> each) {
        long after = Long.MIN_VALUE;
        List<T> page;
        do {
            page = pageAfter.apply(after);
            page.forEach(each);
            after = page.isEmpty() ? after : id.applyAsLong(page.getLast());
        } while (page.size() == size);
    }
}
