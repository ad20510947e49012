package nl.werkmotor.demoregion;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import nl.werkmotor.demoregion.internal.DemoHistory;
import nl.werkmotor.demoregion.internal.DemoPartners;
import nl.werkmotor.demoregion.internal.DemoRegionGenerator;
import nl.werkmotor.demoregion.internal.DemoRegionGenerator.Sizes;
import nl.werkmotor.employers.Employer;
import nl.werkmotor.employers.LinkingOrganisation;
import nl.werkmotor.employers.LoadingEmployers;
import nl.werkmotor.guidance.AssignCaseloadCommand;
import nl.werkmotor.guidance.AssigningCaseload;
import nl.werkmotor.learning.LoadingLearningOffers;
import nl.werkmotor.people.LinkingAccount;
import nl.werkmotor.people.LoadingPeople;
import nl.werkmotor.partners.ReplacingPartners;
import nl.werkmotor.places.DeploymentRegion;
import nl.werkmotor.places.FindPlaces;
import nl.werkmotor.places.Postcode4;
import nl.werkmotor.places.Region;
import nl.werkmotor.placements.LoadingPlacements;
import nl.werkmotor.showcase.LoadingIntroductions;
import nl.werkmotor.taxonomy.FindOccupationProfiles;
import nl.werkmotor.taxonomy.FindTaxonomyVersion;
import nl.werkmotor.toolbox.FindEditions;
import nl.werkmotor.toolbox.InstrumentEdition;
import nl.werkmotor.vacancies.LoadingVacancies;

/**
 * Replaces people, employers, vacancies and learning offers with a generated region, in one
 * transaction: a failure leaves the previous ones as they were. Records stream from the generator
 * into COPY, so memory stays bounded at a million people. The demo accounts "werkzoekende" and
 * "werkgever" are bound to the region's first person and first employer; the region's partner organisations
 * (municipalities with inhabitants, UWV, the WSP with its locations, the ROC, social organisations) are bound to the
 * demo accounts' organisations. Then, in the same transaction, the region's history of the past 18 months
 * ({@link DemoHistory}): introductions with their answers, and the placements that followed a yes, each replayed
 * through the placements' policy as it loads; the previous history went with the previous people.
 */
@Component
public class GeneratingDemoRegion {

    private static final Logger log = LoggerFactory.getLogger(GeneratingDemoRegion.class);
    private static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");

    private final FindTaxonomyVersion taxonomy;
    private final FindOccupationProfiles occupations;
    private final FindPlaces places;
    private final LoadingPeople people;
    private final LoadingEmployers employers;
    private final LoadingVacancies vacancies;
    private final LoadingLearningOffers learningOffers;
    private final LinkingAccount linkingAccount;
    private final LinkingOrganisation linkingOrganisation;
    private final TransactionTemplate transaction;
    private final AssigningCaseload assigningCaseload;
    private final ReplacingPartners partners;
    private final DeploymentRegion deploymentRegion;
    private final LoadingIntroductions introductions;
    private final LoadingPlacements placements;
    private final FindEditions editions;

    GeneratingDemoRegion(FindTaxonomyVersion taxonomy, FindOccupationProfiles occupations, FindPlaces places,
            LoadingPeople people, LoadingEmployers employers, LoadingVacancies vacancies,
            LoadingLearningOffers learningOffers, LinkingAccount linkingAccount, LinkingOrganisation linkingOrganisation,
            PlatformTransactionManager transactions, AssigningCaseload assigningCaseload, ReplacingPartners partners,
            DeploymentRegion deploymentRegion, LoadingIntroductions introductions, LoadingPlacements placements,
            FindEditions editions) {
        this.taxonomy = taxonomy;
        this.occupations = occupations;
        this.places = places;
        this.people = people;
        this.employers = employers;
        this.vacancies = vacancies;
        this.learningOffers = learningOffers;
        this.linkingAccount = linkingAccount;
        this.linkingOrganisation = linkingOrganisation;
        this.transaction = new TransactionTemplate(transactions);
        this.assigningCaseload = assigningCaseload;
        this.partners = partners;
        this.deploymentRegion = deploymentRegion;
        this.introductions = introductions;
        this.placements = placements;
        this.editions = editions;
    }

