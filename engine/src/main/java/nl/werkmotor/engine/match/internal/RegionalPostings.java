package nl.werkmotor.engine.match.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The inverted index skill → postings, split per region. A region-filtered query (the usual one:
 * an arbeidsmarktregio holds about a thirty-fifth of the people) walks only its region's lists.
 * Regions are arbitrary int codes, given dense bucket numbers on first use. Not thread-safe; the
 * index guards it.
 */
public final class RegionalPostings {
    private static final Postings EMPTY = new Postings();

    private final Postings[][] bySkill;
    private final Map<Integer, Integer> buckets = new HashMap<>();

    public RegionalPostings(int skills) {
        bySkill = new Postings[skills][];
        Arrays.fill(bySkill, new Postings[0]);
    }

    /** How many region buckets exist; bucket numbers run from 0 to this, exclusive. */
    public int bucketCount() {
        return buckets.size();
    }

    /** The bucket of a region, or -1 if nothing was ever posted in it. */
    public int bucket(int region) {
        return buckets.getOrDefault(region, -1);
    }

    /** The postings of a skill in a bucket; empty (and not to be changed) if there are none. */
    public Postings postings(int skill, int bucket) {
        var row = bySkill[skill];
        return bucket < row.length && row[bucket] != null ? row[bucket] : EMPTY;
    }

    public void add(int skill, int region, int id, float value) {
        int bucket = buckets.computeIfAbsent(region, code -> buckets.size());
        var row = bySkill[skill];
        if (bucket >= row.length) {
            row = Arrays.copyOf(row, buckets.size());
            bySkill[skill] = row;
        }
        if (row[bucket] == null) {
            row[bucket] = new Postings();
        }
        row[bucket].add(id, value);
    }

    public void remove(int skill, int region, int id) {
        bySkill[skill][buckets.get(region)].remove(id);
    }
}
