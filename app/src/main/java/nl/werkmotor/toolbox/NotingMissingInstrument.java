package nl.werkmotor.toolbox;

import java.time.Clock;

import org.springframework.stereotype.Component;

import nl.werkmotor.identity.FindCurrentUser;
import nl.werkmotor.platform.Refusal;

/** An account manager notes an instrument they missed; the beheerder reads the notes on the Toolbox evaluation. */
@Component
public class NotingMissingInstrument {

    private final ToolboxUse use;
    private final FindCurrentUser users;
    private final Clock clock = ToolboxClock.SYSTEM;

    NotingMissingInstrument(ToolboxUse use, FindCurrentUser users) {
        this.use = use;
        this.users = users;
    }

    public void note(NoteMissingInstrument command) {
        String what = command.what() == null ? "" : command.what().strip();
        String why = command.why() == null ? "" : command.why().strip();
        new Refusal.Reasons()
                .text("ontbrekend", what, 200, "wat er ontbrak", "what was missing")
                .text("waarvoor", why, 2000, "waarvoor u het nodig had", "what you needed it for")
                .refuseIfAny();
        use.note(new NoteMissingInstrument(what, why), users.current().orElseThrow(), clock.instant());
    }
}
