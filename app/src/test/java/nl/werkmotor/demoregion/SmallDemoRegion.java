package nl.werkmotor.demoregion;

import org.springframework.jdbc.core.JdbcTemplate;

import nl.werkmotor.people.FindPeople;
import nl.werkmotor.places.ImportingPlaces;
import nl.werkmotor.places.RealPlaces;
import nl.werkmotor.taxonomy.ImportingTaxonomy;
import nl.werkmotor.taxonomy.RealEsco;

/**
 * The small demo region on the real ESCO and places, as the first development start makes it, generated
 * once per test database (the integration tests share one): its demo accounts and caseloads are in place.
 */
public final class SmallDemoRegion {

    private SmallDemoRegion() {
    }

    public static void ensureGenerated(ImportingTaxonomy taxonomy, ImportingPlaces places, FindPeople people,
                                       GeneratingDemoRegion generating, JdbcTemplate jdbc) {
        RealEsco.ensureImported(taxonomy, jdbc);
        RealPlaces.ensureImported(places, jdbc);
        if (people.count() != GenerateDemoRegionCommand.SMALL) {
            generating.generate(GenerateDemoRegionCommand.small());
        }
    }
}
