package nl.werkmotor.showcase;

import java.time.Instant;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

import nl.werkmotor.platform.BulkLoader;
import nl.werkmotor.platform.BulkLoader.Table;
import nl.werkmotor.showcase.internal.Pseudonyms;

/**
 * Replaces every introduction with ones made elsewhere (a demo region's history), streamed into COPY: each gets the
 * pseudonym the showcase would have given its candidate at that vacancy. Who decides stays with the person (no
 * delegation is loaded). Runs in the caller's transaction if there is one.
 */
@Component
public class LoadingIntroductions {

    /**
     * An introduction as it came about: asked for, answered (or not yet), and what came of a yes.
     *
     * @param requestedRole WERKGEVER or ACCOUNTMANAGER
     * @param decidedAs     PERSON or CASE_WORKER; null while not answered
     * @param outcome       null when nothing was recorded (or no yes)
     * @param outcomeAs     CASE_WORKER, WERKGEVER or ACCOUNTMANAGER; null without an outcome
     */
    public record LoadedIntroduction(long id, long vacancyId, long employerId, long personId, String requestedBy,
                                     String requestedRole, String requestedName, Instant requestedAt,
                                     IntroductionStatus status, String decidedBy, String decidedAs, Instant decidedAt,
                                     IntroductionOutcome outcome, String outcomeBy, String outcomeAs,
                                     Instant outcomeAt) {

        public LoadedIntroduction {
            if ((status == IntroductionStatus.REQUESTED) != (decidedAt == null)) {
                throw new IllegalArgumentException("Introduction " + id + ": answered exactly when it has a decision");
            }
            if (outcome != null && status != IntroductionStatus.ACCEPTED) {
                throw new IllegalArgumentException("Introduction " + id + ": an outcome follows a yes only");
            }
        }
    }

    private final BulkLoader loader;
    private final Pseudonyms pseudonyms;

    LoadingIntroductions(BulkLoader loader, Pseudonyms pseudonyms) {
        this.loader = loader;
        this.pseudonyms = pseudonyms;
    }

    /** @return how many introductions were loaded */
    public long replaceAll(Stream<LoadedIntroduction> introductions) {
        Table<LoadedIntroduction> table = new Table<>("""
                introduction (id, vacancy_id, employer_id, person_id, candidate, message, status, requested_by,
                    requested_role, requested_name, requested_at, decided_by, decided_as, decided_at, outcome,
                    outcome_by, outcome_as, outcome_at, contact_consent, contact_consent_at)""", (i, rows) ->
                rows.row(i.id(), i.vacancyId(), i.employerId(), i.personId(), pseudonyms.of(i.vacancyId(), i.personId()),
                        "", i.status(), i.requestedBy(), i.requestedRole(), i.requestedName(), i.requestedAt(),
                        i.decidedBy(), i.decidedAs(), i.decidedAt(), i.outcome(), i.outcomeBy(), i.outcomeAs(),
                        i.outcomeAt(), ContactConsent.WITH_PROFILE, i.decidedAt()));
        pseudonyms.of(0, 0); // reads the key now: while COPY runs, its connection answers no query
        return loader.replace(introductions, table);
    }
}
