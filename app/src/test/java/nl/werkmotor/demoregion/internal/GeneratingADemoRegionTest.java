package nl.werkmotor.demoregion.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import nl.werkmotor.employers.Employer;
import nl.werkmotor.learning.LearningOffer;
import nl.werkmotor.people.BenefitType;
import nl.werkmotor.people.Person;
import nl.werkmotor.people.PersonKind;
import nl.werkmotor.people.SkillClaim;
import nl.werkmotor.people.TargetGroup;
import nl.werkmotor.places.Postcode4;
import nl.werkmotor.taxonomy.OccupationProfile;
import nl.werkmotor.vacancies.Importance;
import nl.werkmotor.vacancies.SkillRequirement;
import nl.werkmotor.vacancies.Vacancy;

class GeneratingADemoRegionTest {

    /** Occupations in many ISCO groups, each with its own 12 essential and 8 optional skills. */
    static final List<OccupationProfile> OCCUPATIONS = IntStream.range(0, 40).mapToObj(i -> {
        String isco = List.of("2221", "3221", "5321", "8331", "8322", "9112", "5120", "5131", "7112", "7411", "5223",
                "4321", "2512", "3512", "2411", "4110", "5414", "2341", "5311", "2635").get(i % 20);
        String occupation = "http://data.europa.eu/esco/occupation/test-" + i;
        return new OccupationProfile(occupation, isco, "occupation " + i, i % 3 == 0 ? null : "beroep " + i,
                IntStream.range(0, 12).mapToObj(s -> "http://data.europa.eu/esco/skill/o" + i + "-e" + s).toList(),
                IntStream.range(0, 8).mapToObj(s -> "http://data.europa.eu/esco/skill/o" + i + "-o" + s).toList());
    }).toList();
    static final List<Postcode4> REGION = IntStream.range(0, 25)
            .mapToObj(i -> new Postcode4(String.valueOf(3011 + i), "GM0599", 51.9 + i / 100.0, 4.48)).toList();
    static final Set<String> REGION_CODES = REGION.stream().map(Postcode4::code).collect(Collectors.toSet());
    static final Set<String> SKILLS = OCCUPATIONS.stream()
            .flatMap(o -> java.util.stream.Stream.concat(o.essentialSkills().stream(), o.optionalSkills().stream()))
            .collect(Collectors.toSet());
    static final Map<String, OccupationProfile> BY_URI = OCCUPATIONS.stream()
            .collect(Collectors.toMap(OccupationProfile::uri, Function.identity()));

    record Region(List<Person> people, List<Employer> employers, List<Vacancy> vacancies, List<LearningOffer> offers) {
    }

    static Region generate(long seed, int people) {
        DemoRegionGenerator generator = new DemoRegionGenerator(OCCUPATIONS, REGION, seed);
        DemoRegionGenerator.Sizes sizes = DemoRegionGenerator.Sizes.forPeople(people);
        List<Employer> employers = generator.employers(sizes.employers());
        return new Region(generator.people(people).toList(), employers,
                generator.vacancies(employers, sizes.vacancies()).toList(),
                generator.learningOffers(sizes.learningOffers()).toList());
    }

    @Test
    void theSameSeedGivesTheSameRegion() {
        assertThat(generate(42, 1_000)).isEqualTo(generate(42, 1_000));
    }

    @Test
    void anotherSeedGivesAnotherRegion() {
        Region a = generate(42, 1_000);
        Region b = generate(43, 1_000);
        assertThat(a.people()).isNotEqualTo(b.people());
        assertThat(a.employers()).isNotEqualTo(b.employers());
        assertThat(a.vacancies()).isNotEqualTo(b.vacancies());
        assertThat(a.offers()).isNotEqualTo(b.offers());
    }

    @Test
    void moreRecordsOfOneKindDoNotChangeTheOthers() {
        // each kind has its own random source: a bigger region starts as the smaller one
        assertThat(generate(7, 2_000).people().subList(0, 1_000)).isEqualTo(generate(7, 1_000).people());
    }

    @Test
    void sharesOfJobSeekersBenefitsAndTargetGroupsLookLikeARegion() {
        List<Person> people = generate(20261124, 10_000).people();
        List<Person> seekers = people.stream().filter(p -> p.kind() == PersonKind.JOB_SEEKER).toList();

        assertThat(share(people, p -> p.kind() == PersonKind.JOB_SEEKER)).isBetween(0.57, 0.63);
        assertThat(share(seekers, p -> p.benefit() == BenefitType.BIJSTAND)).isBetween(0.42, 0.48);
        assertThat(share(seekers, p -> p.benefit() == BenefitType.WW)).isBetween(0.17, 0.23);
        assertThat(share(seekers, p -> p.benefit() == BenefitType.WIA)).isBetween(0.03, 0.07);
        assertThat(share(seekers, p -> p.benefit() == BenefitType.WAJONG)).isBetween(0.08, 0.12);
        assertThat(share(seekers, p -> p.benefit() == BenefitType.NONE)).isBetween(0.17, 0.23);
        assertThat(share(people, p -> p.targetGroups().contains(TargetGroup.BANENAFSPRAAK))).isBetween(0.06, 0.10);
        assertThat(share(people, p -> p.targetGroups().contains(TargetGroup.STATUSHOUDER))).isBetween(0.04, 0.09);
        assertThat(people).allSatisfy(p -> {
            assertThat(p.benefit() == BenefitType.NONE || p.targetGroups().contains(TargetGroup.of(p.benefit().name())))
                    .as("a benefit puts someone in its target group").isTrue();
            assertThat(DemoRegionGenerator.REFERENCE_YEAR - p.birthYear()).isBetween(18, 66);
            assertThat(p.profile().preferences().minHours()).isLessThan(p.profile().preferences().maxHours());
            assertThat(p.profile().preferences().travelRadiusKm()).isBetween(5, 60);
            assertThat(p.profile().preferences().sectors()).isNotEmpty();
        });
    }

