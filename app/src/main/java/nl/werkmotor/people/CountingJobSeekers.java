package nl.werkmotor.people;

import java.util.Collection;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import nl.werkmotor.taxonomy.Sector;

/**
 * How many job seekers could work in a sector, for the sector plans' analysis: a count, never a person, so nothing
 * goes into the processing log (no one is read). The caller suppresses small counts.
 */
@Component
public class CountingJobSeekers {

    private final JdbcTemplate jdbc;

    CountingJobSeekers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The job seekers who wish to work in one of these SBI sections or worked in one of these occupations (each
     * counted once).
     *
     * @param occupationUris ESCO occupations, e.g. those a sector's vacancies ask for
     */
    public long wishingOrExperienced(Collection<Sector> sectors, Collection<String> occupationUris) {
        Long count = jdbc.queryForObject("""
                select count(*) from person where kind = 'JOB_SEEKER' and (sectors && ?::text[] or previous_occupations && ?::text[])""",
                Long.class, sectors.stream().map(Sector::name).toArray(String[]::new),
                occupationUris.toArray(String[]::new));
        return count == null ? 0 : count;
    }
}
