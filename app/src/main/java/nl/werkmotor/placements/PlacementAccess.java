package nl.werkmotor.placements;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import nl.werkmotor.employers.EmployerAdvisers;
import nl.werkmotor.identity.CurrentUser;
import nl.werkmotor.identity.FindCurrentUser;
import nl.werkmotor.identity.Role;
import nl.werkmotor.matching.AccessToPerson;
import nl.werkmotor.people.FindPeople;
import nl.werkmotor.people.Person;

/**
 * Who may see and record which placements, decided here for pages and API alike: the person's own case worker
 * (matching's port {@link AccessToPerson}, answered by the caseload) and the account manager who owns the employer now
 * (employers' port {@link EmployerAdvisers}); the person reads their own. Nobody else: an employer, a
 * beleidsmedewerker or another case worker or account manager gets none, and another id is a 404.
 */
@Component
class PlacementAccess {

    private final FindCurrentUser users;
    private final ObjectProvider<AccessToPerson> caseloads;
    private final ObjectProvider<EmployerAdvisers> advisers;
    private final FindPeople people;
    private final Placements placements;

    PlacementAccess(FindCurrentUser users, ObjectProvider<AccessToPerson> caseloads,
                    ObjectProvider<EmployerAdvisers> advisers, FindPeople people, Placements placements) {
        this.users = users;
        this.caseloads = caseloads;
        this.advisers = advisers;
        this.people = people;
        this.placements = placements;
    }

    CurrentUser user() {
        return users.current().orElseThrow(() -> new IllegalStateException("Placements need a signed-in user"));
    }

    /** The side the user records and confirms for, for this person at this employer; empty when they may not. */
    Optional<Side> side(CurrentUser user, long personId, long employerId) {
        if (user.role() == Role.KLANTMANAGER) {
            AccessToPerson access = caseloads.getIfAvailable();
            return access != null && access.allows(personId) ? Optional.of(Side.CASE_WORKER) : Optional.empty();
        }
        if (user.role() == Role.ACCOUNTMANAGER) {
            EmployerAdvisers advising = advisers.getIfAvailable();
            return advising != null && advising.advises(user, employerId) ? Optional.of(Side.ACCOUNTMANAGER)
                    : Optional.empty();
        }
        return Optional.empty();
    }

    /** @throws PlacementNotFound unless the user records for this placement's person or employer */
    Placement placement(CurrentUser user, long id) {
        return placements.byId(id).filter(p -> side(user, p.personId(), p.employerId()).isPresent())
                .orElseThrow(() -> PlacementNotFound.placement(id));
    }

    Side sideOf(CurrentUser user, Placement placement) {
        return side(user, placement.personId(), placement.employerId()).orElseThrow();
    }

    /** Every placement the user records for: the case worker's caseload, the account manager's employers. */
    List<Placement> visible(CurrentUser user) {
        return scope(user).map(scope -> scope.side() == Side.CASE_WORKER ? placements.ofPeople(scope.ids())
                : placements.ofEmployers(scope.ids())).orElse(List.of());
    }

    /**
     * What the user records for, found once for a list (not placement by placement): the case worker's caseload or
     * the employers the account manager owns now; empty for anyone else.
     */
    Optional<Scope> scope(CurrentUser user) {
        if (user.role() == Role.KLANTMANAGER) {
            AccessToPerson access = caseloads.getIfAvailable();
            return Optional.of(new Scope(Side.CASE_WORKER, access == null ? Set.of() : access.people()));
        }
        if (user.role() == Role.ACCOUNTMANAGER) {
            EmployerAdvisers advising = advisers.getIfAvailable();
            return Optional.of(new Scope(Side.ACCOUNTMANAGER, advising == null ? Set.of() : advising.advisedBy(user)));
        }
        return Optional.empty();
    }

    /** Whether the user is this person's case worker. */
    boolean guides(CurrentUser user, long personId) {
        AccessToPerson access = caseloads.getIfAvailable();
        return user.role() == Role.KLANTMANAGER && access != null && access.allows(personId);
    }

    /** @param ids the people of the case worker's caseload, or the employers the account manager owns */
    record Scope(Side side, Set<Long> ids) {

        boolean covers(Placement p) {
            return ids.contains(side == Side.CASE_WORKER ? p.personId() : p.employerId());
        }
    }

    /** The signed-in person, if they are a job seeker with a profile. */
    Optional<Person> person() {
        return users.current().filter(u -> u.role() == Role.WERKZOEKENDE).flatMap(u -> people.byAccount(u.username()));
    }
}
