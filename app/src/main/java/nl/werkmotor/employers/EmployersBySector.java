package nl.werkmotor.employers;

import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import nl.werkmotor.taxonomy.Sector;

/**
 * The region's employers by SBI section, for the sector plans' analysis and key accounts: how many there are, their
 * ids (to count their vacancies by) and the largest by name. Organisations, never people.
 */
@Component
public class EmployersBySector {

    private final JdbcTemplate jdbc;

    EmployersBySector(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** How many employers each SBI section has; a section without employers is absent. */
    public Map<Sector, Long> counts() {
        Map<Sector, Long> counts = new EnumMap<>(Sector.class);
        jdbc.query("select sector, count(*) from employer group by sector",
                rs -> { counts.put(Sector.valueOf(rs.getString(1)), rs.getLong(2)); });
        return counts;
    }

    /** The ids of the employers in these sections. */
    public List<Long> idsIn(Collection<Sector> sectors) {
        return jdbc.queryForList("select id from employer where sector = any(?::text[]) order by id", Long.class,
                (Object) names(sectors));
    }

    /** The employers in these sections, the largest first, then by name; at most {@code limit}. */
    public List<Employer> largestIn(Collection<Sector> sectors, int limit) {
        return jdbc.query("""
                select id, name, sector, size_class, postcode4 from employer where sector = any(?::text[])
                order by array_position(array['LARGE', 'MEDIUM', 'SMALL', 'MICRO'], size_class), name, id limit ?
                """, (rs, i) -> new Employer(rs.getLong(1), rs.getString(2), Sector.valueOf(rs.getString(3)),
                SizeClass.valueOf(rs.getString(4)), rs.getString(5)), names(sectors), limit);
    }

    private static String[] names(Collection<Sector> sectors) {
        return sectors.stream().map(Sector::name).toArray(String[]::new);
    }
}
