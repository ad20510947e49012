package nl.werkmotor.engine.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

/**
 * Writers flip people and vacancies between two versions (or remove them) while readers query. A
 * reader must only ever see whole versions: each result's score is that of one of its versions, the
 * people nobody touches are always there with the same score, and every explanation adds up.
 */
class MatchIndexConcurrencyTest {
    private static final int STABLE = 100;
    private static final int CHURNING = 400;

    @Test
    void readersSeeWholeVersionsWhileWritersChange() throws Exception {
        long seed = System.nanoTime();
        System.out.println("MatchIndexConcurrencyTest seed " + seed);
        var world = new RandomWorld(seed);
        var reference = new ReferenceMatcher(world);
        var index = new MatchIndex(world.graph, world.occupations);
        var versions = new HashMap<Integer, List<Person>>();
        for (int id = 0; id < STABLE + CHURNING; id++) {
            versions.put(id, List.of(world.person(id), world.person(id)));
            index.putPerson(versions.get(id).getFirst());
        }
        var vacancyVersions = new HashMap<Integer, List<Vacancy>>();
        for (int id = 0; id < CHURNING; id++) {
            vacancyVersions.put(id, List.of(world.vacancy(id), world.vacancy(id)));
            index.putVacancy(vacancyVersions.get(id).getFirst());
        }
        var query = world.vacancy(9_999);
        var asker = world.person(9_999);
        var stableScores = new HashMap<Integer, Float>();
        for (int id = 0; id < STABLE; id++) {
            var person = versions.get(id).getFirst();
            if (ReferenceMatcher.visible(person, Viewer.PARTNER) && ReferenceMatcher.fits(person, query)) {
                stableScores.put(id, reference.score(person.claims(), query.requirements()));
            }
        }
        stableScores.values().removeIf(score -> score == 0f);
                var personScores = new HashMap<Integer, List<Float>>();
        versions.forEach((id, both) -> personScores.put(id,
                both.stream().map(person -> reference.score(person.claims(), query.requirements())).toList()));
        var vacancyScores = new HashMap<Integer, List<Float>>();
        vacancyVersions.forEach((id, both) -> vacancyScores.put(id,
                both.stream().map(vacancy -> reference.score(asker.claims(), vacancy.requirements())).toList()));
        var latest = new ConcurrentHashMap<Integer, Person>();
        versions.forEach((id, both) -> latest.put(id, both.getFirst()));

        var stop = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(5);
        var futures = new ArrayList<Future<Integer>>();
        for (int w = 0; w < 2; w++) {
            futures.add(pool.submit(() -> {
                var random = ThreadLocalRandom.current();
                int writes = 0;
                while (!stop.get()) {
                    int id = random.nextInt(CHURNING);
                    if (random.nextInt(4) == 0) {
                        index.removeVacancy(id);
                    } else {
                        index.putVacancy(vacancyVersions.get(id).get(random.nextInt(2)));
                    }
                    writes++;
                }
                return writes;
            }));
        }
        // One person writer, so "latest" is exactly what the index holds once it stops.
        futures.add(pool.submit(() -> {
            var random = ThreadLocalRandom.current();
            int writes = 0;
            while (!stop.get()) {
                int id = STABLE + random.nextInt(CHURNING);
                if (random.nextInt(4) == 0) {
                    index.removePerson(id);
                    latest.remove(id);
                } else {
                    var person = versions.get(id).get(random.nextInt(2));
                    index.putPerson(person);
                    latest.put(id, person);
                }
                writes++;
            }
            return writes;
        }));
        for (int r = 0; r < 2; r++) {
            futures.add(pool.submit(() -> {
                int reads = 0;
                while (!stop.get()) {
                    var people = index.peopleFor(query, Viewer.PARTNER, STABLE + CHURNING);
                    var seenStable = new HashMap<Integer, Float>();
                    for (var match : people) {
                        ExplanationContract.check(match);
                        if (match.id() < STABLE) {
                            seenStable.put(match.id(), match.score());
                        } else {
                            assertThat(personScores.get(match.id())).contains(match.score());
                        }
                    }
                    assertThat(seenStable).isEqualTo(stableScores);
                    for (var match : index.vacanciesFor(asker, 50)) {
                        ExplanationContract.check(match);
                        assertThat(vacancyScores.get(match.id())).contains(match.score());
                    }
                    reads++;
                }
                return reads;
            }));
        }
        Thread.sleep(1_500);
        stop.set(true);
        var counts = new ArrayList<Integer>();
        for (var future : futures) {
            counts.add(future.get(30, TimeUnit.SECONDS));
        }
        pool.shutdown();
        System.out.println("MatchIndexConcurrencyTest writes/reads per thread " + counts);
        assertThat(counts).allSatisfy(count -> assertThat(count).isPositive());

        MatchIndexRandomizedTest.same(index.peopleFor(query, Viewer.PARTNER, 100),
                reference.peopleFor(query, Viewer.PARTNER, latest.values(), 100));
    }
}
