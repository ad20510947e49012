package nl.werkmotor.toolbox;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import nl.werkmotor.identity.CurrentUser;

/**
 * The Toolbox's use as far as it is known before placements record it: which instruments applied on account
 * managers' candidate proposals (per vacancy, once per account manager), and the notes of instruments missed.
 */
@Component
class ToolboxUse {

    private final JdbcTemplate jdbc;

    ToolboxUse(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A count of uses by one key (an instrument, an organisation, an account manager). */
    record Count(String key, String label, long uses) {
    }

    void shown(long vacancyId, Evaluation evaluation, CurrentUser user, LocalDate on) {
        for (InstrumentEvaluation e : evaluation.open()) {
            jdbc.update("""
                    insert into toolbox_instrument_shown (vacancy_id, instrument_code, edition_id, organisation_id, organisation,
                        account, account_name, shown_on) values (?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""",
                    vacancyId, e.instrument().code(), evaluation.edition().id(), user.organisation().id(),
                    user.organisation().name(), user.username(), user.name(), on);
        }
    }

    List<Count> perInstrument() {
        return jdbc.query("select instrument_code, instrument_code, count(*) from toolbox_instrument_shown "
                + "group by instrument_code order by count(*) desc, instrument_code", ToolboxUse::count);
    }

    List<Count> perOrganisation() {
        return jdbc.query("select organisation_id, min(organisation), count(*) from toolbox_instrument_shown "
                + "group by organisation_id order by count(*) desc, organisation_id", ToolboxUse::count);
    }

    List<Count> perAccountManager() {
        return jdbc.query("select account, min(account_name), count(*) from toolbox_instrument_shown "
                + "group by account order by count(*) desc, account", ToolboxUse::count);
    }

    void note(NoteMissingInstrument note, CurrentUser user, Instant at) {
        jdbc.update("insert into toolbox_missing_instrument (what, why, account, account_name, organisation, noted_at) "
                + "values (?, ?, ?, ?, ?, ?)", note.what(), note.why(), user.username(), user.name(),
                user.organisation().name(), Timestamp.from(at));
    }

    List<MissingInstrumentNote> notes() {
        return jdbc.query("select id, what, why, account_name, organisation, noted_at from toolbox_missing_instrument "
                + "order by noted_at desc, id desc", (rs, i) -> new MissingInstrumentNote(rs.getLong(1), rs.getString(2),
                rs.getString(3), rs.getString(4), rs.getString(5), rs.getTimestamp(6).toInstant()));
    }

    private static Count count(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Count(rs.getString(1), rs.getString(2), rs.getLong(3));
    }
}
