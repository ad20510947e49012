package nl.werkmotor.sectorplans;

import nl.werkmotor.web.ApiProblem.Message;

/** The signed-in user may not do this here (another organisation's sector, a role that does not set targets). */
public class NotAllowed extends RuntimeException {

    private final Message reason;

    public NotAllowed(Message reason) {
        super(reason.en());
        this.reason = reason;
    }

    public Message reason() {
        return reason;
    }
}
