package nl.werkmotor.engine.match;

import java.util.Arrays;

import nl.werkmotor.engine.match.internal.RegionalPostings;

/**
 * People by dense id in parallel primitive arrays (no object per person), plus the inverted index
 * skill → postings of (person id, evidence factor), split by region. Not thread-safe; {@link MatchIndex} guards it.
 */
final class PeopleTable {
    final RegionalPostings postings;
    /** Claims packed as in {@link Supply#pack}, ascending; null where no person has this id. */
    int[][] claims = new int[0][];
    double[] latitude = new double[0];
    double[] longitude = new double[0];
    double[] radiusKm = new double[0];
    int[] region = new int[0];
    int[] minHours = new int[0];
    int[] maxHours = new int[0];
    int[] availableFromDay = new int[0];
    byte[] visibility = new byte[0];
    long[] targetGroups = new long[0];
    private int count;

    PeopleTable(int skills) {
        postings = new RegionalPostings(skills);
    }

    int capacity() {
        return claims.length;
    }

    int count() {
        return count;
    }

    void put(Person person, Supply supply) {
        int id = person.id();
        remove(id);
        ensureCapacity(id + 1);
        claims[id] = supply.packed();
        latitude[id] = person.latitude();
        longitude[id] = person.longitude();
        radiusKm[id] = person.travelRadiusKm();
        region[id] = person.region();
        minHours[id] = person.minHours();
        maxHours[id] = person.maxHours();
        availableFromDay[id] = Math.toIntExact(person.availableFrom().toEpochDay());
        visibility[id] = (byte) person.visibility().ordinal();
        targetGroups[id] = person.targetGroups();
        for (int i = 0; i < supply.size(); i++) {
            postings.add(supply.skills[i], region[id], id, supply.factor(i));
        }
        count++;
    }

    boolean remove(int id) {
        if (id >= claims.length || claims[id] == null) {
            return false;
        }
        for (int packed : claims[id]) {
            postings.remove(packed >>> 2, region[id], id);
        }
        claims[id] = null;
        count--;
        return true;
    }

    boolean fits(int id, Vacancy vacancy, long startDay, Viewer viewer) {
        return VISIBILITIES[visibility[id]].visibleTo(viewer)
                && HardFilters.fits(latitude[id], longitude[id], radiusKm[id], region[id], minHours[id], maxHours[id],
                        availableFromDay[id], targetGroups[id], vacancy, startDay);
    }

    private static final Visibility[] VISIBILITIES = Visibility.values();

    private void ensureCapacity(int needed) {
        if (needed <= claims.length) {
            return;
        }
        int size = Math.max(needed, claims.length + (claims.length >> 1) + 16);
        claims = Arrays.copyOf(claims, size);
        latitude = Arrays.copyOf(latitude, size);
        longitude = Arrays.copyOf(longitude, size);
        radiusKm = Arrays.copyOf(radiusKm, size);
        region = Arrays.copyOf(region, size);
        minHours = Arrays.copyOf(minHours, size);
        maxHours = Arrays.copyOf(maxHours, size);
        availableFromDay = Arrays.copyOf(availableFromDay, size);
        visibility = Arrays.copyOf(visibility, size);
        targetGroups = Arrays.copyOf(targetGroups, size);
    }
}
