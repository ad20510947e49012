package nl.werkmotor.sectorplans;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/** Reads targets, region first, then organisations, sectors and target groups, each by key and kind. */
final class TargetRows {

    private TargetRows() {
    }

    static List<TargetRow> of(JdbcTemplate jdbc, String where, Object... values) {
        return jdbc.query("""
                select id, year, scope, scope_key, kind, count, agreed_by, agreed_on, note, changed_by, changed_at
                from sector_target %s
                order by year, array_position(array['REGION', 'ORGANISATION', 'SECTOR', 'TARGET_GROUP'], scope),
                         scope_key nulls first, kind, id
                """.formatted(where), (rs, i) -> new TargetRow(rs.getLong(1), new Target(rs.getInt(2),
                TargetScope.valueOf(rs.getString(3)), rs.getString(4), TargetKind.valueOf(rs.getString(5)),
                rs.getInt(6), rs.getString(7), rs.getObject(8, LocalDate.class), rs.getString(9)),
                rs.getString(10), rs.getTimestamp(11).toInstant()), values);
    }
}
