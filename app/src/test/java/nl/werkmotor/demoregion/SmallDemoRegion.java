package nl.werkmotor.demoregion;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import nl.werkmotor.demoregion.internal.DemoRegionGenerator.Sizes;
import nl.werkmotor.employers.FindEmployers;
import nl.werkmotor.people.FindPeople;
import nl.werkmotor.places.ImportingPlaces;
import nl.werkmotor.places.RealPlaces;
import nl.werkmotor.taxonomy.ImportingTaxonomy;
import nl.werkmotor.taxonomy.RealEsco;

/**
 * The real ESCO, the real places and the small demo region as the first development start makes it (demo
 * accounts and caseloads in place), made once per test database: the world the integration tests of
 * employers, the showcase, guidance and the WSP portfolio run in. Call it before each test. It is made again
 * when a test replaced the people or the employers (the loading tests do), whatever order the tests run in.
 */
public final class SmallDemoRegion {

    private SmallDemoRegion() {
    }

    public static void ensure(ApplicationContext application) {
        JdbcTemplate jdbc = application.getBean(JdbcTemplate.class);
        RealEsco.ensureImported(application.getBean(ImportingTaxonomy.class), jdbc);
        RealPlaces.ensureImported(application.getBean(ImportingPlaces.class), jdbc);
        if (application.getBean(FindPeople.class).count() != GenerateDemoRegionCommand.SMALL
                || application.getBean(FindEmployers.class).count()
                   != Sizes.forPeople(GenerateDemoRegionCommand.SMALL).employers()) {
            application.getBean(GeneratingDemoRegion.class).generate(GenerateDemoRegionCommand.small());
        }
    }
}
