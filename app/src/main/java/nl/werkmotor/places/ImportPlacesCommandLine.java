package nl.werkmotor.places;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import nl.werkmotor.platform.CommandLine;

/** {@code werkmotor import-places [DIR]}. */
@Component
class ImportPlacesCommandLine implements CommandLine.Command {

    private final ImportingPlaces importing;
    private final Path defaultSource;

    ImportPlacesCommandLine(ImportingPlaces importing,
            @Value("${werkmotor.taxonomy.default-source:../shared/data}") String defaultSource) {
        this.importing = importing;
        this.defaultSource = Path.of(defaultSource);
    }

    @Override
    public String name() {
        return "import-places";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.size() > 1 || args.stream().anyMatch(a -> a.startsWith("-"))) {
            err.println("werkmotor import-places: verwacht hoogstens één map / expects at most one folder, got " + args
                    + "\n" + CommandLine.find(name()).usage());
            return 2;
        }
        Path source = args.isEmpty() ? defaultSource : Path.of(args.getFirst());
        try {
            out.println(importing.importPlaces(new ImportPlacesCommand(source)).summary());
            return 0;
        } catch (PlacesImportRefused e) {
            err.println("werkmotor import-places: import geweigerd, de vorige plaatsen blijven staan / import refused, "
                    + "the previous places stay in place.\n" + e.getMessage());
            return 1;
        } catch (RuntimeException e) {
            // the database failed while writing: the transaction rolled back
            err.println("werkmotor import-places: import mislukt, de vorige plaatsen blijven staan / import failed, "
                    + "the previous places stay in place.\n" + e.getMessage());
            return 1;
        }
    }
}
