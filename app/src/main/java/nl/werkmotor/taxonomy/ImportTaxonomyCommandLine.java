package nl.werkmotor.taxonomy;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import nl.werkmotor.platform.CommandLine;

/** {@code werkmotor import-taxonomy [--version V] [DIR|ZIP ...]}. */
@Component
class ImportTaxonomyCommandLine implements CommandLine.Command {

    private final ImportingTaxonomy importing;
    private final Path defaultSource;

    ImportTaxonomyCommandLine(ImportingTaxonomy importing,
            @Value("${werkmotor.taxonomy.default-source:../shared/data}") String defaultSource) {
        this.importing = importing;
        this.defaultSource = Path.of(defaultSource); // as given: Spring's Path conversion takes it for a resource
    }

    @Override
    public String name() {
        return "import-taxonomy";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        String version = null;
        List<Path> sources = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--version") && i + 1 < args.size()) {
                version = args.get(++i);
            } else if (arg.startsWith("--version=")) {
                version = arg.substring("--version=".length());
            } else if (arg.startsWith("--")) {
                err.println("werkmotor import-taxonomy: onbekende optie/unknown option " + arg
                        + "\n" + CommandLine.find(name()).usage());
                return 2;
            } else {
                sources.add(Path.of(arg));
            }
        }
        try {
            if (sources.isEmpty()) {
                sources = developmentSources(defaultSource);
            }
            TaxonomyImportResult result = importing.importTaxonomy(new ImportTaxonomyCommand(sources, version));
            result.warnings().forEach(w -> out.println("warning: " + w));
            out.println(result.summary());
            return 0;
        } catch (TaxonomyImportRefused e) {
            err.println("werkmotor import-taxonomy: import geweigerd, de vorige taxonomie blijft staan / import refused, "
                    + "the previous taxonomy stays in place.\n" + e.getMessage());
            return 1;
        } catch (RuntimeException e) {
            // the database failed while writing: the transaction rolled back
            err.println("werkmotor import-taxonomy: import mislukt, de vorige taxonomie blijft staan / import failed, "
                    + "the previous taxonomy stays in place.\n" + e.getMessage());
            return 1;
        }
    }

    /** The newest esco-v*-en folder, the Dutch one of the same version, and nl-crosswalks, where present. */
    static List<Path> developmentSources(Path root) {
        List<String> names;
        try (Stream<Path> children = Files.list(root)) {
            names = children.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new TaxonomyImportRefused(root.toString(), 0,
                    "map met ESCO-gegevens niet leesbaar (werkmotor.taxonomy.default-source / WERKMOTOR_SHARED_DATA)",
                    "folder with ESCO data cannot be read (werkmotor.taxonomy.default-source / WERKMOTOR_SHARED_DATA)", e);
        }
        String english = names.stream().filter(n -> n.matches("esco-v[0-9.]+-en")).reduce((a, b) -> b)
                .orElseThrow(() -> new TaxonomyImportRefused(root.toString(), 0,
                        "bevat geen map esco-v*-en; geef het ESCO-pakket als argument",
                        "holds no esco-v*-en folder; give the ESCO package as an argument"));
        List<Path> sources = new ArrayList<>(List.of(root.resolve(english)));
        String dutch = english.substring(0, english.length() - "en".length()) + "nl";
        for (String optional : List.of(dutch, "nl-crosswalks")) {
            if (names.contains(optional)) {
                sources.add(root.resolve(optional));
            }
        }
        return sources;
    }
}
