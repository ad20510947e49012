package nl.werkmotor.engine.match;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.locks.StampedLock;
import java.util.function.BooleanSupplier;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;
import java.util.function.IntSupplier;

import nl.werkmotor.engine.match.internal.Accumulator;
import nl.werkmotor.engine.match.internal.Postings;
import nl.werkmotor.engine.match.internal.RegionalPostings;
import nl.werkmotor.engine.match.internal.TopK;

/**
 * The in-memory matching index: people, vacancies and occupations by skill, and every query of the
 * matching model (see the package documentation). Changes are visible to the next query; no rebuild.
 *
 * <p>Concurrency: one {@link StampedLock}. Queries take the read lock and run in parallel; a change
 * takes the write lock for the few microseconds it needs to patch the posting lists of the skills
 * involved. A query therefore sees each change entirely or not at all, and never a half-updated
 * posting list. (Copy-on-write segments would let writers never block readers, at the cost of
 * copying posting lists or merging segments; with single-digit millisecond queries and changes
 * that touch ~30 lists, a shared lock is simpler and fast enough.)
 */
public final class MatchIndex {
    private static final int MAX_K = 10_000;

    private final SkillGraph graph;
    private final StampedLock lock = new StampedLock();
    private final PeopleTable people;
    private final TargetTable<Vacancy> vacancies;
    private final TargetTable<Occupation> occupations;
    /**
     * Scratch for queries, at most one per core kept: a thread-local would keep one per web server
     * thread, ~20 MB each at a million people. A query that finds none makes one.
     */
    private final BlockingQueue<Accumulator> spareAccumulators =
            new ArrayBlockingQueue<>(Runtime.getRuntime().availableProcessors());

    public MatchIndex(SkillGraph graph, Collection<Occupation> occupations) {
        this.graph = graph;
        people = new PeopleTable(graph.size());
        vacancies = new TargetTable<>(graph.size(), false);
        this.occupations = new TargetTable<>(graph.size(), true);
        for (var occupation : occupations) {
            this.occupations.put(occupation.id(), occupation, Vacancy.ANY_REGION, Demand.of(graph, occupation.requirements()));
        }
    }

    public SkillGraph graph() {
        return graph;
    }

    /** Adds a person, or replaces the one with the same id. */
    public void putPerson(Person person) {
        var supply = Supply.of(graph, person.claims());
        write(() -> {
            people.put(person, supply);
            return true;
        });
    }

    /** Removes a person; returns whether there was one. */
    public boolean removePerson(int id) {
        return write(() -> people.remove(id));
    }

    /** Adds a vacancy, or replaces the one with the same id. */
    public void putVacancy(Vacancy vacancy) {
        var demand = Demand.of(graph, vacancy.requirements());
        write(() -> {
            vacancies.put(vacancy.id(), vacancy, vacancy.region(), demand);
            return true;
        });
    }

    /** Removes a vacancy; returns whether there was one. */
    public boolean removeVacancy(int id) {
        return write(() -> vacancies.remove(id));
    }

    public int peopleCount() {
        return read(people::count);
    }

    public int vacancyCount() {
        return read(vacancies::count);
    }

    /**
     * The k people who best cover what the vacancy needs, among those who fit it and let {@code viewer} see them.
     * For an {@link Viewer#EMPLOYER} the travel distance counts from the centre of each person's wider area
     * ({@link Person#areaLatitude()}), so that an employer's answers never depend on more than that area.
     */
    public List<Match> peopleFor(Vacancy vacancy, Viewer viewer, int k) {
        return peopleFor(vacancy, viewer, id -> true, k);
    }

    /**
     * As {@link #peopleFor(Vacancy, Viewer, int)}, among the people {@code among} accepts (e.g. one case worker's
     * caseload): the best k of those, not those of the best k overall. {@code among} is asked under the read lock,
     * so it must be quick (a set lookup).
     */
    public List<Match> peopleFor(Vacancy vacancy, Viewer viewer, IntPredicate among, int k) {
        checkK(k);
        var demand = Demand.of(graph, vacancy.requirements());
        long startDay = vacancy.startDate().toEpochDay();
        int visibleMask = Visibility.maskVisibleTo(viewer);
        boolean byArea = viewer == Viewer.EMPLOYER;
        long stamp = lock.readLock();
        try {
            var acc = peopleCredits(demand, vacancy);
            return top(acc, k, id -> among.test(id) && people.fits(id, vacancy, startDay, visibleMask, byArea),
                    id -> Scoring.explain(graph, Supply.ofCanonical(people.claims[id]), demand, false));
        } finally {
            lock.unlockRead(stamp);
        }
    }

