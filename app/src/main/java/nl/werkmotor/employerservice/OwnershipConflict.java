package nl.werkmotor.employerservice;

import java.util.Locale;
import java.util.Optional;

/**
 * The employer is another account manager's, or nobody's yet, where the request needs it to be the
 * requester's: a second claim, or a contact or mark by someone who is not the owner.
 */
class OwnershipConflict extends RuntimeException {

    private final Optional<Ownership> owner;

    OwnershipConflict(Optional<Ownership> owner) {
        super(owner.map(o -> "Owned by " + o.ownerName()).orElse("Not claimed"));
        this.owner = owner;
    }

    String text(Locale locale) {
        return "en".equals(locale.getLanguage()) ? en() : nl();
    }

    String nl() {
        return owner.map(o -> "Deze werkgever is al van " + o.ownerName() + " (sinds " + o.sinceDay()
                + "). Er is één eigenaar per werkgever: overleg met " + o.ownerName() + ".")
                .orElse("Deze werkgever heeft nog geen eigenaar. Claim de werkgever eerst.");
    }

    String en() {
        return owner.map(o -> "This employer is already owned by " + o.ownerName() + " (since "
                        + o.sinceDay() + "). Each employer has one owner: talk to "
                        + o.ownerName() + ".")
                .orElse("This employer has no owner yet. Claim the employer first.");
    }
}
