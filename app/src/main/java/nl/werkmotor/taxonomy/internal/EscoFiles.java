package nl.werkmotor.taxonomy.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import nl.werkmotor.taxonomy.TaxonomyImportRefused;

/**
 * The CSV files of one import, found by name in directories and zips, plain or gzipped: the official
 * ESCO download is a zip of plain CSV (relations in a second zip), the development copy is gzipped
 * files in directories. A file is known by its stem ({@code skills_en}, {@code occupationSkillRelations}).
 */
public final class EscoFiles implements AutoCloseable {

    private static final Pattern VERSION = Pattern.compile("v(\\d+(?:\\.\\d+)+)");

    private final Map<String, EscoFile> byStem = new LinkedHashMap<>();
    private final List<ZipFile> zips = new ArrayList<>();
    private final List<Path> sources;

    private EscoFiles(List<Path> sources) {
        this.sources = List.copyOf(sources);
    }

    /** One CSV file: its stem, the name to show in messages, and a way to open it decompressed. */
    public record EscoFile(String stem, String name, Opener opener) {
        public InputStream open() throws IOException {
            InputStream in = opener.open();
            return name.endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in;
        }
    }

    @FunctionalInterface
    public interface Opener {
        InputStream open() throws IOException;
    }

    public static EscoFiles of(List<Path> sources) {
        if (sources.isEmpty()) {
            throw new TaxonomyImportRefused("(geen bron/no source)", 0, "geef minstens het Engelse ESCO-pakket op",
                    "give at least the English ESCO package");
        }
        EscoFiles files = new EscoFiles(sources);
        try {
            for (Path source : sources) {
                files.add(source);
            }
        } catch (RuntimeException e) {
            files.close();
            throw e;
        }
        return files;
    }

    private void add(Path source) {
        String shown = source.toString();
        if (!Files.isReadable(source)) {
            throw new TaxonomyImportRefused(shown, 0, "bestaat niet of is niet leesbaar", "does not exist or cannot be read");
        }
        try {
            if (Files.isDirectory(source)) {
                try (Stream<Path> walk = Files.walk(source, 3)) {
                    for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                        if (p.getFileName().toString().toLowerCase().endsWith(".zip")) {
                            addZip(p);
                        } else {
                            put(p.getFileName().toString(), p.toString(), () -> Files.newInputStream(p));
                        }
                    }
                }
            } else if (shown.toLowerCase().endsWith(".zip")) {
                addZip(source);
            } else {
                put(source.getFileName().toString(), shown, () -> Files.newInputStream(source));
            }
        } catch (IOException | UncheckedIOException e) {
            throw new TaxonomyImportRefused(shown, 0, "kan niet gelezen worden (" + e.getMessage() + ")",
                    "cannot be read (" + e.getMessage() + ")", e);
        }
    }

    private void addZip(Path path) throws IOException {
        ZipFile zip;
        try {
            zip = new ZipFile(path.toFile());
        } catch (IOException e) {
            throw new TaxonomyImportRefused(path.getFileName().toString(), 0,
                    "is geen leesbaar zip-bestand (" + e.getMessage() + ")", "is not a readable zip file (" + e.getMessage() + ")", e);
        }
        zips.add(zip);
        for (ZipEntry entry : Collections.list(zip.entries())) {
            if (!entry.isDirectory()) {
                String name = entry.getName().substring(entry.getName().lastIndexOf('/') + 1);
                put(name, path.getFileName() + "!" + name, () -> zip.getInputStream(entry));
            }
        }
    }

    private void put(String fileName, String shown, Opener opener) {
        String lower = fileName.toLowerCase();
        String stem;
        if (lower.endsWith(".csv.gz")) {
            stem = fileName.substring(0, fileName.length() - ".csv.gz".length());
        } else if (lower.endsWith(".csv")) {
            stem = fileName.substring(0, fileName.length() - ".csv".length());
        } else {
            return; // READMEs, JSON copies and the like are not ours to read
        }
        EscoFile file = new EscoFile(stem, fileName, opener);
        EscoFile earlier = byStem.putIfAbsent(stem.toLowerCase(), file);
        if (earlier != null) {
            throw new TaxonomyImportRefused(shown, 0, "staat twee keer in de bronnen (ook als " + earlier.name() + ")",
                    "appears twice in the sources (also as " + earlier.name() + ")");
        }
    }

    /**
     * The file with this stem; for the language-independent relation files also with an {@code _en}
     * suffix, as some ESCO releases ship them inside the English package.
     */
    public Optional<EscoFile> find(String stem) {
        EscoFile file = byStem.get(stem.toLowerCase());
        return Optional.ofNullable(file != null || stem.contains("_") ? file : byStem.get(stem.toLowerCase() + "_en"));
    }

    public EscoFile require(String stem) {
        return find(stem).orElseThrow(() -> new TaxonomyImportRefused(stem + ".csv", 0,
                "ontbreekt in " + sources + " (het Engelse ESCO-pakket in CSV-vorm is nodig, met de relaties)",
                "is missing from " + sources + " (the English ESCO CSV package is needed, with its relations)"));
    }

    /** The collections ({@code digitalSkillsCollection_en}, ...), in name order. */
    public List<EscoFile> collections() {
        return byStem.values().stream()
                .filter(f -> f.stem().endsWith("Collection_en"))
                .sorted((a, b) -> a.stem().compareTo(b.stem()))
                .toList();
    }

    /** The version in a source's name ({@code esco-v1.1.1-en}, {@code ESCO dataset - v1.1.1 - ...}), if any. */
    public Optional<String> recognisedVersion() {
        for (Path source : sources) {
            Path path = source.toAbsolutePath().normalize();
            for (int i = path.getNameCount() - 1; i >= 0; i--) { // the most specific name first
                Matcher m = VERSION.matcher(path.getName(i).toString());
                if (m.find()) {
                    return Optional.of("v" + m.group(1));
                }
            }
        }
        return Optional.empty();
    }

    public String describeSources() {
        return String.join(", ", sources.stream().map(Path::toString).toList());
    }

    @Override
    public void close() {
        for (ZipFile zip : zips) {
            try {
                zip.close();
            } catch (IOException ignored) {
                // read-only; nothing to lose
            }
        }
    }
}