    /**
     * How many people {@link #peopleFor(Vacancy, Viewer, int)} could return, counted up to {@code cap}: those who
     * cover something of what the vacancy needs, fit it and let {@code viewer} see them. The same people as a top-k
     * with k as large as that, without ranking or explaining any of them.
     */
    public int countPeopleFor(Vacancy vacancy, Viewer viewer, int cap) {
        if (cap < 1) {
            throw new IllegalArgumentException("cap must be at least 1: " + cap);
        }
        var demand = Demand.of(graph, vacancy.requirements());
        long startDay = vacancy.startDate().toEpochDay();
        int visibleMask = Visibility.maskVisibleTo(viewer);
        boolean byArea = viewer == Viewer.EMPLOYER;
        long stamp = lock.readLock();
        try {
            var acc = peopleCredits(demand, vacancy);
            int count = 0;
            for (int q = 0; q < acc.touchedCount && count < cap; q++) {
                if (people.fits(acc.touched[q], vacancy, startDay, visibleMask, byArea)) {
                    count++;
                }
            }
            acc.reset();
            release(acc);
            return count;
        } finally {
            lock.unlockRead(stamp);
        }
    }

    /** Each person's score for the demand, among the people of the vacancy's region; under the read lock. */
    private Accumulator peopleCredits(Demand demand, Vacancy vacancy) {
        var acc = accumulator(people.capacity());
        int[] buckets = vacancy.region() == Vacancy.ANY_REGION
                ? allBuckets(people.postings) : buckets(people.postings, vacancy.region());
        for (int i = 0; i < demand.size(); i++) {
            collectCredits(demand.skills[i], buckets, acc);
            addCredits(demand.weights[i], acc);
        }
        return acc;
    }

    /** The k vacancies the person best covers, among those that fit them. */
    public List<Match> vacanciesFor(Person person, int k) {
        checkK(k);
        var supply = Supply.of(graph, person.claims());
        long stamp = lock.readLock();
        try {
            return topTargets(supply, vacancies, buckets(vacancies.postings, Vacancy.ANY_REGION, person.region()),
                    id -> HardFilters.fits(person, vacancies.record(id)), k);
        } finally {
            lock.unlockRead(stamp);
        }
    }

    /** The k occupations whose skills these claims best cover, regardless of CV or diploma. */
    public List<Match> occupationsFor(List<SkillClaim> claims, int k) {
        checkK(k);
        var supply = Supply.of(graph, claims);
        long stamp = lock.readLock();
        try {
            return topTargets(supply, occupations, allBuckets(occupations.postings), id -> true, k);
        } finally {
            lock.unlockRead(stamp);
        }
    }

    /** The k other occupations best covered by the essential skills of this one: where its skills transfer to. */
    public List<Match> nearbyOccupations(int occupationId, int k) {
        checkK(k);
        long stamp = lock.readLock();
        try {
            var supply = Supply.ofOccupation(occupation(occupationId));
            return topTargets(supply, occupations, allBuckets(occupations.postings), id -> id != occupationId, k);
        } finally {
            lock.unlockRead(stamp);
        }
    }

    /**
     * The goal vacancy's missing skills, ranked by how many more fitting vacancies would reach
     * {@code threshold} if the person had the skill at {@code assumed} evidence, then by how much the
     * goal's own score would rise.
     */
    public List<SkillGap> gapsTowardsVacancy(Person person, Vacancy goal, float threshold, Evidence assumed, int k) {
        checkK(k);
        var supply = Supply.of(graph, person.claims());
        var demand = Demand.of(graph, goal.requirements());
        long stamp = lock.readLock();
        try {
            return gaps(supply, demand, vacancies, buckets(vacancies.postings, Vacancy.ANY_REGION, person.region()),
                    id -> HardFilters.fits(person, vacancies.record(id)), threshold, assumed, k);
        } finally {
            lock.unlockRead(stamp);
        }
    }

