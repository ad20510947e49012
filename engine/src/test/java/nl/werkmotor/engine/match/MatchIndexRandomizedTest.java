package nl.werkmotor.engine.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

/**
 * The index against {@link ReferenceMatcher} on random worlds, filters and updates included. The
 * seed is printed; rerun one world with {@code -Dtests.seed=...}.
 */
class MatchIndexRandomizedTest {
    private static final int WORLDS = 300;

    @Test
    void everyQueryEqualsTheBruteForceReference() {
        String fixed = System.getProperty("tests.seed");
        long first = fixed != null ? Long.parseLong(fixed) : System.nanoTime();
        int worlds = fixed != null ? 1 : WORLDS;
        System.out.println("MatchIndexRandomizedTest seeds " + first + " .. " + (first + worlds - 1));
        for (long seed = first; seed < first + worlds; seed++) {
            try {
                new Round(seed).run();
            } catch (AssertionError e) {
                throw new AssertionError("world seed " + seed + " (rerun with -Dtests.seed=" + seed + "): " + e.getMessage(), e);
            }
        }
    }

    private static final class Round {
        final RandomWorld world;
        final ReferenceMatcher reference;
        final MatchIndex index;
        final Map<Integer, Person> people = new TreeMap<>();
        final Map<Integer, Vacancy> vacancies = new TreeMap<>();

        Round(long seed) {
            world = new RandomWorld(seed);
            reference = new ReferenceMatcher(world);
            index = new MatchIndex(world.graph, world.occupations);
        }

        void run() {
            for (int round = 0; round < 3; round++) {
                change(round == 0 ? 40 + world.random.nextInt(80) : world.random.nextInt(30));
                assertThat(index.peopleCount()).isEqualTo(people.size());
                assertThat(index.vacancyCount()).isEqualTo(vacancies.size());
                for (int query = 0; query < 5; query++) {
                    checkQueries();
                }
            }
        }

        /** Puts, replaces and removes random people and vacancies, on ids with gaps. */
        void change(int changes) {
            for (int i = 0; i < changes; i++) {
                int id = world.random.nextInt(150);
                switch (world.random.nextInt(4)) {
                    case 0 -> assertThat(index.removePerson(id)).isEqualTo(people.remove(id) != null);
                    case 1 -> assertThat(index.removeVacancy(id)).isEqualTo(vacancies.remove(id) != null);
                    case 2 -> {
                        var person = world.person(id);
                        people.put(id, person);
                        index.putPerson(person);
                    }
                    default -> {
                        var vacancy = world.vacancy(id);
                        vacancies.put(id, vacancy);
                        index.putVacancy(vacancy);
                    }
                }
            }
        }

        void checkQueries() {
            int k = 1 + world.random.nextInt(15);
            var vacancy = world.random.nextBoolean() || vacancies.isEmpty() ? world.vacancy(999) : any(vacancies);
            var person = world.random.nextBoolean() || people.isEmpty() ? world.person(999) : any(people);
            for (var viewer : Viewer.values()) {
                same(index.peopleFor(vacancy, viewer, k), reference.peopleFor(vacancy, viewer, people.values(), k));
            }
            for (var viewer : Viewer.values()) { // the count: as many as the reference finds with k unbounded, capped
                int all = reference.peopleFor(vacancy, viewer, people.values(), 10_000).size();
                assertThat(index.countPeopleFor(vacancy, viewer, k)).as("count capped at " + k)
                        .isEqualTo(Math.min(all, k));
                assertThat(index.countPeopleFor(vacancy, viewer, 10_000)).as("count").isEqualTo(all);
            }
            int modulus = 2 + world.random.nextInt(5); // a caseload: some of the people
            same(index.peopleFor(vacancy, Viewer.PARTNER, id -> id % modulus == 0, k), reference.peopleFor(vacancy,
                    Viewer.PARTNER, people.values().stream().filter(p -> p.id() % modulus == 0).toList(), k));
            same(index.vacanciesFor(person, k), reference.vacanciesFor(person, vacancies.values(), k));
            same(index.occupationsFor(person.claims(), k), reference.occupationsFor(person.claims(), o -> true, k));
            var occupation = world.occupations.get(world.random.nextInt(world.occupations.size()));
            same(index.nearbyOccupations(occupation.id(), k), reference.occupationsFor(
                    ReferenceMatcher.essentialsInFull(occupation), o -> o.id() != occupation.id(), k));

            float threshold = 0.1f + 0.5f * world.random.nextFloat();
            var assumed = Evidence.values()[world.random.nextInt(4)];
            var fitting = new ArrayList<List<SkillRequirement>>();
            vacancies.values().stream().filter(v -> ReferenceMatcher.fits(person, v))
                    .forEach(v -> fitting.add(v.requirements()));
            sameGaps(index.gapsTowardsVacancy(person, vacancy, threshold, assumed, k),
                    reference.gaps(person.claims(), vacancy.requirements(), fitting, false, threshold, assumed, k));
            var allOccupations = world.occupations.stream().map(Occupation::requirements).toList();
            sameGaps(index.gapsTowardsOccupation(person.claims(), occupation.id(), threshold, assumed, k),
                    reference.gaps(person.claims(), occupation.requirements(), allOccupations, true, threshold, assumed,
                            k));
        }

        <T> T any(Map<Integer, T> map) {
            var values = new ArrayList<>(map.values());
            return values.get(world.random.nextInt(values.size()));
        }
    }

    static void same(List<Match> actual, List<ReferenceMatcher.Scored> expected) {
        assertThat(actual).extracting(Match::id).containsExactlyElementsOf(
                expected.stream().map(ReferenceMatcher.Scored::id).toList());
        for (int i = 0; i < actual.size(); i++) {
            assertThat(Math.abs(actual.get(i).score() - expected.get(i).score())).isLessThanOrEqualTo(1e-6f);
            ExplanationContract.check(actual.get(i));
        }
    }

    static void sameGaps(List<SkillGap> actual, List<SkillGap> expected) {
        assertThat(actual).extracting(SkillGap::skill, SkillGap::unlocks).containsExactlyElementsOf(
                expected.stream().map(gap -> org.assertj.core.groups.Tuple.tuple(gap.skill(), gap.unlocks())).toList());
        for (int i = 0; i < actual.size(); i++) {
            assertThat(Math.abs(actual.get(i).goalGain() - expected.get(i).goalGain())).isLessThanOrEqualTo(1e-6f);
        }
    }
}
