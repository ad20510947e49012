package nl.werkmotor.engine.match;

import java.util.Arrays;

import nl.werkmotor.engine.match.internal.RegionalPostings;

/**
 * Vacancies or occupations by dense id: the record, its {@link Demand}, and the inverted index
 * skill → postings of (id, that skill's weight in the demand), split by region. Not thread-safe; {@link MatchIndex} guards it.
 */
final class TargetTable<T> {
    final RegionalPostings postings;
    /** Whether a score also weighs the profile's precision (occupations), or is coverage alone (vacancies). */
    final boolean weighsPrecision;
    private Object[] records = new Object[0];
    private int[] regions = new int[0];
    private Demand[] demands = new Demand[0];
    private int count;

    TargetTable(int skills, boolean weighsPrecision) {
        postings = new RegionalPostings(skills);
        this.weighsPrecision = weighsPrecision;
    }

    int capacity() {
        return records.length;
    }

    int count() {
        return count;
    }

    boolean contains(int id) {
        return id < records.length && records[id] != null;
    }

    @SuppressWarnings("unchecked")
    T record(int id) {
        return (T) records[id];
    }

    Demand demand(int id) {
        return demands[id];
    }

    void put(int id, T record, int region, Demand demand) {
        remove(id);
        if (id >= records.length) {
            int size = Math.max(id + 1, records.length + (records.length >> 1) + 16);
            records = Arrays.copyOf(records, size);
            demands = Arrays.copyOf(demands, size);
            regions = Arrays.copyOf(regions, size);
        }
        regions[id] = region;
        records[id] = record;
        demands[id] = demand;
        for (int i = 0; i < demand.size(); i++) {
            postings.add(demand.skills[i], region, id, demand.weights[i]);
        }
        count++;
    }

    boolean remove(int id) {
        if (!contains(id)) {
            return false;
        }
        for (int skill : demands[id].skills) {
            postings.remove(skill, regions[id], id);
        }
        records[id] = null;
        demands[id] = null;
        count--;
        return true;
    }
}
