package nl.werkmotor.people;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

import nl.werkmotor.web.ApiProblem.Message;

/** The person_change table: who changed a profile, when and what, in Dutch and English. One place for its columns. */
final class ProfileHistory {

    private ProfileHistory() {
    }

    /** Call in the change's own transaction, so that the history never says more or less than was saved. */
    static void add(JdbcTemplate jdbc, long personId, String changedBy, ChangeAuthor.Kind author, Message description) {
        jdbc.update("""
                insert into person_change (person_id, changed_by, author, description, description_en)
                values (?, ?, ?, ?, ?)""", personId, changedBy, author.name(), description.nl(), description.en());
    }

    /** Newest first. */
    static List<ProfileChange> of(JdbcTemplate jdbc, long personId) {
        return jdbc.query("""
                select changed_at, changed_by, author, description, description_en from person_change where person_id = ?
                order by changed_at desc, id desc""", (rs, i) -> new ProfileChange(rs.getTimestamp(1).toInstant(),
                rs.getString(2), ChangeAuthor.Kind.valueOf(rs.getString(3)), new Message(rs.getString(4), rs.getString(5))),
                personId);
    }
}
