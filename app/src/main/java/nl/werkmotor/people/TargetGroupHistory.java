package nl.werkmotor.people;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

import nl.werkmotor.web.ApiProblem.Message;

/** The target_group_change table: who changed the list, when and what. One place for its columns. */
final class TargetGroupHistory {

    private TargetGroupHistory() {
    }

    /** In the change's own transaction. */
    static void add(JdbcTemplate jdbc, String code, String changedBy, Message description) {
        jdbc.update("insert into target_group_change (code, changed_by, description_nl, description_en) "
                + "values (?, ?, ?, ?)", code, changedBy, description.nl(), description.en());
    }

    static List<TargetGroupChange> latest(JdbcTemplate jdbc, int limit) {
        return jdbc.query("""
                select code, changed_at, changed_by, description_nl, description_en from target_group_change
                order by changed_at desc, id desc limit ?""", (rs, i) -> new TargetGroupChange(rs.getString(1),
                rs.getTimestamp(2).toInstant(), rs.getString(3), new Message(rs.getString(4), rs.getString(5))), limit);
    }
}
