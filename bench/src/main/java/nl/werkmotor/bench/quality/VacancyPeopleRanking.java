package nl.werkmotor.bench.quality;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.IntPredicate;

import nl.werkmotor.engine.match.Evidence;
import nl.werkmotor.engine.match.Match;
import nl.werkmotor.engine.match.MatchIndex;
import nl.werkmotor.engine.match.Occupation;
import nl.werkmotor.engine.match.Person;
import nl.werkmotor.engine.match.SkillClaim;
import nl.werkmotor.engine.match.SkillGraph;
import nl.werkmotor.engine.match.SkillRequirement;
import nl.werkmotor.engine.match.Vacancy;
import nl.werkmotor.engine.match.Viewer;
import nl.werkmotor.engine.match.Visibility;

/**
 * Vacancy → people with known ground truth. {@value #SOURCES} occupations (with at least five
 * essential skills, drawn at random) give {@value #PEOPLE_PER_OCCUPATION} people each, drawn like C1
 * profiles; the first {@value #VACANCIES} of them also give a vacancy, which needs the occupation's
 * essential skills (essential) and optional skills (optional). A person is relevant with grade 2 when
 * drawn from the vacancy's occupation, 1 when from another occupation of its ISCO unit group, else 0.
 *
 * <p>Also the filter check: the same people with random regions, places, travel radii, hours,
 * availability, visibility and target groups, and vacancies with random filters and viewers. The
 * engine's filtered top 10 must have exactly the ids of a brute-force scan: the engine's unfiltered
 * ranking of everybody (scores do not depend on filters), filtered here in plain code, first 10 kept.
 */
final class VacancyPeopleRanking {
    static final int SOURCES = 1_000;
    static final int PEOPLE_PER_OCCUPATION = 5;
    static final int VACANCIES = 500;
    static final int K = 10;
    private static final LocalDate TODAY = LocalDate.of(2026, 1, 1);
    private static final int REGIONS = 4;

    /** nDCG@10 per ranker; the filter check: queries, mean results, queries that differed (the first one named). */
    record Result(int people, int vacancies, List<String> rankers, Metrics.Estimate[] ndcg, int filterQueries,
                  double meanFiltered, int filterMismatches, String firstMismatch) {
    }

    private final SkillGraph graph;
    private final List<Occupation> occupations;
    private final ProfileGenerator generator;
    private final float[] idf;
    private final int resamples;
    private final long seed;

    VacancyPeopleRanking(SkillGraph graph, List<Occupation> occupations, ProfileGenerator generator, float[] idf,
            int resamples, long seed) {
        this.graph = graph;
        this.occupations = occupations;
        this.generator = generator;
        this.idf = idf;
        this.resamples = resamples;
        this.seed = seed;
    }

    Result run() {
        int[] personOccupation = personOccupations(sources());
        List<int[]> peopleSkills = peopleSkills(personOccupation);
        var neutral = new MatchIndex(graph, List.of());
        var filtered = new MatchIndex(graph, List.of());
        var filteredPeople = new ArrayList<Person>(peopleSkills.size());
        var attributes = new SplittableRandom(seed + 1);
        for (int p = 0; p < peopleSkills.size(); p++) {
            neutral.putPerson(neutralPerson(p, peopleSkills.get(p)));
            filteredPeople.add(randomPerson(p, peopleSkills.get(p), attributes));
            filtered.putPerson(filteredPeople.getLast());
        }
        try (var bm25 = new Bm25Ranker(peopleSkills)) {
            return run(neutral, filtered, List.of(bm25, OverlapRanker.jaccard(graph.size(), peopleSkills),
                    OverlapRanker.idfOverlap(graph.size(), peopleSkills, idf), new RandomRanker(peopleSkills.size(), seed)),
                    peopleSkills.size(), personOccupation, filteredPeople);
        }
    }

    private Result run(MatchIndex neutral, MatchIndex filtered, List<Ranker> baselines, int people,
            int[] personOccupation, List<Person> filteredPeople) {
        var rankers = new ArrayList<String>();
        rankers.add("Werkmotor");
        baselines.forEach(b -> rankers.add(b.name()));
        var ndcg = new double[rankers.size()][VACANCIES];
        var random = new SplittableRandom(seed);
        int mismatches = 0;
        long filteredResults = 0;
        String first = null;
        for (int v = 0; v < VACANCIES; v++) {
            Occupation occupation = occupations.get(personOccupation[v * PEOPLE_PER_OCCUPATION]);
            int[] grades = new int[personOccupation.length];
            for (int person = 0; person < grades.length; person++) {
                Occupation from = occupations.get(personOccupation[person]);
                grades[person] = from.id() == occupation.id() ? 2 : from.iscoGroup() == occupation.iscoGroup() ? 1 : 0;
            }
            var vacancy = vacancy(v, occupation);
            var query = new SkillQuery(ints(occupation.essential()), ints(occupation.optional()));
            ndcg[0][v] = Metrics.ndcg(ids(neutral.peopleFor(vacancy, Viewer.PARTNER, K)), p -> grades[p], grades, K);
            for (int b = 0; b < baselines.size(); b++) {
                ndcg[b + 1][v] = Metrics.ndcg(baselines.get(b).top(query, K), p -> grades[p], grades, K);
            }

            var withFilters = withRandomFilters(vacancy, random);
            var viewer = random.nextBoolean() ? Viewer.PARTNER : Viewer.EMPLOYER;
            int[] engine = ids(filtered.peopleFor(withFilters, viewer, K));
            int[] scan = Arrays.stream(ids(neutral.peopleFor(vacancy, Viewer.PARTNER, people)))
                    .filter(fits(withFilters, viewer, filteredPeople)).limit(K).toArray();
            filteredResults += engine.length;
            if (!Arrays.equals(engine, scan)) {
                mismatches++;
                if (first == null) {
                    first = "vacancy " + v + " (" + withFilters + ", " + viewer + "): engine " + Arrays.toString(engine)
                            + ", scan " + Arrays.toString(scan);
                }
            }
        }
        return new Result(personOccupation.length, VACANCIES, rankers, Metrics.bootstrap(ndcg, resamples, seed),
                VACANCIES, (double) filteredResults / VACANCIES, mismatches, first);
    }

