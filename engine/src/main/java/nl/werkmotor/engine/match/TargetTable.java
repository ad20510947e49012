package nl.werkmotor.engine.match;

import java.util.Arrays;

import nl.werkmotor.engine.match.internal.Postings;

/**
 * Vacancies or occupations by dense id: the record, its {@link Demand}, and the inverted index
 * skill → postings of (id, that skill's weight in the demand). Not thread-safe; {@link MatchIndex} guards it.
 */
final class TargetTable<T> {
    final Postings[] bySkill;
    private Object[] records = new Object[0];
    private Demand[] demands = new Demand[0];
    private int count;

    TargetTable(int skills) {
        bySkill = new Postings[skills];
        Arrays.setAll(bySkill, skill -> new Postings());
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

    void put(int id, T record, Demand demand) {
        remove(id);
        if (id >= records.length) {
            int size = Math.max(id + 1, records.length + (records.length >> 1) + 16);
            records = Arrays.copyOf(records, size);
            demands = Arrays.copyOf(demands, size);
        }
        records[id] = record;
        demands[id] = demand;
        for (int i = 0; i < demand.size(); i++) {
            bySkill[demand.skills[i]].add(id, demand.weights[i]);
        }
        count++;
    }

    boolean remove(int id) {
        if (!contains(id)) {
            return false;
        }
        for (int skill : demands[id].skills) {
            bySkill[skill].remove(id);
        }
        records[id] = null;
        demands[id] = null;
        count--;
        return true;
    }
}