    @Test
    void everyoneLivesInTheRegionAndSoDoEmployersVacanciesAndOffers() {
        Region region = generate(1, 2_000);
        assertThat(region.people()).extracting(Person::postcode4).allMatch(REGION_CODES::contains);
        assertThat(region.employers()).extracting(Employer::postcode4).allMatch(REGION_CODES::contains);
        assertThat(region.vacancies()).extracting(Vacancy::postcode4).allMatch(REGION_CODES::contains);
        assertThat(region.offers()).extracting(LearningOffer::postcode4).allMatch(REGION_CODES::contains);
    }

    @Test
    void peopleHoldOneToThreeOccupationsAndTheirSkillsComeFromTheTaxonomy() {
        List<Person> people = generate(2, 2_000).people();
        assertThat(people).allSatisfy(p -> {
            assertThat(p.previousOccupations()).hasSizeBetween(1, 3).allMatch(BY_URI::containsKey);
            List<String> skills = p.profile().skills().stream().map(SkillClaim::skillUri).toList();
            assertThat(skills).doesNotHaveDuplicates().allMatch(SKILLS::contains).hasSizeBetween(5, 30);
            assertThat(skills).as("most skills come from the most recent occupation")
                    .containsAnyElementsOf(BY_URI.get(p.previousOccupations().getFirst()).essentialSkills());
        });
        double meanSkills = people.stream().mapToInt(p -> p.profile().skills().size()).average().orElseThrow();
        assertThat(meanSkills).isBetween(8.0, 16.0);
        assertThat(people).extracting(Person::id).containsExactlyElementsOf(
                IntStream.rangeClosed(1, 2_000).mapToObj(Long::valueOf).toList());
    }

    @Test
    void vacanciesAskForSkillsOfTheirOccupationAtExistingEmployers() {
        Region region = generate(3, 2_000);
        Set<Long> employerIds = region.employers().stream().map(Employer::id).collect(Collectors.toSet());
        assertThat(region.vacancies()).hasSize(400).allSatisfy(v -> {
            OccupationProfile occupation = BY_URI.get(v.occupationUri());
            assertThat(employerIds).contains(v.employerId());
            assertThat(v.requirements()).extracting(SkillRequirement::skillUri).doesNotHaveDuplicates();
            assertThat(v.requirements()).filteredOn(r -> r.importance() == Importance.ESSENTIAL)
                    .hasSizeBetween(5, 12).extracting(SkillRequirement::skillUri)
                    .allMatch(occupation.essentialSkills()::contains);
            assertThat(v.requirements()).filteredOn(r -> r.importance() == Importance.OPTIONAL)
                    .extracting(SkillRequirement::skillUri).allMatch(occupation.optionalSkills()::contains);
            assertThat(v.title()).isEqualTo(capitalised(occupation.labelNl() != null ? occupation.labelNl() : occupation.labelEn()));
        });
        assertThat(share(region.vacancies(), Vacancy::suitsBanenafspraak)).isBetween(0.03, 0.2);
        assertThat(region.offers()).hasSize(30).allSatisfy(o -> assertThat(o.skillsTaught()).isNotEmpty().allMatch(SKILLS::contains));
    }

    @Test
    void namesAreComposedFromTheBuiltInLists() {
        Region region = generate(4, 500);
        List<String> first = new ArrayList<>(List.of(Names.FIRST));
        first.addAll(List.of(Names.NEWCOMER_FIRST));
        assertThat(region.people()).extracting(Person::firstName).allMatch(first::contains);
        assertThat(region.people()).filteredOn(p -> p.targetGroups().contains(TargetGroup.STATUSHOUDER))
                .extracting(Person::firstName).allMatch(List.of(Names.NEWCOMER_FIRST)::contains);
        assertThat(region.employers()).extracting(Employer::name)
                .allMatch(name -> name.endsWith(" B.V.") || name.startsWith("Stichting "));
    }

    private static String capitalised(String label) {
        return Character.toUpperCase(label.charAt(0)) + label.substring(1);
    }

    private static <T> double share(List<T> items, Predicate<T> test) {
        return items.stream().filter(test).count() / (double) items.size();
    }
}