    /** The occupations people are drawn from: the first {@value #VACANCIES} also give the vacancies. */
    private int[] sources() {
        int[] targets = occupations.stream().filter(OccupationRecovery::isTarget).mapToInt(Occupation::id).toArray();
        ProfileGenerator.shuffle(targets, new SplittableRandom(seed));
        return Arrays.copyOf(targets, Math.min(SOURCES, targets.length));
    }

    /** Person p is drawn from {@code personOccupation[p]}: {@value #PEOPLE_PER_OCCUPATION} people per source, in order. */
    private static int[] personOccupations(int[] sources) {
        return Arrays.stream(sources).flatMap(o -> Arrays.stream(new int[PEOPLE_PER_OCCUPATION]).map(x -> o)).toArray();
    }

    private List<int[]> peopleSkills(int[] personOccupation) {
        var skills = new ArrayList<int[]>(personOccupation.length);
        for (int p = 0; p < personOccupation.length; p++) {
            // profile numbers from 128 on: not the recovery's profiles of the same occupation
            skills.add(generator.profile(Setting.C1, personOccupation[p], 128 + p % PEOPLE_PER_OCCUPATION).skills());
        }
        return skills;
    }

    /** Everybody in one place and region, open to all: only skills decide. */
    private static Person neutralPerson(int id, int[] skills) {
        return new Person(id, claims(skills), 52.0, 5.0, 1, 0, 40, 1_000, TODAY.minusYears(1),
                Visibility.EMPLOYERS_ANONYMOUS, 0);
    }

    /** Random region, place, radius, hours, availability, visibility and target groups. */
    private static Person randomPerson(int id, int[] skills, SplittableRandom random) {
        int minHours = random.nextInt(0, 33);
        return new Person(id, claims(skills), random.nextDouble(50.8, 53.5), random.nextDouble(3.4, 7.2),
                1 + random.nextInt(REGIONS), minHours, random.nextInt(minHours, 41), random.nextDouble(5, 150),
                TODAY.plusDays(random.nextInt(-60, 60)), Visibility.values()[random.nextInt(Visibility.values().length)],
                random.nextInt(5) == 0 ? 1L << random.nextInt(3) : 0);
    }

    private static Vacancy vacancy(int id, Occupation occupation) {
        var requirements = new ArrayList<SkillRequirement>();
        occupation.essential().forEach(s -> requirements.add(SkillRequirement.essential(s)));
        occupation.optional().forEach(s -> requirements.add(SkillRequirement.optional(s)));
        return new Vacancy(id, requirements, 52.0, 5.0, Vacancy.ANY_REGION, 0, 40, TODAY, 0);
    }

    private static Vacancy withRandomFilters(Vacancy vacancy, SplittableRandom random) {
        int minHours = random.nextInt(0, 33);
        return new Vacancy(vacancy.id(), vacancy.requirements(), random.nextDouble(50.8, 53.5), random.nextDouble(3.4, 7.2),
                random.nextInt(4) == 0 ? Vacancy.ANY_REGION : 1 + random.nextInt(REGIONS), minHours,
                random.nextInt(minHours, 41), TODAY.plusDays(random.nextInt(-30, 90)),
                random.nextInt(10) == 0 ? 1L << random.nextInt(3) : 0);
    }

    /** The hard filters written out again from docs/matching.md section 3, with their own great-circle distance. */
    private static IntPredicate fits(Vacancy vacancy, Viewer viewer, List<Person> people) {
        return id -> {
            Person p = people.get(id);
            boolean visible = switch (p.visibility()) {
                case PRIVATE -> false;
                case PARTNERS -> viewer == Viewer.PARTNER;
                case EMPLOYERS_ANONYMOUS -> true;
            };
            return visible
                    && (vacancy.region() == Vacancy.ANY_REGION || vacancy.region() == p.region())
                    && Math.max(p.minHours(), vacancy.minHours()) <= Math.min(p.maxHours(), vacancy.maxHours())
                    && !p.availableFrom().isAfter(vacancy.startDate())
                    && (vacancy.requiredTargetGroups() == 0 || (vacancy.requiredTargetGroups() & p.targetGroups()) != 0)
                    && haversineKm(p.latitude(), p.longitude(), vacancy.latitude(), vacancy.longitude()) <= p.travelRadiusKm();
        };
    }

    private static double haversineKm(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    private static List<SkillClaim> claims(int[] skills) {
        return Arrays.stream(skills).mapToObj(s -> new SkillClaim(s, Evidence.SELF_DECLARED)).toList();
    }

    private static int[] ids(List<Match> matches) {
        return matches.stream().mapToInt(Match::id).toArray();
    }

    private static int[] ints(List<Integer> values) {
        return values.stream().mapToInt(Integer::intValue).distinct().toArray();
    }
}
