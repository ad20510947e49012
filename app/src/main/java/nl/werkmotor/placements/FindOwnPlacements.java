package nl.werkmotor.placements;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import org.springframework.stereotype.Component;

import nl.werkmotor.employerservice.FindEmployerOwner;
import nl.werkmotor.employerservice.FindEmployerOwner.EmployerOwner;
import nl.werkmotor.identity.CurrentUser;
import nl.werkmotor.identity.Role;
import nl.werkmotor.people.FindPeople;
import nl.werkmotor.placements.PlacementAccess.Scope;

/**
 * The placements the signed-in user may read: the case worker those of their caseload, the account manager those
 * at the employers they own, the job seeker their own. Every read by a professional is written to the person's
 * processing log; anyone else reads none. What the user records for is found once per list ({@link Scope}), not
 * placement by placement.
 */
@Component
public class FindOwnPlacements {

    private final PlacementAccess access;
    private final Placements placements;
    private final PlacementViews views;
    private final PlacementLog log;
    private final FindPeople people;
    private final FindEmployerOwner owners;

    FindOwnPlacements(PlacementAccess access, Placements placements, PlacementViews views, PlacementLog log,
                      FindPeople people, FindEmployerOwner owners) {
        this.access = access;
        this.placements = placements;
        this.views = views;
        this.log = log;
        this.people = people;
        this.owners = owners;
    }

    /** Every placement the user records for, or the job seeker's own; none for another role. */
    public List<PlacementView> visible() {
        CurrentUser user = access.user();
        if (user.role() == Role.WERKZOEKENDE) {
            return own();
        }
        return access.scope(user).map(scope -> viewed(scope.side(), access.visible(user))).orElse(List.of());
    }

    /** @throws PlacementNotFound when there is none with this id that the user may read */
    public PlacementView byId(long id) {
        CurrentUser user = access.user();
        if (user.role() == Role.WERKZOEKENDE) {
            return access.person().flatMap(p -> placements.byId(id).filter(x -> x.personId() == p.id()))
                    .map(x -> views.of(x, null)).orElseThrow(() -> PlacementNotFound.placement(id));
        }
        Placement placement = access.placement(user, id);
        return viewed(access.sideOf(user, placement), List.of(placement)).getFirst();
    }

    /** The case worker's whole caseload's placements, each with the person it is of (the caseload's pages). */
    public List<GuidedPlacement> ofCaseload() {
        CurrentUser user = access.user();
        List<Placement> found = access.scope(user).filter(s -> s.side() == Side.CASE_WORKER)
                .map(s -> access.visible(user)).orElse(List.of());
        List<PlacementView> shown = viewed(Side.CASE_WORKER, found);
        return IntStream.range(0, found.size())
                .mapToObj(i -> new GuidedPlacement(found.get(i).personId(), shown.get(i))).toList();
    }

    /**
     * The placements of one person the user guides, with their name (the case worker's person file).
     *
     * @throws PlacementNotFound unless the user is the person's case worker
     */
    public PersonPlacements ofGuidedPerson(long personId) {
        CurrentUser user = access.user();
        if (!access.guides(user, personId)) {
            throw PlacementNotFound.person(personId);
        }
        String name = people.byId(personId).map(p -> p.firstName() + " " + p.lastName())
                .orElseThrow(() -> PlacementNotFound.person(personId));
        List<Placement> found = placements.ofPerson(personId);
        if (found.isEmpty()) { // the name alone is read too
            log.read(List.of(personId), Side.CASE_WORKER);
        }
        return new PersonPlacements(personId, name, viewed(Side.CASE_WORKER, found));
    }

    /**
     * One placement of one person the user guides (the case worker's placement page under the person's file).
     *
     * @throws PlacementNotFound unless the user is the person's case worker and the placement is theirs
     */
    public PlacementView ofGuidedPerson(long personId, long placementId) {
        CurrentUser user = access.user();
        Placement placement = access.placement(user, placementId);
        if (placement.personId() != personId || !access.guides(user, personId)) {
            throw PlacementNotFound.placement(placementId);
        }
        return viewed(Side.CASE_WORKER, List.of(placement)).getFirst();
    }

    /**
     * The placements at one employer the account manager owns (their list of one employer's placements).
     *
     * @throws PlacementNotFound unless the user is the account manager who owns the employer now
     */
    public List<PlacementView> ofEmployer(long employerId) {
        CurrentUser user = access.user();
        Scope scope = access.scope(user).filter(s -> s.side() == Side.ACCOUNTMANAGER && s.ids().contains(employerId))
                .orElseThrow(() -> PlacementNotFound.employer(employerId));
        return viewed(scope.side(), placements.ofEmployers(List.of(employerId)));
    }

    /** The job seeker's own placements, for their pages; none for anyone else. */
    public List<PlacementView> own() {
        return access.person().map(p -> placements.ofPerson(p.id()).stream().map(x -> views.of(x, null)).toList())
                .orElse(List.of());
    }

    /**
     * The job seeker's own placements with who to turn to: the account manager who owns the employer now, and the
     * case worker who last recorded or confirmed a step; newest first. None for anyone else.
     */
    public List<OwnPlacement> mine() {
        return access.person().map(p -> placements.ofPerson(p.id()).stream()
                .sorted(Comparator.comparing(Placement::id).reversed())
                .map(x -> new OwnPlacement(views.of(x, null), caseWorkerOf(x),
                        owners.of(x.employerId()).map(EmployerOwner::name).orElse(null))).toList())
                .orElse(List.of());
    }

    private String caseWorkerOf(Placement p) {
        Optional<Placements.Change> last = placements.changes(p.id()).stream()
                .filter(c -> Side.CASE_WORKER.name().equals(c.as())).reduce((a, b) -> b);
        return last.map(Placements.Change::byName).orElse(null);
    }

    /** Logs one read per person and shows them as the reader's side sees them. */
    private List<PlacementView> viewed(Side side, List<Placement> found) {
        log.read(found.stream().map(Placement::personId).distinct().toList(), side);
        return found.stream().map(p -> views.of(p, side)).toList();
    }

    /** A placement of the case worker's caseload with the person it is of. */
    public record GuidedPlacement(long personId, PlacementView placement) {
    }

    /** One person's placements as their case worker reads them. */
    public record PersonPlacements(long personId, String name, List<PlacementView> placements) {

        public PersonPlacements {
            placements = List.copyOf(placements);
        }
    }

    /**
     * The job seeker's own placement with their contacts.
     *
     * @param caseWorker     the case worker who last recorded or confirmed a step; null when none did
     * @param accountManager the account manager who owns the employer now; null when nobody does
     */
    public record OwnPlacement(PlacementView placement, String caseWorker, String accountManager) {
    }
}
