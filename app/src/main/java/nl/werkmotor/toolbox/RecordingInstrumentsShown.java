package nl.werkmotor.toolbox;

import java.time.LocalDate;

import org.springframework.stereotype.Component;

import nl.werkmotor.identity.FindCurrentUser;

/**
 * Counts the instruments that applied on an account manager's candidate proposal, once per vacancy and account
 * manager: the Toolbox evaluation's measure of use until placements name the instruments used.
 */
@Component
public class RecordingInstrumentsShown {

    private final ToolboxUse use;
    private final FindCurrentUser users;

    RecordingInstrumentsShown(ToolboxUse use, FindCurrentUser users) {
        this.use = use;
        this.users = users;
    }

    public void shownOnProposal(long vacancyId, Evaluation evaluation) {
        users.current().ifPresent(user -> use.shown(vacancyId, evaluation, user, LocalDate.now(ToolboxClock.SYSTEM)));
    }
}
