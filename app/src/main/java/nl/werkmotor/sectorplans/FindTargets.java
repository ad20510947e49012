package nl.werkmotor.sectorplans;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The targets the partners agreed for a year, region first, then organisations, sectors and target groups. */
@Component
public class FindTargets {

    private final JdbcTemplate jdbc;

    FindTargets(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<Target> targetsFor(int year) {
        return TargetRows.of(jdbc, "where year = ?", year).stream().map(TargetRow::target).toList();
    }

    /** The years that have targets, newest first. */
    public List<Integer> years() {
        return jdbc.queryForList("select distinct year from sector_target order by year desc", Integer.class);
    }
}
