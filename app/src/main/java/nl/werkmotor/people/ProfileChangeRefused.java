package nl.werkmotor.people;

import java.util.List;

import nl.werkmotor.platform.Refusal;

/** A profile change that is not saved, naming every problem at once, in Dutch and English. */
public class ProfileChangeRefused extends Refusal {

    /** @param reasons each naming the field at fault as the API and the forms name it, e.g. "maxHours" */
    public ProfileChangeRefused(List<Reason> reasons) {
        super(reasons);
    }
}
