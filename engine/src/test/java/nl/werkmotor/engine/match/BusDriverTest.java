package nl.werkmotor.engine.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;

import org.assertj.core.api.recursive.comparison.RecursiveComparisonConfiguration;
import org.junit.jupiter.api.Test;

/**
 * Hand-computed scores on a six-skill graph: someone who transported tropical fish has driving and
 * customer contact, and that brings them near bus driver.
 */
class BusDriverTest {
    static final int DRIVE_VEHICLES = 0;
    static final int DRIVE_BUSES = 1;
    static final int CUSTOMER_SERVICE = 2;
    static final int ASSIST_PASSENGERS = 3;
    static final int HANDLE_LIVE_FISH = 4;
    static final int TEAMWORK = 5;
    static final int BOOKKEEPING = 6;

    static final int BUS_DRIVER = 0;
    static final int FISH_FARMER = 1;
    static final int ACCOUNTANT = 2;
    static final int DELIVERY_DRIVER = 3;

    final SkillGraph graph = SkillGraph.builder(7)
            .broader(DRIVE_BUSES, DRIVE_VEHICLES)
            .related(CUSTOMER_SERVICE, ASSIST_PASSENGERS)
            .specificity(TEAMWORK, 0.5f)
            .build();
    final MatchIndex index = new MatchIndex(graph, List.of(
            new Occupation(BUS_DRIVER, List.of(DRIVE_BUSES, ASSIST_PASSENGERS), List.of(TEAMWORK), 8331),
            new Occupation(FISH_FARMER, List.of(HANDLE_LIVE_FISH), List.of(TEAMWORK), 6221),
            new Occupation(ACCOUNTANT, List.of(BOOKKEEPING), List.of(), 2411),
            new Occupation(DELIVERY_DRIVER, List.of(DRIVE_VEHICLES, CUSTOMER_SERVICE), List.of(), 8322)));

    static final RecursiveComparisonConfiguration FLOATS_CLOSE = RecursiveComparisonConfiguration.builder()
            .withComparatorForType((Float a, Float b) -> Math.abs(a - b) <= 1e-6f ? 0 : Float.compare(a, b), Float.class)
            .build();

    /** Drove a van with tropical fish to pet shops and served the shops' customers. */
    final List<SkillClaim> fishTransporter = List.of(
            new SkillClaim(DRIVE_VEHICLES, Evidence.CONFIRMED),
            new SkillClaim(CUSTOMER_SERVICE, Evidence.SELF_DECLARED),
            new SkillClaim(HANDLE_LIVE_FISH, Evidence.BADGE_VERIFIED));

    // Bus driver weights: essentials 1 × 1 each, teamwork optional 0.1 × 0.5; total 2.05.
    static final double BUS_TOTAL = 2.05;