    /** @throws DemoRegionRefused when the size or region is wrong, or taxonomy or places are missing */
    public DemoRegionGenerated generate(GenerateDemoRegionCommand command) {
        if (command.people() < 1 || command.people() > GenerateDemoRegionCommand.MAX_PEOPLE) {
            throw new DemoRegionRefused("aantal mensen moet tussen 1 en 1.000.000 liggen, niet " + command.people(),
                    "the number of people must lie between 1 and 1,000,000, not " + command.people());
        }
        if (taxonomy.isEmpty()) {
            throw new DemoRegionRefused("er is nog geen taxonomie; importeer die eerst met 'werkmotor import-taxonomy'",
                    "there is no taxonomy yet; import it first with 'werkmotor import-taxonomy'");
        }
        if (places.isEmpty()) {
            throw new DemoRegionRefused("er zijn nog geen plaatsen; importeer die eerst met 'werkmotor import-places'",
                    "there are no places yet; import them first with 'werkmotor import-places'");
        }
        Region region = places.region(command.region()).orElseThrow(() -> new DemoRegionRefused(
                "onbekende arbeidsmarktregio '" + command.region() + "'; kies uit " + regionCodes(),
                "unknown arbeidsmarktregio '" + command.region() + "'; choose from " + regionCodes()));
        List<Postcode4> postcodes = places.postcodesIn(region.code());
        if (postcodes.isEmpty()) {
            throw new DemoRegionRefused("regio " + region.code() + " heeft geen postcodegebieden",
                    "region " + region.code() + " has no postcode areas");
        }

        long start = System.nanoTime();
        DemoRegionGenerator generator = new DemoRegionGenerator(occupations.all(), postcodes, command.seed());
        Sizes sizes = Sizes.forPeople(command.people());
        long[] counts = transaction.execute(status -> {
            List<Employer> generatedEmployers = generator.employers(sizes.employers());
            List<InstrumentEdition> toolbox = editions.history(); // read once: hundreds of start dates ask
            DemoHistory history = new DemoHistory(command.seed(), LocalDate.now(NETHERLANDS), postcodes,
                    generatedEmployers, DemoHistory.cached(date -> instrumentsOn(toolbox, date)));
            long[] loaded = {
                    people.replaceAllWithFacts(generator.peopleWithFacts(sizes.people()).map(history::see)),
                    employers.replaceAll(generatedEmployers.stream()),
                    vacancies.replaceAll(generator.vacancies(generatedEmployers, sizes.vacancies()).map(history::see)),
                    learningOffers.replaceAll(generator.learningOffers(sizes.learningOffers())), 0, 0, 0};
            // the history, after the people (whose replacement emptied the previous one) and the vacancies it names
            long historyStart = System.nanoTime();
            loaded[4] = introductions.replaceAll(history.introductions());
            loaded[5] = placements.replaceAll(history.placements());
            loaded[6] = System.nanoTime() - historyStart;
            // the login names of identity's demo accounts
            linkingAccount.link(DemoRegionGenerator.DEMO_PERSON_ID, "werkzoekende");
            linkingOrganisation.link(DemoRegionGenerator.DEMO_EMPLOYER_ID, "bouwbedrijf-de-vaste-hand");
            // the demo klantmanager's caseload with the demo person, and a colleague's, to try each other's ids
            assigningCaseload.assign(new AssignCaseloadCommand("klantmanager", "gemeente-lindeveen", ids(1, 40, loaded[0])));
            assigningCaseload.assign(new AssignCaseloadCommand("klantmanager2", "gemeente-lindeveen", ids(41, 70, loaded[0])));
            // the region's partners, bound to the demo accounts' organisations; a partner's municipalities must be
            // the deployment's, so in another region the partners stay as they are
            if (region.code().equals(deploymentRegion.code())) {
                partners.replaceAll(DemoPartners.of(region.code(), region.name(), places.municipalitiesIn(region.code()),
                        postcodes), "demo-data");
            } else {
                log.info("Partners left as they were: the demo region {} is not the deployment's region {}",
                        region.code(), deploymentRegion.code());
            }
            return loaded;
        });
        DemoRegionGenerated generated = new DemoRegionGenerated(region.code(), region.name(), command.seed(), counts[0],
                counts[1], counts[2], counts[3], counts[4], counts[5], Duration.ofNanos(System.nanoTime() - start),
                Duration.ofNanos(counts[6]), Runtime.getRuntime().maxMemory());
        log.info(generated.summary());
        return generated;
    }

    /** The instruments of the edition in force on a date that are in force on it themselves. */
    private static Optional<Set<String>> instrumentsOn(List<InstrumentEdition> toolbox, LocalDate date) {
        return InstrumentEdition.inForceOn(toolbox, date).map((InstrumentEdition e) -> e.instruments().stream()
                .filter(i -> i.inForceOn(date)).map(i -> i.code()).collect(Collectors.toUnmodifiableSet()));
    }

    private static List<Long> ids(long first, long last, long people) {
        return LongStream.rangeClosed(first, Math.min(last, people)).boxed().toList();
    }

    private String regionCodes() {
        return String.join(", ", places.regions().stream().map(r -> r.code() + " " + r.name()).toList());
    }
}