    /** As {@link #gapsTowardsVacancy}, counting occupations instead of vacancies. */
    public List<SkillGap> gapsTowardsOccupation(List<SkillClaim> claims, int occupationId, float threshold,
                                                Evidence assumed, int k) {
        checkK(k);
        var supply = Supply.of(graph, claims);
        long stamp = lock.readLock();
        try {
            occupation(occupationId);
            return gaps(supply, occupations.demand(occupationId), occupations, allBuckets(occupations.postings),
                    id -> true, threshold, assumed, k);
        } finally {
            lock.unlockRead(stamp);
        }
    }

    /** For one needed skill: each posted person's best credit for it, into {@code acc.credits}. */
    private void collectCredits(int need, int[] buckets, Accumulator acc) {
        for (int j = graph.sourceStart(need); j < graph.sourceEnd(need); j++) {
            for (int bucket : buckets) {
                collectCredits(people.postings.postings(graph.sourceSkill(j), bucket), graph.sourceFactor(j), acc);
            }
        }
    }

    private static void collectCredits(Postings postings, float factor, Accumulator acc) {
        float[] credits = acc.credits;
        int[] ids = postings.ids();
        float[] evidence = postings.values();
        for (int q = 0, n = postings.size(); q < n; q++) {
            int id = ids[q];
            float credit = factor * evidence[q];
            if (credit > credits[id]) {
                if (credits[id] == 0f) {
                    acc.creditTouched[acc.creditTouchedCount++] = id;
                    acc.touch(id);
                }
                credits[id] = credit;
            }
        }
    }

    /** Adds weight × best credit to each credited person's score and clears the credits. */
    private static void addCredits(float weight, Accumulator acc) {
        float[] credits = acc.credits;
        double[] scores = acc.scores;
        int[] touched = acc.creditTouched;
        for (int q = 0; q < acc.creditTouchedCount; q++) {
            int id = touched[q];
            scores[id] += weight * credits[id];
            credits[id] = 0f;
        }
        acc.creditTouchedCount = 0;
    }

    private <T> List<Match> topTargets(Supply supply, TargetTable<T> table, int[] buckets, IntPredicate fits, int k) {
        var acc = accumulator(Math.max(table.capacity(), graph.size()));
        int needs = creditNeeds(supply, acc);
        if (table.weighsPrecision) {
            addScoresAndPrecision(supply, table, buckets, acc);
        } else {
            for (int i = 0; i < needs; i++) {
                int need = acc.creditTouched[i];
                for (int bucket : buckets) {
                    addScores(table.postings.postings(need, bucket), acc.credits[need], 0, 0f, acc);
                }
            }
        }
        clearCredits(acc);
        return top(acc, k, fits, id -> Scoring.explain(graph, supply, table.demand(id), table.weighsPrecision));
    }

    /**
     * Coverage walked claim by claim (each need under the claim that earns its best
     * credit), so each target also sums the specificity of the claims it uses, each claim once; then
     * replaces each touched score by the two-sided score.
     */
    private <T> void addScoresAndPrecision(Supply supply, TargetTable<T> table, int[] buckets, Accumulator acc) {
        for (int c = 0; c < supply.size(); c++) {
            int claimed = supply.skills[c];
            float specificity = graph.specificity(claimed);
            for (int j = graph.creditStart(claimed); j < graph.creditEnd(claimed); j++) {
                int need = graph.creditNeed(j);
                if (acc.bestClaim[need] == c) {
                    for (int bucket : buckets) {
                        addScores(table.postings.postings(need, bucket), acc.credits[need], c + 1, specificity, acc);
                    }
                }
            }
        }
        double profile = Scoring.specificity(graph, supply);
        for (int q = 0; q < acc.touchedCount; q++) {
            int id = acc.touched[q];
            acc.scores[id] = Scoring.score((float) acc.scores[id], Scoring.precision(acc.used[id], profile));
        }
    }

    /**
     * Adds weight × credit to the score of each posted target; with {@code claim} (1 + its index; 0 for
     * none, as {@code usedBy} starts) also the claim's specificity, once per target.
     */
    private static void addScores(Postings postings, float credit, int claim, float specificity, Accumulator acc) {
        double[] scores = acc.scores;
        int[] usedBy = acc.usedBy;
        int[] ids = postings.ids();
        float[] weights = postings.values();
        for (int q = 0, n = postings.size(); q < n; q++) {
            int id = ids[q];
            acc.touch(id);
            scores[id] += weights[q] * credit;
            if (usedBy[id] != claim) {
                usedBy[id] = claim;
                acc.used[id] += specificity;
            }
        }
    }

