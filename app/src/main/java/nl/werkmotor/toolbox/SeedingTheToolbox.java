package nl.werkmotor.toolbox;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * On a first start, the Toolbox the region starts from: the public instruments as the edition in force since the
 * last 1 March or 1 October. With the demo accounts ({@code dev}, {@code test}) also a published edition for the
 * coming 1 March that changes an amount and a rule, so that the boundary shows from a clean start. Runs before the
 * other start-up runners, so that the first development start's demo region finds the edition of its placements.
 */
@Component
@Order(0)
class SeedingTheToolbox implements ApplicationRunner {

    static final String BY = "Werkmotor (eerste editie)";

    private final Editions editions;
    private final Environment environment;

    SeedingTheToolbox(Editions editions, Environment environment) {
        this.editions = editions;
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments args) {
        try {
            seed(LocalDate.now(ToolboxClock.SYSTEM), environment.acceptsProfiles(Profiles.of("dev", "test")));
        } catch (DuplicateKeyException seededByAnotherInstance) {
            // two instances started on one empty database: the other one's editions stand
        }
    }

    synchronized void seed(LocalDate today, boolean demo) {
        if (!editions.isEmpty()) {
            return;
        }
        Instant now = Instant.now();
        editions.insert(lastEffectiveDate(today), EditionStatus.PUBLISHED, ChangeKind.FIRST_EDITION,
                "De landelijke instrumenten met hun openbare voorwaarden; elke regel nog te controleren door de regio.",
                BY, now, StartingToolbox.instruments());
        if (demo) {
            editions.insert(nextFirstOfMarch(today), EditionStatus.PUBLISHED, ChangeKind.PRACTICE_EXPERIENCE,
                    StartingToolbox.DEMO_CHANGE, BY, now, StartingToolbox.demoNextEdition(StartingToolbox.instruments()));
        }
    }

    /** The latest 1 March or 1 October on or before the day. */
    static LocalDate lastEffectiveDate(LocalDate day) {
        LocalDate october = LocalDate.of(day.getYear(), Month.OCTOBER, 1);
        LocalDate march = LocalDate.of(day.getYear(), Month.MARCH, 1);
        return !day.isBefore(october) ? october : !day.isBefore(march) ? march : october.minusYears(1);
    }

    /** The first 1 March after the day. */
    static LocalDate nextFirstOfMarch(LocalDate day) {
        LocalDate march = LocalDate.of(day.getYear(), Month.MARCH, 1);
        return march.isAfter(day) ? march : march.plusYears(1);
    }
}
