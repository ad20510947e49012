package nl.werkmotor.demoregion;

import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import nl.werkmotor.people.FindPeople;
import nl.werkmotor.places.FindPlaces;
import nl.werkmotor.places.ImportPlacesCommand;
import nl.werkmotor.places.ImportingPlaces;
import nl.werkmotor.places.PlacesImportRefused;
import nl.werkmotor.taxonomy.FindTaxonomyVersion;
import nl.werkmotor.taxonomy.ImportTaxonomyCommand;
import nl.werkmotor.taxonomy.ImportingTaxonomy;
import nl.werkmotor.taxonomy.TaxonomyImportRefused;

/**
 * The first {@code serve --dev} start fills an empty database so a newcomer sees a living region: the
 * taxonomy and the places from the development data folder, then the small demo region. Each step
 * runs only when its data is missing, so later starts keep what is in the data folder and do nothing.
 * It runs before the application reports itself ready.
 */
@Component
@Profile("dev")
class FirstDevStart implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstDevStart.class);

    private final FindTaxonomyVersion taxonomy;
    private final ImportingTaxonomy importingTaxonomy;
    private final FindPlaces places;
    private final ImportingPlaces importingPlaces;
    private final FindPeople people;
    private final GeneratingDemoRegion generating;
    private final Path dataFolder;

    FirstDevStart(FindTaxonomyVersion taxonomy, ImportingTaxonomy importingTaxonomy, FindPlaces places,
            ImportingPlaces importingPlaces, FindPeople people, GeneratingDemoRegion generating,
            @Value("${werkmotor.taxonomy.default-source:../shared/data}") String dataFolder) {
        this.taxonomy = taxonomy;
        this.importingTaxonomy = importingTaxonomy;
        this.places = places;
        this.importingPlaces = importingPlaces;
        this.people = people;
        this.generating = generating;
        this.dataFolder = Path.of(dataFolder);
    }

    @Override
    public void run(ApplicationArguments args) {
        prepare();
    }

    /** @return whether anything was done */
    boolean prepare() {
        boolean needsTaxonomy = taxonomy.isEmpty();
        boolean needsPlaces = places.isEmpty();
        boolean needsRegion = people.isEmpty();
        if (!needsTaxonomy && !needsPlaces && !needsRegion) {
            log.info("Development data present (taxonomy, places, demo region): nothing to prepare");
            return false;
        }
        log.info("First development start: preparing {}{}{}from {}", needsTaxonomy ? "the taxonomy, " : "",
                needsPlaces ? "the places, " : "", needsRegion ? "a small demo region, " : "", dataFolder.toAbsolutePath());
        long start = System.nanoTime();
        try {
            if (needsTaxonomy) {
                importingTaxonomy.importTaxonomy(ImportTaxonomyCommand.fromDevelopmentFolder(dataFolder));
            }
            if (needsPlaces) {
                importingPlaces.importPlaces(new ImportPlacesCommand(dataFolder));
            }
            if (needsRegion) {
                generating.generate(GenerateDemoRegionCommand.small());
            }
            log.info("First development start prepared in {} ms", (System.nanoTime() - start) / 1_000_000);
        } catch (TaxonomyImportRefused | PlacesImportRefused | DemoRegionRefused e) {
            // the platform still serves; the pages say what is missing
            log.warn("First development start incomplete, the platform starts without it: {}. Set WERKMOTOR_SHARED_DATA"
                    + " to the shared data folder, or run 'werkmotor import-taxonomy', 'import-places' and 'demo-data'.",
                    e.getMessage());
        }
        return true;
    }
}
