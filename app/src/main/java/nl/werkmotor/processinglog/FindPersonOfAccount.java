package nl.werkmotor.processinglog;

import java.util.Optional;

/**
 * Which person signs in with this login: the port through which the person's own processing log finds
 * whose records to show. The people module owns that link and implements it; this module may not call
 * people, because people calls this module for every change it logs.
 */
public interface FindPersonOfAccount {

    /** @return the person id, or empty when the login is not a person's own (a professional, an employer) */
    Optional<Long> personOf(String account);
}
