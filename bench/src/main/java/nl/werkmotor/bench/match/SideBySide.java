package nl.werkmotor.bench.match;

import java.io.IOException;
import java.util.AbstractList;
import java.util.List;
import java.util.stream.IntStream;

import nl.werkmotor.engine.match.Match;
import nl.werkmotor.engine.match.MatchIndex;
import nl.werkmotor.engine.match.Person;
import nl.werkmotor.engine.match.SyntheticPopulation;
import nl.werkmotor.engine.match.Vacancy;
import nl.werkmotor.engine.match.Viewer;
import nl.werkmotor.engine.match.Visibility;

/**
 * The same synthetic people in the Werkmotor index and in Lucene, the same ten-skill vacancy
 * queries, and the correctness gate that must pass before anything is timed. Only the region and
 * hours filters bite here (everyone travels far enough, is available, visible and in no required
 * group), because those are the filters Lucene can express as plain index filters.
 */
final class SideBySide implements AutoCloseable {
    static final int K = 10;
    private static final long SEED = 42;

    final MatchIndex werkmotor;
    final LuceneMatcher lucene;
    final Vacancy[] queries;
    final double werkmotorBuildSeconds;
    final double luceneBuildSeconds;

    SideBySide(int people, int queries) throws IOException {
        var population = new SyntheticPopulation(SEED);
        List<Person> everyone = new AbstractList<>() {
            @Override
            public Person get(int id) {
                return onlyRegionAndHoursMatter(population.person(id));
            }

            @Override
            public int size() {
                return people;
            }
        };
        long start = System.nanoTime();
        werkmotor = new MatchIndex(population.graph, population.occupations);
        everyone.forEach(werkmotor::putPerson);
        werkmotorBuildSeconds = (System.nanoTime() - start) / 1e9;
        start = System.nanoTime();
        lucene = new LuceneMatcher(population.graph, everyone);
        luceneBuildSeconds = (System.nanoTime() - start) / 1e9;
        this.queries = IntStream.range(0, queries).mapToObj(population::vacancy).map(SideBySide::openToAll)
                .toArray(Vacancy[]::new);
    }

    List<Match> werkmotor(int query) {
        return werkmotor.peopleFor(queries[query], Viewer.EMPLOYER, K);
    }

    org.apache.lucene.search.TopDocs lucene(int query) throws IOException {
        return lucene.peopleFor(queries[query], K);
    }

    /**
     * Runs the first {@code count} queries on both and compares: the same ids in the same order,
     * the same scores. Returns a description of the first difference, or null when there is none.
     */
    String firstDifference(int count) throws IOException {
        for (int q = 0; q < Math.min(count, queries.length); q++) {
            var ours = werkmotor(q);
            var theirs = lucene(q).scoreDocs;
            boolean same = ours.size() == theirs.length;
            for (int i = 0; same && i < theirs.length; i++) {
                same = ours.get(i).id() == theirs[i].doc && ours.get(i).score() == theirs[i].score;
            }
            if (!same) {
                var lucene = new StringBuilder();
                for (var hit : theirs) {
                    lucene.append(' ').append(hit.doc).append('=').append(hit.score);
                }
                return "query " + q + ": werkmotor " + ours.stream().map(m -> m.id() + "=" + m.score()).toList()
                        + ", lucene" + lucene;
            }
        }
        return null;
    }

    private static Person onlyRegionAndHoursMatter(Person person) {
        return new Person(person.id(), person.claims(), person.latitude(), person.longitude(), person.region(),
                person.minHours(), person.maxHours(), 20_000, SyntheticPopulation.TODAY,
                Visibility.EMPLOYERS_ANONYMOUS, person.targetGroups());
    }

    private static Vacancy openToAll(Vacancy vacancy) {
        return new Vacancy(vacancy.id(), vacancy.requirements(), vacancy.latitude(), vacancy.longitude(),
                vacancy.region(), vacancy.minHours(), vacancy.maxHours(), vacancy.startDate(), 0);
    }

    @Override
    public void close() throws IOException {
        lucene.close();
    }
}
