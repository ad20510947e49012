package nl.werkmotor.platform;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Streams rows into one table with PostgreSQL COPY (text format) on the caller's connection, and so
 * inside the caller's transaction. Rows are flushed to the server in blocks of about 1 MB, so a
 * million rows cost no more memory than a thousand; COPY is some 50 times faster than row inserts.
 *
 * <pre>{@code
 * try (CopyRows rows = CopyRows.into(connection, "region (code, name)")) {
 *     rows.row("AM22", "Rijnmond");
 * }
 * }</pre>
 *
 * Closing ends the COPY; a failure ({@link SQLException} from the server) surfaces as
 * {@link IllegalStateException} with the server's message, and rolls back with the transaction.
 */
public final class CopyRows implements AutoCloseable {

    private static final int FLUSH_AT = 1 << 20;

    private final CopyIn copy;
    private final String target;
    private final StringBuilder buffer = new StringBuilder(FLUSH_AT + 4096);
    private long rows;

    private CopyRows(CopyIn copy, String target) {
        this.copy = copy;
        this.target = target;
    }

    /** @param target table and columns, e.g. {@code "region (code, name)"} */
    public static CopyRows into(Connection connection, String target) {
        try {
            return new CopyRows(connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("copy " + target + " from stdin"), target);
        } catch (SQLException e) {
            throw failed(target, e);
        }
    }

    /**
     * One row; {@code null} is SQL null, a {@link Collection} becomes a text array, anything else
     * its {@code toString()}.
     */
    public CopyRows row(Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                buffer.append('\t');
            }
            Object value = values[i];
            if (value == null) {
                buffer.append("\\N");
            } else if (value instanceof Collection<?> elements) {
                appendEscaped(arrayLiteral(elements));
            } else {
                appendEscaped(value.toString());
            }
        }
        buffer.append('\n');
        rows++;
        if (buffer.length() >= FLUSH_AT) {
            flush();
        }
        return this;
    }

    public long rows() {
        return rows;
    }

    @Override
    public void close() {
        flush();
        try {
            copy.endCopy();
        } catch (SQLException e) {
            throw failed(target, e);
        }
    }

    private void flush() {
        if (buffer.isEmpty()) {
            return;
        }
        byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
        buffer.setLength(0);
        try {
            copy.writeToCopy(bytes, 0, bytes.length);
        } catch (SQLException e) {
            throw failed(target, e);
        }
    }

    /** An array literal with every element quoted: {"a","b \"c\""}. */
    private static String arrayLiteral(Collection<?> elements) {
        StringBuilder literal = new StringBuilder("{");
        for (Object element : elements) {
            if (literal.length() > 1) {
                literal.append(',');
            }
            literal.append('"');
            String text = element.toString();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '"' || c == '\\') {
                    literal.append('\\');
                }
                literal.append(c);
            }
            literal.append('"');
        }
        return literal.append('}').toString();
    }

    /** COPY text format: backslash, tab, newline and carriage return are escaped. */
    private void appendEscaped(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> buffer.append("\\\\");
                case '\t' -> buffer.append("\\t");
                case '\n' -> buffer.append("\\n");
                case '\r' -> buffer.append("\\r");
                default -> buffer.append(c);
            }
        }
    }

    private static IllegalStateException failed(String target, SQLException e) {
        return new IllegalStateException("Writing " + target + " failed: " + e.getMessage(), e);
    }
}
