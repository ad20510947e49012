package nl.werkmotor.places.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import nl.werkmotor.places.PlacesImportRefused;

/**
 * Finds and reads the CBS municipality file and the PC4 file, and checks every record: codes in
 * their CBS form, names present, one name per region, coordinates inside the Netherlands, every
 * postcode in a known municipality. Any fault refuses the whole import, naming file and line.
 */
public final class PlacesReader {

    static final String MUNICIPALITIES = "gemeenten_\\d{4}_arbeidsmarktregio\\.csv";
    static final String POSTCODES = "pc4_nl.csv";

    private static final Pattern MUNICIPALITY_CODE = Pattern.compile("GM\\d{4}");
    private static final Pattern REGION_CODE = Pattern.compile("AM\\d{2}");
    private static final Pattern PC4 = Pattern.compile("[1-9]\\d{3}");
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

    private PlacesReader() {
    }

    public static PlacesData read(Path source) {
        Path municipalities = find(source, MUNICIPALITIES);
        Path postcodes = find(source, POSTCODES);
        PlacesData data = new PlacesData();
        data.source = source.toString();
        read(municipalities, List.of("gemeentecode", "gemeentenaam", "arbeidsmarktregio_code", "arbeidsmarktregio_naam",
                "lat", "lon"), row -> {
            String code = row.matching("gemeentecode", MUNICIPALITY_CODE, "GM0599");
            String region = row.matching("arbeidsmarktregio_code", REGION_CODE, "AM22");
            String regionName = row.required("arbeidsmarktregio_naam");
            String known = data.regions.putIfAbsent(region, regionName);
            if (known != null && !known.equals(regionName)) {
                throw row.refuse("regio " + region + " heet eerder '" + known + "', hier '" + regionName + "'",
                        "region " + region + " was named '" + known + "' before, here '" + regionName + "'");
            }
            var municipality = new PlacesData.MunicipalityRow(code, row.required("gemeentenaam"), region,
                    row.optionalCoordinate("lat"), row.optionalCoordinate("lon"));
            if (data.municipalities.putIfAbsent(code, municipality) != null) {
                throw row.refuse("gemeente " + code + " staat er twee keer in", "municipality " + code + " occurs twice");
            }
        });
        Set<String> seen = new HashSet<>();
        read(postcodes, List.of("pc4", "lat", "lon", "woonplaatsen", "gemeentecode"), row -> {
            String code = row.matching("pc4", PC4, "3011");
            if (!seen.add(code)) {
                throw row.refuse("postcode " + code + " staat er twee keer in", "postcode " + code + " occurs twice");
            }
            String municipality = row.matching("gemeentecode", MUNICIPALITY_CODE, "GM0599");
            if (!data.municipalities.containsKey(municipality)) {
                throw row.refuse("gemeente " + municipality + " staat niet in " + municipalities.getFileName(),
                        "municipality " + municipality + " is not in " + municipalities.getFileName());
            }
            data.postcodes.add(new PlacesData.PostcodeRow(code, municipality, row.coordinate("lat"), row.coordinate("lon"),
                    row.get("woonplaatsen")));
        });
        return data;
    }

    /** The file in {@code source} or one folder down; of several matches the last by name (the newest year). */
    static Path find(Path source, String namePattern) {
        if (!Files.isDirectory(source)) {
            throw new PlacesImportRefused(source.toString(), 0, "map bestaat niet of is niet leesbaar",
                    "folder does not exist or cannot be read");
        }
        try (Stream<Path> children = Files.list(source)) {
            List<Path> candidates = children.sorted()
                    .flatMap(child -> Files.isDirectory(child) ? listQuietly(child) : Stream.of(child))
                    .filter(file -> file.getFileName().toString().matches(namePattern) && Files.isRegularFile(file))
                    .sorted((a, b) -> a.getFileName().compareTo(b.getFileName()))
                    .toList();
            if (candidates.isEmpty()) {
                throw new PlacesImportRefused(source.toString(), 0,
                        "geen bestand " + namePattern.replace("\\d{4}", "JJJJ").replace("\\", "") + " gevonden (ook niet een map dieper)",
                        "no file " + namePattern.replace("\\d{4}", "YYYY").replace("\\", "") + " found (also not one folder down)");
            }
            return candidates.getLast();
        } catch (IOException | UncheckedIOException e) {
            throw new PlacesImportRefused(source.toString(), 0, "map niet leesbaar: " + e.getMessage(),
                    "folder cannot be read: " + e.getMessage());
        }
    }

