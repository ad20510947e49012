package nl.werkmotor.placements;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import nl.werkmotor.identity.CurrentUser;
import nl.werkmotor.identity.Role;

/**
 * The placements the signed-in user may read: the case worker those of their caseload, the account manager those
 * at the employers they own, the job seeker their own. Every read by a professional is written to the person's
 * processing log; anyone else reads none.
 */
@Component
public class FindOwnPlacements {

    private final PlacementAccess access;
    private final Placements placements;
    private final PlacementViews views;
    private final PlacementLog log;

    FindOwnPlacements(PlacementAccess access, Placements placements,
                      PlacementViews views, PlacementLog log) {
        this.access = access;
        this.placements = placements;
        this.views = views;
        this.log = log;
    }

    /** Every placement the user records for, or the job seeker's own; none for another role. */
    public List<PlacementView> visible() {
        CurrentUser user = access.user();
        if (user.role() == Role.WERKZOEKENDE) {
            return access.person().map(p -> placements.ofPerson(p.id()).stream().map(x -> views.of(x, null)).toList())
                    .orElse(List.of());
        }
        return viewed(user, access.visible(user));
    }

    /** @throws PlacementNotFound when there is none with this id that the user may read */
    public PlacementView byId(long id) {
        CurrentUser user = access.user();
        if (user.role() == Role.WERKZOEKENDE) {
            return access.person().flatMap(p -> placements.byId(id).filter(x -> x.personId() == p.id()))
                    .map(x -> views.of(x, null)).orElseThrow(() -> PlacementNotFound.placement(id));
        }
        return viewed(user, List.of(access.placement(user, id))).getFirst();
    }

    /** The placements of one person the user records for (the case worker's person file); none otherwise. */
    public List<PlacementView> ofPerson(long personId) {
        CurrentUser user = access.user();
        return viewed(user, placements.ofPerson(personId).stream()
                .filter(p -> access.side(user, p.personId(), p.employerId()).isPresent()).toList());
    }

    /** The placements at one employer the user records for (the account manager's employer file); none otherwise. */
    public List<PlacementView> ofEmployer(long employerId) {
        CurrentUser user = access.user();
        return viewed(user, placements.ofEmployers(List.of(employerId)).stream()
                .filter(p -> access.side(user, p.personId(), p.employerId()).isPresent()).toList());
    }

    /** The job seeker's own placements, for their pages; none for anyone else. */
    public List<PlacementView> own() {
        return access.person().map(p -> placements.ofPerson(p.id()).stream().map(x -> views.of(x, null)).toList())
                .orElse(List.of());
    }

    private List<PlacementView> viewed(CurrentUser user, List<Placement> found) {
        Map<Side, List<Placement>> bySide = found.stream()
                .collect(Collectors.groupingBy(p -> access.sideOf(user, p)));
        bySide.forEach((side, list) -> log.read(list.stream().map(Placement::personId).distinct().toList(), side));
        return found.stream().map(p -> views.of(p, access.sideOf(user, p))).toList();
    }
}
