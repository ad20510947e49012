package nl.werkmotor.toolbox;

import java.time.Clock;
import java.time.ZoneId;

/** The Toolbox counts days as the Netherlands does: an edition takes effect at the start of a Dutch day. */
final class ToolboxClock {

    static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");
    static final Clock SYSTEM = Clock.system(NETHERLANDS);

    private ToolboxClock() {
    }
}
