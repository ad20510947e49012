package nl.werkmotor.showcase;

import org.springframework.stereotype.Component;

/**
 * A person chooses whether their case worker may say yes or no to introductions for them (some people
 * want help with it). Stored per person, changeable at any time, and only by the person.
 */
@Component
public class ChoosingWhoDecides {

    private final ShowcaseAccess access;
    private final Introductions introductions;

    ChoosingWhoDecides(ShowcaseAccess access, Introductions introductions) {
        this.access = access;
        this.introductions = introductions;
    }

    /** @throws ShowcaseNotFound when the signed-in user is not a person with a profile */
    public void choose(ChooseWhoDecides command) {
        long personId = access.person().orElseThrow(() -> new ShowcaseNotFound("U hebt geen profiel.",
                "You have no profile.")).id();
        introductions.delegate(personId, command.caseWorkerDecides());
    }
}
