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

    /** The stored targets of a year, with their ids and who last changed them. */
    public List<TargetRow> rowsFor(int year) {
        return TargetRows.of(jdbc, "where year = ?", year);
    }

    public java.util.Optional<TargetRow> row(long id) {
        return TargetRows.of(jdbc, "where id = ?", id).stream().findFirst();
    }

    /** A target's history, newest first. */
    public List<TargetChange> changesOf(long id) {
        return jdbc.query("""
                select target_id, what, changed_by, changed_at from sector_target_change where target_id = ?
                order by changed_at desc, id desc""", (rs, i) -> new TargetChange(rs.getLong(1), rs.getString(2),
                rs.getString(3), rs.getTimestamp(4).toInstant()), id);
    }

    /** The years that have targets, newest first. */
    public List<Integer> years() {
        return jdbc.queryForList("select distinct year from sector_target order by year desc", Integer.class);
    }
}
