package nl.werkmotor.placements;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.werkmotor.identity.CurrentUser;
import nl.werkmotor.platform.Refusal.Reason;

/**
 * The other side confirms the last change of a placement: the account manager what the case worker recorded, or
 * the other way round. Kept in the history and the person's processing log; the side that made the change cannot
 * confirm it itself.
 */
@Component
public class ConfirmingPlacement {

    private final PlacementAccess access;
    private final Placements placements;
    private final PlacementViews views;
    private final PlacementLog log;
    private final Clock clock;

    @Autowired
    ConfirmingPlacement(PlacementAccess access, Placements placements, PlacementViews views, PlacementLog log) {
        this(access, placements, views, log, Clock.systemUTC());
    }

    ConfirmingPlacement(PlacementAccess access, Placements placements, PlacementViews views, PlacementLog log,
                        Clock clock) {
        this.access = access;
        this.placements = placements;
        this.views = views;
        this.log = log;
        this.clock = clock;
    }

    /**
     * @throws PlacementNotFound when the user may not record for this placement (or there is none)
     * @throws PlacementRefused  when there is nothing to confirm, or the user's own side made the change
     */
    @Transactional
    public PlacementView confirm(long placementId) {
        CurrentUser user = access.user();
        Placement current = access.placement(user, placementId);
        Side side = access.sideOf(user, current);
        List<Reason> reasons = PlacementPolicy.checkConfirmation(current, side);
        if (!reasons.isEmpty()) {
            throw new PlacementRefused(reasons);
        }
        Instant now = clock.instant();
        placements.confirm(current.id(), user.username(), user.name(), side.name(), now);
        placements.addChange(current.id(), current.step(), current.stepOn(), "Bevestigd door " + side.label(PlacementLog.NL)
                + ".", "Confirmed by " + side.label(PlacementLog.EN) + ".", user.username(), user.name(), side.name(), now);
        log.confirmed(current.personId(), side, views.employerName(current.employerId()));
        return views.of(placements.byId(current.id()).orElseThrow(), side);
    }
}