    @Test
    void theFishTransporterIsNearBusDriverThroughDrivingAndCustomerContact() {
        var matches = index.occupationsFor(fishTransporter, 10);

        // Delivery driver 0.775 × 2/3; fish farmer (1 / 1.05) × 1/3: handling fish explains a third of the profile.
        assertThat(matches).extracting(Match::id).containsExactly(DELIVERY_DRIVER, FISH_FARMER, BUS_DRIVER);
        assertThat((double) matches.get(0).score()).isCloseTo((0.5 * 0.85 + 0.5 * 0.7) * 2 / 3, within(1e-6));
        assertThat((double) matches.get(1).score()).isCloseTo(1 / 1.05 / 3, within(1e-6));
        var busDriver = matches.get(2);
        // Drives (broader, 0.5) confirmed (0.85); customer service related (0.4) self-declared (0.7); those two
        // claims earn credit, handling fish does not: precision 2 of 3 (all specificity 1).
        double coverage = (0.5 * 0.85 + 0.4 * 0.7) / BUS_TOTAL;
        assertThat((double) busDriver.explanation().coverage()).isCloseTo(coverage, within(1e-6));
        assertThat((double) busDriver.explanation().precision()).isCloseTo(2.0 / 3, within(1e-6));
        assertThat((double) busDriver.score()).isCloseTo(coverage * 2 / 3, within(1e-6));
        assertThat(busDriver.explanation().contributions()).usingRecursiveFieldByFieldElementComparator(FLOATS_CLOSE)
                .containsExactly(
                new Contribution.Related(DRIVE_BUSES, Importance.ESSENTIAL, (float) (1 / BUS_TOTAL), DRIVE_VEHICLES,
                        Relation.BROADER, Evidence.CONFIRMED, (float) (1 / BUS_TOTAL) * (0.5f * 0.85f)),
                new Contribution.Related(ASSIST_PASSENGERS, Importance.ESSENTIAL, (float) (1 / BUS_TOTAL),
                        CUSTOMER_SERVICE, Relation.RELATED, Evidence.SELF_DECLARED, (float) (1 / BUS_TOTAL) * (0.4f * 0.7f)),
                new Contribution.Missing(TEAMWORK, Importance.OPTIONAL, (float) (0.05 / BUS_TOTAL)));
        assertThat(busDriver.explanation().matched()).isEmpty();
        assertThat(busDriver.explanation().missing()).extracting(Contribution::skill).containsExactly(TEAMWORK);
    }

    @Test
    void anExactClaimCountsAtItsEvidence() {
        var fishHandler = List.of(new SkillClaim(HANDLE_LIVE_FISH, Evidence.BADGE_VERIFIED));
        var fishFarmer = index.occupationsFor(fishHandler, 1).getFirst();

        assertThat(fishFarmer.id()).isEqualTo(FISH_FARMER);
        assertThat(fishFarmer.explanation().precision()).isEqualTo(1f);
        assertThat((double) fishFarmer.score()).isCloseTo(1.0 / 1.05, within(1e-6));
        assertThat(fishFarmer.explanation().matched()).usingRecursiveFieldByFieldElementComparator(FLOATS_CLOSE)
                .containsExactly(new Contribution.Matched(HANDLE_LIVE_FISH,
                Importance.ESSENTIAL, (float) (1 / 1.05), Evidence.BADGE_VERIFIED, (float) (1 / 1.05) * (1f * 1f)));
    }

    @Test
    void aNarrowerClaimEarnsMoreThanABroaderOne() {
        var busDriverSkills = List.of(new SkillClaim(DRIVE_BUSES, Evidence.BADGE_VERIFIED));

        var deliveryDriver = index.occupationsFor(busDriverSkills, 10).stream()
                .filter(match -> match.id() == DELIVERY_DRIVER).findFirst().orElseThrow();

        // Delivery driver needs drive vehicles and customer service, each weight 1/2; drive buses is narrower.
        assertThat((double) deliveryDriver.score()).isCloseTo(0.5 * 0.8, within(1e-6));
        assertThat(deliveryDriver.explanation().related()).singleElement()
                .satisfies(related -> assertThat(related.relation()).isEqualTo(Relation.NARROWER));
    }

    @Test
    void deliveryDriversSkillsTransferToBusDriver() {
        var nearby = index.nearbyOccupations(DELIVERY_DRIVER, 10);

        assertThat(nearby).extracting(Match::id).containsExactly(BUS_DRIVER);
        // An occupation's essential skills count in full: broader 0.5 + related 0.4.
        assertThat((double) nearby.getFirst().score()).isCloseTo((0.5 + 0.4) / BUS_TOTAL, within(1e-6));
    }

