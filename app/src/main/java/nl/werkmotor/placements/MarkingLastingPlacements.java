package nl.werkmotor.placements;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every night, marks the placements at work that reached 6 or 12 months after their start as lasting (from that
 * day), as long as the contract runs that long: a fixed contract that ends before is never lasting by it. Kept in
 * each placement's history as done by Werkmotor, and in the person's processing log. At 04:05 server time unless
 * {@code werkmotor.placements.lasting-schedule} (a Spring cron expression) says otherwise.
 */
@Component
@ConditionalOnWebApplication // the server runs it; a command starts and ends before any night comes
@EnableScheduling
class MarkingLastingPlacements {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d-M-yyyy");

    private final Placements placements;
    private final PlacementLog log;
    /** Its day is a Dutch calendar day. */
    private final Clock clock;

    @Autowired
    MarkingLastingPlacements(Placements placements, PlacementLog log) {
        this(placements, log, Clock.system(TakingPlacementStep.NETHERLANDS));
    }

    MarkingLastingPlacements(Placements placements, PlacementLog log, Clock clock) {
        this.placements = placements;
        this.log = log;
        this.clock = clock;
    }

    /** In one transaction of its own: the call to {@link #markUntil} is on this object, not through Spring's proxy. */
    @Scheduled(cron = "${werkmotor.placements.lasting-schedule:0 5 4 * * *}")
    @Transactional
    void nightly() {
        markUntil(LocalDate.now(clock));
    }

    /** Marks what reached 6 or 12 months on or before {@code today}; returns how many steps it marked. */
    @Transactional
    int markUntil(LocalDate today) {
        int marked = 0;
        Instant now = clock.instant();
        for (Placement p : placements.atWork()) {
            boolean six = p.step() == PlacementStep.LASTING_6;
            if (!six && reached(p, 6, today)) {
                mark(p, PlacementStep.LASTING_6, p.lastingDay(6), now);
                marked++;
                six = true;
            }
            if (six && reached(p, 12, today)) {
                mark(p, PlacementStep.LASTING_12, p.lastingDay(12), now);
                marked++;
            }
        }
        return marked;
    }

    private static boolean reached(Placement p, int months, LocalDate today) {
        return p.contractReaches(months) && !p.lastingDay(months).isAfter(today);
    }

    private void mark(Placement p, PlacementStep step, LocalDate on, Instant now) {
        placements.markLasting(p.id(), step, on, now);
        placements.addChange(p.id(), step, on, "Gemarkeerd als " + step.label(PlacementLog.NL).toLowerCase()
                + " op " + DAY.format(on) + ".", "Marked as " + step.label(PlacementLog.EN).toLowerCase() + " on "
                + DAY.format(on) + ".", "werkmotor", "Werkmotor", "SYSTEM", now);
        log.markedLasting(p.personId(), step);
    }
}
