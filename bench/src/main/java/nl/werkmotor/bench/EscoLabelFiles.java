package nl.werkmotor.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import nl.werkmotor.engine.text.ConceptKind;
import nl.werkmotor.engine.text.LabelLanguage;
import nl.werkmotor.engine.text.LabelType;

/**
 * Every ESCO label the platform searches, read straight from the shared CSV files, so benchmarks run
 * without a database: English and Dutch preferred, alternative and hidden labels, and the Dutch
 * crosswalk titles of exact and close matches. The same selection the taxonomy import stores
 * (a label repeated for a concept in one language, in any letter case, keeps its first, strongest type).
 */
public final class EscoLabelFiles {

    public record ConceptLabel(String uri, ConceptKind kind, LabelLanguage language, LabelType type, String text) {
    }

    private static final Pattern NEWLINE = Pattern.compile("\\R");
    private static final Pattern NEWLINE_OR_BAR = Pattern.compile("\\R| \\| ");
    private static final String SKILL_URI = "http://data.europa.eu/esco/skill/";
    private static final int CROSSWALK_METADATA_LINES = 16;
    private static final Set<String> CROSSWALK_LABELS = Set.of("skos:exactMatch", "skos:closeMatch");

    private final List<ConceptLabel> labels = new ArrayList<>();
    private final Set<String> seen = new HashSet<>();
    private final Set<String> occupations = new HashSet<>();
    private final Set<String> skills = new HashSet<>();

    private EscoLabelFiles() {
    }

    /** WERKMOTOR_SHARED_DATA, else the first shared/data above the working directory. */
    public static Path sharedData() {
        String configured = System.getenv("WERKMOTOR_SHARED_DATA");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("shared/data/esco-v1.1.1-en"))) {
                return dir.resolve("shared/data");
            }
        }
        throw new IllegalStateException("ESCO v1.1.1 not found: set WERKMOTOR_SHARED_DATA to the shared data folder");
    }

    /** @param data the folder holding esco-v1.1.1-en, esco-v1.1.1-nl and nl-crosswalks */
    public static List<ConceptLabel> read(Path data) {
        EscoLabelFiles files = new EscoLabelFiles();
        Path en = data.resolve("esco-v1.1.1-en");
        Path nl = data.resolve("esco-v1.1.1-nl");
        Path crosswalks = data.resolve("nl-crosswalks");
        files.concepts(en.resolve("occupations_en.csv.gz"), ConceptKind.OCCUPATION, LabelLanguage.EN, "preferredLabel",
                "altLabels", "hiddenLabels", NEWLINE);
        files.concepts(en.resolve("skills_en.csv.gz"), ConceptKind.SKILL, LabelLanguage.EN, "preferredLabel",
                "altLabels", "hiddenLabels", NEWLINE);
        files.concepts(nl.resolve("occupations_nl.csv.gz"), ConceptKind.OCCUPATION, LabelLanguage.NL, "preferredLabel",
                "altLabels", "hiddenLabels", NEWLINE);
        files.concepts(nl.resolve("skills_nl_partial.csv.gz"), ConceptKind.SKILL, LabelLanguage.NL, "preferredLabel_nl",
                "altLabels_nl", null, NEWLINE_OR_BAR);
        rows(crosswalks.resolve("NL_mapping_esco_dutch_noc.csv.gz"), CROSSWALK_METADATA_LINES, row -> files.crosswalk(
                row.get("Classification 1 URI"), row.get("Mapping relation"), row.get("Classification 2 PrefLabel")));
        rows(crosswalks.resolve("esco_vdab_competences_nl.csv.gz"), CROSSWALK_METADATA_LINES, row -> {
            String id = row.get("Classification 1 URI").strip();
            files.crosswalk(id.startsWith("http") ? id : SKILL_URI + id, row.get("Mapping Relation"),
                    row.get("Classification 2 PrefLabel NL"));
        });
        return files.labels;
    }

    private void concepts(Path file, ConceptKind kind, LabelLanguage language, String preferred, String alternative,
            String hidden, Pattern split) {
        rows(file, 0, row -> {
            String uri = row.get("conceptUri").strip();
            String preferredLabel = row.get(preferred);
            if (preferredLabel.isBlank()) {
                return; // a skill without a Dutch label
            }
            (kind == ConceptKind.OCCUPATION ? occupations : skills).add(uri);
            add(uri, kind, language, LabelType.PREFERRED, preferredLabel);
            for (String text : split.split(row.get(alternative))) {
                add(uri, kind, language, LabelType.ALTERNATIVE, text);
            }
            if (hidden != null) {
                for (String text : split.split(row.get(hidden))) {
                    add(uri, kind, language, LabelType.HIDDEN, text);
                }
            }
        });
    }

    /** Broad and narrow matches name another concept, so only exact and close matches become labels. */
    private void crosswalk(String uri, String relation, String text) {
        if (!CROSSWALK_LABELS.contains(relation.strip())) {
            return;
        }
        ConceptKind kind = occupations.contains(uri) ? ConceptKind.OCCUPATION : skills.contains(uri) ? ConceptKind.SKILL : null;
        if (kind != null) {
            add(uri, kind, LabelLanguage.NL, LabelType.CROSSWALK, text);
        }
    }

    private void add(String uri, ConceptKind kind, LabelLanguage language, LabelType type, String text) {
        String label = text.strip();
        if (!label.isEmpty() && seen.add(uri + '\u0000' + language + '\u0000' + label.toLowerCase(Locale.ROOT))) {
            labels.add(new ConceptLabel(uri, kind, language, type, label));
        }
    }

    /** Reads a gzipped ESCO CSV file with a header row, after skipping {@code skipLines} lines of preamble. */
    public static void rows(Path file, int skipLines, Consumer<CSVRecord> row) {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setAllowMissingColumnNames(true).setIgnoreEmptyLines(true).get();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file));
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            for (int skipped = 0; skipped < skipLines; ) {
                int c = reader.read();
                if (c == -1) {
                    return;
                }
                skipped += c == '\n' ? 1 : 0;
            }
            format.parse(reader).forEach(row);
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + file + ": " + e.getMessage(), e);
        }
    }
}
