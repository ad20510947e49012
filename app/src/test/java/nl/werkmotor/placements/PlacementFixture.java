package nl.werkmotor.placements;

import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Placements written straight into the tables, for tests about who reaches which placement page: a placement of a
 * person in someone else's caseload, or at an employer the demo account manager does not own, cannot be made through
 * the use cases by the demo accounts, which is the point of those tests. The introduction id is one no introduction
 * has (placements name it by id only), so that no test's introductions are taken.
 */
public final class PlacementFixture {

    private static final long NO_INTRODUCTION = 9_300_000_000L;

    private PlacementFixture() {
    }

    /**
     * A placement of this person at one of the employer's vacancies after an interview 10 days ago, recorded by the
     * case worker and waiting for the account manager's confirmation, with its two changes in the history.
     */
    public static long atInterview(JdbcTemplate jdbc, long personId, long employerId) {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
        long vacancy = jdbc.queryForObject("select min(id) from vacancy where employer_id = ?", Long.class, employerId);
        long id = jdbc.queryForObject("""
                insert into placement (introduction_id, person_id, vacancy_id, employer_id, organisation_id, step,
                    accepted_on, interview_on, recorded_by, recorded_as, recorded_at, changed_at, to_confirm_by)
                values (nextval(pg_get_serial_sequence('placement', 'id')) + ?, ?, ?, ?, 'gemeente-lindeveen',
                    'INTERVIEW', ?, ?, 'klantmanager', 'CASE_WORKER', now(), now(), 'ACCOUNTMANAGER') returning id""",
                Long.class, NO_INTRODUCTION, personId, vacancy, employerId, today.minusDays(20), today.minusDays(10));
        for (String step : new String[] {"ACCEPTED", "INTERVIEW"}) {
            jdbc.update("""
                    insert into placement_change (placement_id, step, step_on, what_nl, what_en, changed_by, changed_name,
                        changed_as, changed_at) values (?, ?, ?, 'Stap vastgelegd.', 'Step recorded.', 'klantmanager',
                        'Jeroen Visser', 'CASE_WORKER', now())""", id, step,
                    step.equals("ACCEPTED") ? today.minusDays(20) : today.minusDays(10));
        }
        return id;
    }

    public static void delete(JdbcTemplate jdbc, long placementId) {
        jdbc.update("delete from placement where id = ?", placementId);
    }

    /** Every placement this fixture wrote (with their instruments and history). */
    public static void deleteAll(JdbcTemplate jdbc) {
        jdbc.update("delete from placement where introduction_id > ?", NO_INTRODUCTION);
    }
}