    /**
     * Fills {@code acc.credits[need]} with the supply's best credit for every need it earns any credit
     * for, with the claim that earns it in {@code acc.bestClaim[need]} (the lowest claimed skill on a tie, as
     * the explanation shows it), and lists those needs ascending in {@code acc.creditTouched}; returns how many.
     */
    private int creditNeeds(Supply supply, Accumulator acc) {
        float[] credits = acc.credits;
        for (int i = 0; i < supply.size(); i++) {
            float evidence = supply.factor(i);
            for (int j = graph.creditStart(supply.skills[i]); j < graph.creditEnd(supply.skills[i]); j++) {
                int need = graph.creditNeed(j);
                float credit = graph.creditFactor(j) * evidence;
                if (credit > credits[need]) {
                    if (credits[need] == 0f) {
                        acc.creditTouched[acc.creditTouchedCount++] = need;
                    }
                    credits[need] = credit;
                    acc.bestClaim[need] = i;
                }
            }
        }
        // Sums are exact in double, so the order does not change scores; ascending keeps memory access orderly.
        Arrays.sort(acc.creditTouched, 0, acc.creditTouchedCount);
        return acc.creditTouchedCount;
    }

    private static void clearCredits(Accumulator acc) {
        for (int i = 0; i < acc.creditTouchedCount; i++) {
            acc.credits[acc.creditTouched[i]] = 0f;
        }
        acc.creditTouchedCount = 0;
    }

    private <T> List<SkillGap> gaps(Supply supply, Demand goal, TargetTable<T> table, int[] buckets, IntPredicate fits,
                                    float threshold, Evidence assumed, int k) {
        var acc = accumulator(Math.max(table.capacity(), graph.size()));
        creditNeeds(supply, acc);
        float[] credits = acc.credits;
        float goalBefore = score(table, supply, goal, credits);
        var gaps = new ArrayList<SkillGap>();
        var changedNeeds = new int[16];
        var savedCredits = new float[16];
        for (int i = 0; i < goal.size(); i++) {
            int skill = goal.skills[i];
            if (!(Relation.EXACT.factor() * assumed.factor() > credits[skill])) {
                continue;
            }
            var more = table.weighsPrecision ? supply.with(skill, assumed) : supply;
            int changed = 0;
            for (int j = graph.creditStart(skill); j < graph.creditEnd(skill); j++) {
                int need = graph.creditNeed(j);
                float credit = graph.creditFactor(j) * assumed.factor();
                // Where precision counts, a tie can change which claim is used, so ties touch targets too.
                if (credit > credits[need] || table.weighsPrecision && credit == credits[need]) {
                    if (changed == changedNeeds.length) {
                        changedNeeds = Arrays.copyOf(changedNeeds, changed * 2);
                        savedCredits = Arrays.copyOf(savedCredits, changed * 2);
                    }
                    changedNeeds[changed] = need;
                    savedCredits[changed++] = credit;
                }
            }
            touchTargets(table, buckets, changedNeeds, changed, acc);
            for (int q = 0; q < acc.touchedCount; q++) {
                int id = acc.touched[q];
                acc.scores[id] = score(table, supply, table.demand(id), credits);
            }
            swapCredits(credits, changedNeeds, savedCredits, changed);
            int unlocks = 0;
            for (int q = 0; q < acc.touchedCount; q++) {
                int id = acc.touched[q];
                if (acc.scores[id] < threshold && score(table, more, table.demand(id), credits) >= threshold
                        && fits.test(id)) {
                    unlocks++;
                }
            }
            float goalGain = score(table, more, goal, credits) - goalBefore;
            swapCredits(credits, changedNeeds, savedCredits, changed);
            acc.reset();
            gaps.add(new SkillGap(skill, unlocks, goalGain));
        }
        clearCredits(acc);
        release(acc);
        gaps.sort(Comparator.comparingInt(SkillGap::unlocks).reversed()
                .thenComparing(Comparator.comparingDouble(SkillGap::goalGain).reversed())
                .thenComparingInt(SkillGap::skill));
        return List.copyOf(gaps.subList(0, Math.min(k, gaps.size())));
    }

