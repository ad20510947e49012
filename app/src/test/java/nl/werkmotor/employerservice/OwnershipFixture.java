package nl.werkmotor.employerservice;

import org.springframework.jdbc.core.JdbcTemplate;

/** Ownership in the portfolio written straight into the table, for tests about what an owner may do. */
public final class OwnershipFixture {

    private OwnershipFixture() {
    }

    /** The demo account manager owns the employer now, for the demo WSP, whoever owned it before. */
    public static void ownedByTheDemoAccountManager(JdbcTemplate jdbc, long employerId) {
        jdbc.update("""
                insert into employer_owner (employer_id, account_manager, owner_name, organisation_id)
                values (?, 'accountmanager', 'Fatima el Amrani', 'wsp-lindeveen')
                on conflict (employer_id) do update set account_manager = excluded.account_manager,
                    owner_name = excluded.owner_name, organisation_id = excluded.organisation_id""", employerId);
    }
}
