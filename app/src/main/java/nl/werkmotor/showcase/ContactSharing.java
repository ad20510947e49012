package nl.werkmotor.showcase;

import java.util.Optional;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import nl.werkmotor.people.FindPeople;
import nl.werkmotor.people.Person;
import nl.werkmotor.people.PersonChanged;
import nl.werkmotor.people.Visibility;
import nl.werkmotor.showcase.Introductions.Introduction;

/**
 * Whether the employer's side of an introduction sees the person's name and the contact details they gave, decided
 * here for every view: after a yes, while the person's consent holds ({@link ContactConsent}). A yes given while
 * the profile is visible to employers lasts as long as that visibility: read again at every view, and ended for good
 * when a change makes the profile private or partners-only, so that making it visible again later does not give
 * the details back unasked. The person shares again per introduction ({@link SharingContactDetails}).
 */
@Component
class ContactSharing {

    private final FindPeople people;
    private final Introductions introductions;

    ContactSharing(FindPeople people, Introductions introductions) {
        this.people = people;
        this.introductions = introductions;
    }

    /** The person, when the employer's side of this introduction may see who they are and how to reach them now. */
    Optional<Person> sharedBy(Introduction introduction) {
        if (introduction.status() != IntroductionStatus.ACCEPTED || introduction.consent() == ContactConsent.WITHDRAWN) {
            return Optional.empty();
        }
        Optional<Person> person = people.byId(introduction.personId());
        return introduction.consent() == ContactConsent.THIS_INTRODUCTION ? person
                : person.filter(ContactSharing::visibleToEmployers);
    }

    /** What a yes given now shares: with the profile while employers may see it, otherwise with this employer alone. */
    ContactConsent onYes(long personId) {
        return people.byId(personId).filter(ContactSharing::visibleToEmployers).isPresent()
                ? ContactConsent.WITH_PROFILE : ContactConsent.THIS_INTRODUCTION;
    }

    /** Synchronous: in the transaction of the profile change, which is not saved without this. */
    @EventListener
    void on(PersonChanged changed) {
        people.byId(changed.personId()).filter(person -> !visibleToEmployers(person))
                .ifPresent(person -> introductions.withdrawWithProfile(person.id()));
    }

    private static boolean visibleToEmployers(Person person) {
        return person.profile().preferences().visibility() == Visibility.EMPLOYERS_ANONYMOUS;
    }
}