    /** Touches every target that needs one of the given skills, with its filter outcome. */
    private static <T> void touchTargets(TargetTable<T> table, int[] buckets, int[] needs, int count, Accumulator acc) {
        for (int c = 0; c < count; c++) {
            for (int bucket : buckets) {
                Postings postings = table.postings.postings(needs[c], bucket);
                int[] ids = postings.ids();
                for (int q = 0, n = postings.size(); q < n; q++) {
                    acc.touch(ids[q]);
                }
            }
        }
    }

    /** Exchanges the credits of the given needs with the saved values (applies, then undoes, a gap). */
    private static void swapCredits(float[] credits, int[] needs, float[] saved, int count) {
        for (int c = 0; c < count; c++) {
            float current = credits[needs[c]];
            credits[needs[c]] = saved[c];
            saved[c] = current;
        }
    }

    /**
     * A demand's score for the supply whose per-need credits are {@code credits}: from the credits where
     * coverage alone counts; from the claims where precision counts (it needs to know which claim earns what).
     */
    private float score(TargetTable<?> table, Supply supply, Demand demand, float[] credits) {
        return table.weighsPrecision ? Scoring.explain(graph, supply, demand, true).score() : score(demand, credits);
    }

    /** A demand's score from per-need credits, summed as the index and the explanation sum it. */
    private static float score(Demand demand, float[] credits) {
        double score = 0;
        for (int i = 0; i < demand.size(); i++) {
            float credit = credits[demand.skills[i]];
            if (credit > 0f) {
                score += demand.weights[i] * credit;
            }
        }
        return (float) score;
    }

    /**
     * The best k touched ids that pass the filters. Filters are tested only on ids that would enter
     * the current top k, which gives the same result as filtering every id first, at a fraction of
     * the filter tests (distance needs trigonometry).
     */
    private List<Match> top(Accumulator acc, int k, IntPredicate fits, IntFunction<Explanation> explain) {
        var top = new TopK(k);
        for (int q = 0; q < acc.touchedCount; q++) {
            int id = acc.touched[q];
            float score = (float) acc.scores[id];
            if (top.competitive(id, score) && fits.test(id)) {
                top.offer(id, score);
            }
        }
        acc.reset();
        release(acc);
        var ids = new int[k];
        var scores = new float[k];
        int count = top.drainBestFirst(ids, scores);
        var matches = new ArrayList<Match>(count);
        for (int i = 0; i < count; i++) {
            var explanation = explain.apply(ids[i]);
            assert explanation.score() == scores[i] : "index score " + scores[i] + " != explained " + explanation.score();
            matches.add(new Match(ids[i], scores[i], explanation));
        }
        return matches;
    }

    private static int[] allBuckets(RegionalPostings postings) {
        var all = new int[postings.bucketCount()];
        Arrays.setAll(all, bucket -> bucket);
        return all;
    }

    /** The buckets of the given regions, skipping regions nobody posted in. */
    private static int[] buckets(RegionalPostings postings, int... regions) {
        return Arrays.stream(regions).distinct().map(postings::bucket).filter(bucket -> bucket >= 0).toArray();
    }

    private Occupation occupation(int id) {
        if (!occupations.contains(id)) {
            throw new IllegalArgumentException("unknown occupation id " + id);
        }
        return occupations.record(id);
    }

    private Accumulator accumulator(int capacity) {
        var acc = spareAccumulators.poll();
        if (acc == null) {
            acc = new Accumulator();
        }
        acc.ensureCapacity(capacity);
        return acc;
    }

    /** Returns clean scratch for reuse (a query that fails drops its scratch instead). */
    private void release(Accumulator acc) {
        assert acc.touchedCount == 0 && acc.creditTouchedCount == 0 : "scratch returned dirty";
        spareAccumulators.offer(acc);
    }

    private boolean write(BooleanSupplier change) {
        long stamp = lock.writeLock();
        try {
            return change.getAsBoolean();
        } finally {
            lock.unlockWrite(stamp);
        }
    }

    private int read(IntSupplier supplier) {
        long stamp = lock.readLock();
        try {
            return supplier.getAsInt();
        } finally {
            lock.unlockRead(stamp);
        }
    }

    private static void checkK(int k) {
        if (k < 1 || k > MAX_K) {
            throw new IllegalArgumentException("k must be between 1 and " + MAX_K + ": " + k);
        }
    }
}
