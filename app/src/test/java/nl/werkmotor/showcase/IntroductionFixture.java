package nl.werkmotor.showcase;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Introductions as they stand after asking (and saying yes), written straight into the table for tests about
 * what follows: a person in someone else's caseload or a vacancy of another employer cannot be reached through
 * the showcase by the demo accounts, which is the point of those tests.
 */
public final class IntroductionFixture {

    private IntroductionFixture() {
    }

    /** Asked by an account manager (not the demo one) for a vacancy of this employer not asked for this person yet. */
    public static long requested(JdbcTemplate jdbc, long personId, long employerId) {
        Long vacancy = jdbc.queryForObject("""
                select min(v.id) from vacancy v where v.employer_id = ? and not exists
                    (select 1 from introduction i where i.vacancy_id = v.id and i.person_id = ?)""",
                Long.class, employerId, personId);
        if (vacancy == null) {
            throw new IllegalStateException("Employer " + employerId + " has no vacancy left to ask person " + personId);
        }
        return jdbc.queryForObject("""
                insert into introduction (vacancy_id, employer_id, person_id, candidate, message, status, requested_by,
                    requested_role, requested_name, requested_at)
                values (?, ?, ?, 'K-TEST', '', 'REQUESTED', 'adviseur-2', 'ACCOUNTMANAGER', 'Ahmed Yilmaz', now())
                returning id""", Long.class, vacancy, employerId, personId);
    }

    /** As {@link #requested}, and said yes to by the person with an e-mail address. */
    public static long accepted(JdbcTemplate jdbc, long personId, long employerId) {
        long id = requested(jdbc, personId, employerId);
        jdbc.update("""
                update introduction set status = 'ACCEPTED', decided_by = 'test', decided_as = 'PERSON', decided_at = now(),
                    contact_email = 'klant@example.org' where id = ?""", id);
        return id;
    }
}
