package nl.werkmotor.vacancies;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Counts of the open vacancies of a set of employers (a sector's, for the sector plans' analysis): how many, how
 * many were entered before a moment (open long; vacancies loaded in bulk have no entry date and are not counted as
 * such) and the occupations asked most. Counts only. A withdrawn vacancy is gone, so every vacancy here is open.
 */
@Component
public class CountingVacancies {

    private final JdbcTemplate jdbc;

    CountingVacancies(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param occupationUri an ESCO occupation
     * @param count         its open vacancies
     */
    public record OccupationCount(String occupationUri, long count) {
    }

    /**
     * @param open           the open vacancies
     * @param enteredBefore  those of them entered before the moment asked (where the entry date is known)
     * @param mostAsked      the occupations with the most open vacancies, most first
     * @param occupationUris every occupation asked by these vacancies
     */
    public record VacancyCounts(long open, long enteredBefore, List<OccupationCount> mostAsked,
                                List<String> occupationUris) {

        public VacancyCounts {
            mostAsked = List.copyOf(mostAsked);
            occupationUris = List.copyOf(occupationUris);
        }
    }

    public VacancyCounts ofEmployers(Collection<Long> employerIds, Instant before, int mostAsked) {
        Long[] ids = employerIds.toArray(Long[]::new);
        long open = number(jdbc.queryForObject("select count(*) from vacancy where employer_id = any(?::bigint[])", Long.class,
                (Object) ids));
        long old = number(jdbc.queryForObject("""
                select count(*) from vacancy where employer_id = any(?::bigint[]) and entered_at < ?""", Long.class, ids,
                java.sql.Timestamp.from(before)));
        List<OccupationCount> top = jdbc.query("""
                select occupation_uri, count(*) from vacancy where employer_id = any(?::bigint[])
                group by occupation_uri order by count(*) desc, occupation_uri limit ?""",
                (rs, i) -> new OccupationCount(rs.getString(1), rs.getLong(2)), ids, mostAsked);
        List<String> all = jdbc.queryForList("""
                select distinct occupation_uri from vacancy where employer_id = any(?::bigint[]) order by occupation_uri""",
                String.class, (Object) ids);
        return new VacancyCounts(open, old, top, all);
    }

    private static long number(Long count) {
        return count == null ? 0 : count;
    }
}
