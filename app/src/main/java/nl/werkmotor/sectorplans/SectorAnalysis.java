package nl.werkmotor.sectorplans;

import java.time.Instant;
import java.util.List;

/**
 * The computed part of a sector analysis, from the region's own data as it is now: the sector's employers, their
 * open vacancies (and those open longer than {@value AnalysingSectors#LONG_OPEN_WEEKS} weeks, where the entry date
 * is known), the occupations asked most and the job seekers who wish to work in the sector or have experience in
 * the occupations its vacancies ask for. Aggregates only: a figure of 1 to {@value Figure#SMALLEST_SHOWN_LESS_ONE} is
 * suppressed, and so is a part whose difference with its whole would be that small (10 open vacancies, 7 of them
 * long open, would say "3 are new").
 */
public record SectorAnalysis(String sectorCode, Figure employers, Figure openVacancies, Figure openLong,
                             List<AskedOccupation> mostAsked, Figure jobSeekers, Instant countedAt) {

    public SectorAnalysis {
        mostAsked = List.copyOf(mostAsked);
    }

    /** A count, or none when suppressed (0 is shown: it points at nobody). */
    public record Figure(Long count) {

        public static final int SMALLEST_SHOWN = 5;
        static final int SMALLEST_SHOWN_LESS_ONE = SMALLEST_SHOWN - 1;
        static final Figure SUPPRESSED = new Figure(null);

        public static Figure of(long count) {
            return count > 0 && count < SMALLEST_SHOWN ? SUPPRESSED : new Figure(count);
        }

        /** A part of a whole: suppressed also when the whole less the part is 1 to 4. */
        public static Figure partOf(long part, long whole) {
            long rest = whole - part;
            return rest > 0 && rest < SMALLEST_SHOWN ? SUPPRESSED : of(part);
        }

        public boolean suppressed() {
            return count == null;
        }
    }

    /** An occupation the sector's open vacancies ask for, with how many. */
    public record AskedOccupation(String occupationUri, String name, Figure vacancies) {
    }
}
