package nl.werkmotor.platform;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Replaces the contents of a few tables with a stream of items, through COPY, in chunks: an item
 * with its child rows (a person and its skills) is written to each table in turn, a chunk at a time,
 * so memory stays bounded however long the stream. Runs in one transaction, joining the caller's
 * if there is one: a failure leaves the tables as they were.
 */
@Component
public class BulkLoader {

    private static final int CHUNK = 5_000;

    /**
     * One table and how an item fills it.
     *
     * @param target table and columns, e.g. {@code "person_skill (person_id, skill_uri, evidence)"}
     * @param rows   writes the item's rows (none, one or many)
     */
    public record Table<T>(String target, BiConsumer<T, CopyRows> rows) {

        String name() {
            return target.substring(0, target.indexOf('(')).strip();
        }
    }

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    BulkLoader(DataSource dataSource, JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * Empties the tables and fills them from the items; the first table is the parent, whose
     * {@code id} identity sequence then continues after the highest id loaded.
     *
     * @return how many items were loaded
     */
    @SafeVarargs
    public final <T> long replace(Stream<T> items, Table<T>... tables) {
        List<String> names = Stream.of(tables).map(Table::name).toList();
        Long loaded = transaction.execute(status -> {
            // TRUNCATE, not DELETE: a million rows vanish at once; readers wait for the commit
            jdbc.execute("truncate " + String.join(", ", names));
            Connection connection = DataSourceUtils.getConnection(dataSource);
            long count = 0;
            try {
                Iterator<T> iterator = items.iterator();
                List<T> chunk = new ArrayList<>(CHUNK);
                while (iterator.hasNext()) {
                    chunk.add(iterator.next());
                    if (chunk.size() == CHUNK || !iterator.hasNext()) {
                        for (Table<T> table : tables) {
                            try (CopyRows rows = CopyRows.into(connection, table.target())) {
                                chunk.forEach(item -> table.rows().accept(item, rows));
                            }
                        }
                        count += chunk.size();
                        chunk.clear();
                    }
                }
            } finally {
                DataSourceUtils.releaseConnection(connection, dataSource);
            }
            String parent = names.getFirst();
            jdbc.queryForObject("select setval(pg_get_serial_sequence(?, 'id'), greatest(max(id), 1)) from " + parent,
                    Long.class, parent);
            names.forEach(name -> jdbc.execute("analyze " + name));
            return count;
        });
        return loaded == null ? 0 : loaded;
    }
}