    @Test
    void theGapsTowardsBusDriverAreRankedByWhatTheyUnlockThenByGain() {
        var gaps = index.gapsTowardsOccupation(fishTransporter, BUS_DRIVER, 0.27f, Evidence.CONFIRMED, 10);

        // Bus driver now 0.705 / 2.05 × 2/3 = 0.229. A learned skill joins the profile (4 skills, or 3.5 with
        // teamwork) and earns credit: assisting passengers (0.28 → 0.85) gives 1.275 / 2.05 × 2/4 = 0.311,
        // driving buses (0.425 → 0.85) 1.13 / 2.05 × 2/4 = 0.276, teamwork 0.7475 / 2.05 × 2.5/3.5 = 0.260.
        double before = 0.705 / BUS_TOTAL * 2 / 3;
        assertThat(gaps).extracting(SkillGap::skill).containsExactly(ASSIST_PASSENGERS, DRIVE_BUSES, TEAMWORK);
        assertThat(gaps).extracting(SkillGap::unlocks).containsExactly(1, 1, 0);
        assertThat((double) gaps.get(0).goalGain()).isCloseTo(1.275 / BUS_TOTAL * 2 / 4 - before, within(1e-6));
        assertThat((double) gaps.get(1).goalGain()).isCloseTo(1.13 / BUS_TOTAL * 2 / 4 - before, within(1e-6));
        assertThat((double) gaps.get(2).goalGain()).isCloseTo(0.7475 / BUS_TOTAL * 2.5 / 3.5 - before, within(1e-6));
    }

    @Test
    void peopleForAVacancyAreRankedWithinTheHardFilters() {
        var vacancy = new Vacancy(7, List.of(SkillRequirement.essential(DRIVE_BUSES),
                SkillRequirement.essential(ASSIST_PASSENGERS), SkillRequirement.optional(TEAMWORK)),
                51.92, 4.48, 1, 24, 36, LocalDate.of(2027, 1, 1), 0);
        index.putPerson(person(1, fishTransporter, Visibility.EMPLOYERS_ANONYMOUS));
        index.putPerson(person(2, List.of(new SkillClaim(DRIVE_BUSES, Evidence.ASSESSED)), Visibility.PARTNERS));
        index.putPerson(person(3, List.of(new SkillClaim(BOOKKEEPING, Evidence.ASSESSED)), Visibility.EMPLOYERS_ANONYMOUS));

        assertThat(index.peopleFor(vacancy, Viewer.PARTNER, 10)).extracting(Match::id).containsExactly(2, 1);
        assertThat(index.peopleFor(vacancy, Viewer.EMPLOYER, 10)).extracting(Match::id).containsExactly(1);
    }

    @Test
    void anEmployersQueryPlacesPeopleAtTheCentreOfTheirAreaNotTheirHome() {
        var vacancy = new Vacancy(8, List.of(SkillRequirement.essential(DRIVE_BUSES)), 51.92, 4.48, 1, 24, 36,
                LocalDate.of(2027, 1, 1), 0);
        var drives = List.of(new SkillClaim(DRIVE_BUSES, Evidence.ASSESSED));
        // lives 3 km from the work, in an area whose centre is 20 km away (0.18 degrees of latitude); and the other way
        var nearby = new Person(4, drives, 51.947, 4.48, 1, 24, 32, 10, LocalDate.of(2026, 12, 1),
                Visibility.EMPLOYERS_ANONYMOUS, 0, 52.10, 4.48);
        index.putPerson(nearby);
        index.putVacancy(vacancy);
        index.putPerson(new Person(5, drives, 52.10, 4.48, 1, 24, 32, 10, LocalDate.of(2026, 12, 1),
                Visibility.EMPLOYERS_ANONYMOUS, 0, 51.947, 4.48));

        assertThat(index.peopleFor(vacancy, Viewer.PARTNER, 10)).extracting(Match::id).containsExactly(4);
        assertThat(index.peopleFor(vacancy, Viewer.EMPLOYER, 10)).extracting(Match::id).containsExactly(5);
        assertThat(index.vacanciesFor(nearby, 10)).extracting(Match::id).as("their own search: from home")
                .contains(8);
    }

    static Person person(int id, List<SkillClaim> claims, Visibility visibility) {
        return new Person(id, claims, 51.92, 4.48, 1, 24, 32, 10, LocalDate.of(2026, 12, 1), visibility, 0);
    }
}
