package nl.werkmotor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.werkmotor.identity.CurrentUser;
import nl.werkmotor.identity.Organisation;
import nl.werkmotor.identity.Role;

/** A menu entry for some roles shows only to them; one without roles to everyone. */
class NavigationLinkTest {

    private static final Organisation MUNICIPALITY = new Organisation("gemeente-x", "Gemeente X");

    @Test
    void aLinkForCaseWorkersShowsOnlyToSignedInCaseWorkers() {
        NavigationLink caseload = new NavigationLink("/caseload", "nav.caseload", 20, Set.of(Role.KLANTMANAGER));

        assertThat(caseload.shownTo(Optional.empty())).isFalse();
        assertThat(caseload.shownTo(Optional.of(user(Role.WERKGEVER)))).isFalse();
        assertThat(caseload.shownTo(Optional.of(user(Role.KLANTMANAGER)))).isTrue();
    }

    @Test
    void aLinkWithoutRolesShowsToEveryone() {
        NavigationLink home = new NavigationLink("/", "nav.home", 0);

        assertThat(home.shownTo(Optional.empty())).isTrue();
        assertThat(home.shownTo(Optional.of(user(Role.BEHEERDER)))).isTrue();
    }

    private static CurrentUser user(Role role) {
        return new CurrentUser(role.dutchName(), "Iemand", role, MUNICIPALITY);
    }
}
