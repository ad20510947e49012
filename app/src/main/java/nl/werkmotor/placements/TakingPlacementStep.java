package nl.werkmotor.placements;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.werkmotor.identity.CurrentUser;
import nl.werkmotor.people.FindPeople;
import nl.werkmotor.placements.PlacementFacts.InstrumentUsed;
import nl.werkmotor.platform.Refusal.Reason;
import nl.werkmotor.toolbox.FindEditions;
import nl.werkmotor.toolbox.InstrumentEdition;

/**
 * Takes the next step of a placement, when {@link PlacementPolicy} allows it: every reason at once otherwise, and
 * nothing changed. The start names its instruments, each with the Toolbox edition in force on the start date. The
 * change is kept in the history with who made it, waits for the other side's confirmation, and is written to the
 * person's processing log in the same transaction.
 */
@Component
public class TakingPlacementStep {

    static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d-M-yyyy");

    private final PlacementAccess access;
    private final Placements placements;
    private final FindEditions editions;
    private final FindPeople people;
    private final PlacementViews views;
    private final PlacementLog log;
    /** Its day is a Dutch calendar day. */
    private final Clock clock;

    @Autowired
    TakingPlacementStep(PlacementAccess access, Placements placements, FindEditions editions, FindPeople people,
                        PlacementViews views, PlacementLog log) {
        this(access, placements, editions, people, views, log, Clock.system(NETHERLANDS));
    }

    TakingPlacementStep(PlacementAccess access, Placements placements, FindEditions editions, FindPeople people,
                        PlacementViews views, PlacementLog log, Clock clock) {
        this.access = access;
        this.placements = placements;
        this.editions = editions;
        this.people = people;
        this.views = views;
        this.log = log;
        this.clock = clock;
    }

    /**
     * @throws PlacementNotFound when the user may not record for this placement (or there is none)
     * @throws PlacementRefused  with every reason the step may not be taken; nothing is changed then
     */
    @Transactional
    public PlacementView take(TakePlacementStep command) {
        CurrentUser user = access.user();
        Placement current = access.placement(user, command.placementId());
        Side side = access.sideOf(user, current);
        Optional<InstrumentEdition> edition = command.on() == null ? Optional.empty()
                : editions.editionInForceOn(command.on());
        List<Reason> reasons = PlacementPolicy.check(current, command, LocalDate.now(clock), edition);
        if (!reasons.isEmpty()) {
            throw new PlacementRefused(reasons);
        }
        PlacementStep step = PlacementPolicy.step(command.step()).orElseThrow();
        List<InstrumentUsed> used = command.instruments().stream()
                .map(code -> new InstrumentUsed(code, edition.orElseThrow().id())).toList();
        Placement next = current.taken(step, command, used,
                people.byId(current.personId()).map(RecordingPlacement::groups).orElse(current.targetGroups()), side);
        Instant now = clock.instant();
        placements.update(next, now);
        placements.addChange(current.id(), step, command.on(), "Stap vastgelegd: " + step.label(PlacementLog.NL)
                        + " op " + DAY.format(command.on()) + ".", "Step recorded: " + step.label(PlacementLog.EN)
                        + " on " + DAY.format(command.on()) + ".", user.username(), user.name(), side.name(), now);
        log.stepTaken(current.personId(), side, step, views.employerName(current.employerId()));
        return views.of(placements.byId(current.id()).orElseThrow(), side);
    }
}
