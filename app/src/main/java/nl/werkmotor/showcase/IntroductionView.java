package nl.werkmotor.showcase;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * An introduction as the one asking sees it: the employer or adviser (candidate pseudonym; the name and
 * contact details only after a yes), the person (which employer and vacancy) or their case worker.
 *
 * @param candidate     the showcase pseudonym the employer knows the person by
 * @param requestedBy   who asked: "werkgever" or "accountmanager"
 * @param requesterName the name of who asked; null for introductions asked before names were kept
 * @param decidedBy     who said yes or no: "person" or "caseWorker"; null while undecided
 * @param outcome       what came of it after a yes; null while nothing is known
 * @param outcomeBy     who said what came of it: "caseWorker", "werkgever" or "accountmanager"; null without one
 * @param contact       the person's name and the contact details they chose to give; null unless accepted, shared
 *                      ({@code contactShared}) and seen by the employer or the adviser who asked
 * @param contactShared whether the employer's side sees the name and contact details now; null unless accepted
 * @param contactConsent what the person chose about sharing them ({@link ContactConsent}); null unless accepted
 * @param contactConsentAt when that choice was made: the yes, a withdrawal or sharing again; null unless accepted
 */
public record IntroductionView(long id, long vacancyId, String vacancyTitle, long employerId, String employerName,
                               String candidate, IntroductionStatus status, String message, String requestedBy,
                               String requesterName, Instant requestedAt, String decidedBy, Instant decidedAt,
                               IntroductionOutcome outcome, String outcomeBy, Instant outcomeAt, Contact contact,
                               Boolean contactShared, ContactConsent contactConsent, Instant contactConsentAt) {

    private static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");

    /** The day it was asked, as a person in the Netherlands counts days. */
    public LocalDate requestedOn() {
        return LocalDate.ofInstant(requestedAt, NETHERLANDS);
    }

    /** The day the person last chose about sharing their contact details; null unless accepted. */
    public LocalDate contactConsentOn() {
        return contactConsentAt == null ? null : LocalDate.ofInstant(contactConsentAt, NETHERLANDS);
    }

    /** Who to get in touch with after a yes. */
    public record Contact(String name, String email, String phone) {
    }
}
