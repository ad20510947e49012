package nl.werkmotor.taxonomy.internal;

import java.io.BufferedReader;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.ZipException;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import nl.werkmotor.taxonomy.TaxonomyImportRefused;
import nl.werkmotor.taxonomy.internal.EscoFiles.EscoFile;

/**
 * Reads one CSV file record by record (quoted fields may span lines), checks the header has the
 * expected columns and every record has as many fields as the header, and turns every fault into a
 * {@link TaxonomyImportRefused} naming the file and the line where the record starts.
 */
final class CsvRows {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setAllowMissingColumnNames(true)
            .setIgnoreEmptyLines(true)
            .get();

    private CsvRows() {
    }

    /** A record, with its columns looked up by header name (case-insensitive); values are trimmed. */
    static final class Row {
        private final EscoFile file;
        private final Map<String, Integer> columns;
        private CSVRecord record;
        private long line;

        private Row(EscoFile file, Map<String, Integer> columns) {
            this.file = file;
            this.columns = columns;
        }

        /** The trimmed value, or null when empty. */
        String get(String column) {
            int index = columns.get(column.toLowerCase());
            if (index >= record.size()) {
                return null; // a short record in a file that allows them
            }
            String value = record.get(index).strip();
            return value.isEmpty() ? null : value;
        }

        String required(String column) {
            String value = get(column);
            if (value == null) {
                throw refuse("verplicht veld '" + column + "' is leeg", "required field '" + column + "' is empty");
            }
            return value;
        }

        long line() {
            return line;
        }

        TaxonomyImportRefused refuse(String dutch, String english) {
            return new TaxonomyImportRefused(file.name(), line, dutch, english);
        }
    }

    static void read(EscoFile file, int skipLines, List<String> expectedColumns, Consumer<Row> each) {
        read(file, skipLines, false, expectedColumns, each);
    }

    /**
     * @param skipLines    metadata lines before the header (the crosswalks have 16)
     * @param shortRecords whether records may leave out empty trailing fields, as ESCO's skills
     *                     hierarchy does; elsewhere a short record means a truncated file
     */
    static void read(EscoFile file, int skipLines, boolean shortRecords, List<String> expectedColumns, Consumer<Row> each) {
        long lineBefore = skipLines;
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(file.open(), StandardCharsets.UTF_8), 1 << 16)) {
            for (int i = 0; i < skipLines; i++) {
                if (reader.readLine() == null) {
                    throw new TaxonomyImportRefused(file.name(), i + 1, "bestand houdt op voor de kopregel",
                            "file ends before its header line");
                }
            }
            skipByteOrderMark(reader);
            CSVParser parser = FORMAT.parse(reader);
            Map<String, Integer> columns = new HashMap<>();
            List<String> header = parser.getHeaderNames();
            for (int i = 0; i < header.size(); i++) {
                columns.putIfAbsent(header.get(i).strip().toLowerCase(), i);
            }
            long headerLine = skipLines + 1;
            for (String column : expectedColumns) {
                if (!columns.containsKey(column.toLowerCase())) {
                    throw new TaxonomyImportRefused(file.name(), headerLine,
                            "kolom '" + column + "' ontbreekt in de kopregel " + header,
                            "column '" + column + "' is missing from the header " + header);
                }
            }
            Row row = new Row(file, columns);
            lineBefore = skipLines + parser.getCurrentLineNumber();
            Iterator<CSVRecord> records = parser.iterator();
            while (records.hasNext()) {
                CSVRecord record = records.next();
                row.record = record;
                row.line = lineBefore + 1;
                if (record.size() > header.size() || (!shortRecords && record.size() < header.size())) {
                    throw row.refuse("record heeft " + record.size() + " velden, de kopregel " + header.size()
                            + " (bestand afgebroken of beschadigd?)",
                            "record has " + record.size() + " fields, the header " + header.size()
                            + " (file truncated or damaged?)");
                }
                each.accept(row);
                lineBefore = skipLines + parser.getCurrentLineNumber();
            }
        } catch (UncheckedIOException e) {
            throw broken(file, lineBefore + 1, e.getCause());
        } catch (IOException e) {
            throw broken(file, lineBefore + 1, e);
        }
    }

    private static void skipByteOrderMark(BufferedReader reader) throws IOException {
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
    }

    private static TaxonomyImportRefused broken(EscoFile file, long line, IOException e) {
        if (e instanceof EOFException || e instanceof ZipException) {
            return new TaxonomyImportRefused(file.name(), line,
                    "het bestand is beschadigd of afgebroken (" + e.getMessage() + ")",
                    "the file is damaged or truncated (" + e.getMessage() + ")", e);
        }
        String message = String.valueOf(e.getMessage());
        if (message.contains("EOF reached before encapsulated token finished")) {
            return new TaxonomyImportRefused(file.name(), line,
                    "een aanhalingsteken wordt niet gesloten voor het einde van het bestand (bestand afgebroken?)",
                    "a quote is not closed before the end of the file (file truncated?)", e);
        }
        return new TaxonomyImportRefused(file.name(), line, "kan niet gelezen worden: " + message,
                "cannot be read: " + message, e);
    }
}