    private static Stream<Path> listQuietly(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A record with its columns by header name. */
    static final class Row {
        private final String file;
        private final Map<String, Integer> columns;
        private CSVRecord record;
        private long line;

        Row(String file, Map<String, Integer> columns) {
            this.file = file;
            this.columns = columns;
        }

        String get(String column) {
            String value = record.get((int) columns.get(column)).strip();
            return value.isEmpty() ? null : value;
        }

        String required(String column) {
            String value = get(column);
            if (value == null) {
                throw refuse("verplicht veld '" + column + "' is leeg", "required field '" + column + "' is empty");
            }
            return value;
        }

        String matching(String column, Pattern pattern, String example) {
            String value = required(column);
            if (!pattern.matcher(value).matches()) {
                throw refuse("'" + value + "' in '" + column + "' heeft niet de vorm " + example,
                        "'" + value + "' in '" + column + "' is not of the form " + example);
            }
            return value;
        }

        double coordinate(String column) {
            Double value = optionalCoordinate(column);
            if (value == null) {
                throw refuse("verplicht veld '" + column + "' is leeg", "required field '" + column + "' is empty");
            }
            return value;
        }

        /** Latitude or longitude, which must lie in (a box around) the Netherlands. */
        Double optionalCoordinate(String column) {
            String text = get(column);
            if (text == null) {
                return null;
            }
            double value;
            try {
                value = Double.parseDouble(text);
            } catch (NumberFormatException e) {
                throw refuse("'" + text + "' in '" + column + "' is geen getal", "'" + text + "' in '" + column + "' is not a number");
            }
            boolean inside = column.equals("lat") ? value >= 50.6 && value <= 53.7 : value >= 3.2 && value <= 7.3;
            if (!inside) {
                throw refuse(column + " " + text + " ligt buiten Nederland", column + " " + text + " lies outside the Netherlands");
            }
            return value;
        }

        PlacesImportRefused refuse(String dutch, String english) {
            return new PlacesImportRefused(file, line, dutch, english);
        }
    }

    private static void read(Path path, List<String> expectedColumns, Consumer<Row> each) {
        String file = path.toString();
        long lineBefore = 1;
        try (BufferedReader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8);
                CSVParser parser = FORMAT.parse(reader)) {
            List<String> header = parser.getHeaderNames();
            Map<String, Integer> columns = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                columns.putIfAbsent(header.get(i).strip().replace("\uFEFF", "").toLowerCase(), i);
            }
            for (String column : expectedColumns) {
                if (!columns.containsKey(column)) {
                    throw new PlacesImportRefused(file, 1, "kolom '" + column + "' ontbreekt in de kopregel " + header,
                            "column '" + column + "' is missing from the header " + header);
                }
            }
            Row row = new Row(file, columns);
            long records = 0;
            for (CSVRecord record : parser) {
                row.record = record;
                row.line = lineBefore + 1;
                if (record.size() != header.size()) {
                    throw row.refuse("record heeft " + record.size() + " velden, de kopregel " + header.size()
                                    + " (bestand afgebroken of beschadigd?)",
                            "record has " + record.size() + " fields, the header " + header.size()
                                    + " (file truncated or damaged?)");
                }
                each.accept(row);
                records++;
                lineBefore = parser.getCurrentLineNumber();
            }
            if (records == 0) {
                throw new PlacesImportRefused(file, 0, "bevat geen gegevens", "holds no records");
            }
        } catch (UncheckedIOException e) {
            throw new PlacesImportRefused(file, lineBefore + 1, "kan niet gelezen worden: " + e.getCause().getMessage(),
                    "cannot be read: " + e.getCause().getMessage());
        } catch (IOException e) {
            throw new PlacesImportRefused(file, lineBefore + 1, "kan niet gelezen worden: " + e.getMessage(),
                    "cannot be read: " + e.getMessage());
        }
    }
}
