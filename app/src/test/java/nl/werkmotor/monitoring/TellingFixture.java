package nl.werkmotor.monitoring;

import java.sql.Date;
import java.time.YearMonth;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Stories and steering advice written straight into their tables, for the tests that need one to exist (the access
 * matrix's id swaps, the crawl of every page): not through the use cases, whose own tests are StoriesAndSteeringIT.
 */
public final class TellingFixture {

    private TellingFixture() {
    }

    /** A story by this login (role KLANTMANAGER, ACCOUNTMANAGER or BELEIDSMEDEWERKER), DRAFT or PUBLISHED. */
    public static long story(JdbcTemplate db, String writer, String role, String organisation, String status,
                             YearMonth from, YearMonth to, String title) {
        return db.queryForObject("""
                insert into story (period_from, period_to, title, body, consent_statement, consent_on, status,
                    written_by, written_by_name, writer_role, writer_organisation_id, writer_organisation, published_at)
                values (?, ?, ?, 'Na een proefplaatsing kreeg zij een contract voor een jaar.',
                    'De persoon zelf, mondeling.', date '2025-01-10', ?, ?, 'Schrijver', ?, ?, 'Organisatie',
                    case when ? = 'PUBLISHED' then now() end) returning id""", Long.class,
                Date.valueOf(from.atDay(1)), Date.valueOf(to.atEndOfMonth()), title, status, writer, role, organisation,
                status);
    }

    /** A steering advice of this organisation with one version based on figures of nobody (all zero). */
    public static long advice(JdbcTemplate db, String organisation, YearMonth from, YearMonth to) {
        long id = db.queryForObject("""
                insert into steering_advice (organisation_id, organisation_name, period_from, period_to, per, yearly,
                    created_by) values (?, 'Organisatie', ?, ?, 'organisatie', false, 'fixture') returning id""",
                Long.class, organisation, Date.valueOf(from.atDay(1)), Date.valueOf(to.atEndOfMonth()));
        db.update("""
                insert into steering_advice_version (advice_id, version, went_well, went_badly, we_change,
                    who_what_when, decided_by, decided_on, saved_by, saved_by_name)
                values (?, 1, 'Samen opgetrokken.', 'Te weinig werkgevers bereikt.', 'Eén loket.',
                    'WSP, vóór 1 juni.', 'Kernteam', date '2026-01-15', 'fixture', 'Fixture')""", id);
        for (String period : new String[] {"THIS", "EARLIER"}) {
            db.update("""
                    insert into steering_advice_figures (advice_id, version, period, month_from, month_to, per, source,
                        counted_to, how_counted) values (?, 1, ?, ?, ?, 'organisatie', 'placements: placement',
                        date '2026-01-15', 'Verschillende personen per cel.')""", id, period, from.toString(),
                    to.toString());
            for (Measure m : Measure.values()) {
                db.update("""
                        insert into steering_advice_cell (advice_id, version, period, position, row_key, measure,
                            count, target, suppressed) values (?, 1, ?, -1, null, ?, 0, null, false)""", id, period,
                        m.field());
            }
        }
        return id;
    }
}
