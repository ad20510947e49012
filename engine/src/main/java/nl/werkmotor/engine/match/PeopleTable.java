package nl.werkmotor.engine.match;

import java.util.Arrays;

import nl.werkmotor.engine.match.internal.RegionalPostings;

/**
 * People by dense id, with no object per person: claims as packed ints, the filter attributes of
 * each person side by side in one {@code long[]} (one or two cache lines per filter test, where
 * separate arrays would cost one miss each), and the inverted index skill → postings of
 * (person id, evidence factor), split by region. Not thread-safe; {@link MatchIndex} guards it.
 */
final class PeopleTable {
    private static final int LATITUDE = 0;
    private static final int LONGITUDE = 1;
    private static final int RADIUS = 2;
    /** Region in the high half, first available day in the low half. */
    private static final int REGION_DAY = 3;
    private static final int TARGET_GROUPS = 4;
    /** Visibility ordinal in bits 32+, maximum hours in bits 16..31, minimum hours in bits 0..15. */
    private static final int VISIBILITY_HOURS = 5;
    private static final int AREA_LATITUDE = 6;
    private static final int AREA_LONGITUDE = 7;
    private static final int STRIDE = 8;

    final RegionalPostings postings;
    /** Claims packed as in {@link Supply#pack}, ascending; null where no person has this id. */
    int[][] claims = new int[0][];
    private long[] attributes = new long[0];
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
        if (person.minHours() < 0 || person.maxHours() > 0xFFFF) {
            throw new IllegalArgumentException("person " + person.id() + ": hours out of range");
        }
        int id = person.id();
        remove(id);
        if (id >= claims.length) {
            int size = Math.max(id + 1, claims.length + (claims.length >> 1) + 16);
            claims = Arrays.copyOf(claims, size);
            attributes = Arrays.copyOf(attributes, Math.multiplyExact(size, STRIDE));
        }
        claims[id] = supply.packed();
        int at = id * STRIDE;
        attributes[at + LATITUDE] = Double.doubleToRawLongBits(person.latitude());
        attributes[at + LONGITUDE] = Double.doubleToRawLongBits(person.longitude());
        attributes[at + RADIUS] = Double.doubleToRawLongBits(person.travelRadiusKm());
        attributes[at + REGION_DAY] = (long) person.region() << 32
                | Integer.toUnsignedLong(Math.toIntExact(person.availableFrom().toEpochDay()));
        attributes[at + TARGET_GROUPS] = person.targetGroups();
        attributes[at + VISIBILITY_HOURS] = (long) person.visibility().ordinal() << 32
                | (long) person.maxHours() << 16 | person.minHours();
        attributes[at + AREA_LATITUDE] = Double.doubleToRawLongBits(person.areaLatitude());
        attributes[at + AREA_LONGITUDE] = Double.doubleToRawLongBits(person.areaLongitude());
        for (int i = 0; i < supply.size(); i++) {
            postings.add(supply.skills[i], person.region(), id, supply.factor(i));
        }
        count++;
    }

    boolean remove(int id) {
        if (id >= claims.length || claims[id] == null) {
            return false;
        }
        int region = (int) (attributes[id * STRIDE + REGION_DAY] >> 32);
        for (int packed : claims[id]) {
            postings.remove(packed >>> 2, region, id);
        }
        claims[id] = null;
        count--;
        return true;
    }

    /**
     * Whether the person fits the vacancy; {@code visibleMask} has bit v set for each visibility ordinal v the
     * viewer may see; {@code byArea}: the distance counts from the centre of their wider area, not their own.
     */
    boolean fits(int id, Vacancy vacancy, long startDay, int visibleMask, boolean byArea) {
        int at = id * STRIDE;
        long visibilityHours = attributes[at + VISIBILITY_HOURS];
        long regionDay = attributes[at + REGION_DAY];
        return (visibleMask & 1 << (int) (visibilityHours >>> 32)) != 0
                && HardFilters.fits(Double.longBitsToDouble(attributes[at + (byArea ? AREA_LATITUDE : LATITUDE)]),
                        Double.longBitsToDouble(attributes[at + (byArea ? AREA_LONGITUDE : LONGITUDE)]),
                        Double.longBitsToDouble(attributes[at + RADIUS]), (int) (regionDay >> 32),
                        (int) visibilityHours & 0xFFFF, (int) (visibilityHours >>> 16) & 0xFFFF, (int) regionDay,
                        attributes[at + TARGET_GROUPS], vacancy, startDay);
    }
}
