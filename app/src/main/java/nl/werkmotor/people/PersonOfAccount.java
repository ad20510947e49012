package nl.werkmotor.people;

import java.util.Optional;

import org.springframework.stereotype.Component;

import nl.werkmotor.processinglog.FindPersonOfAccount;

/** Tells the processing log whose records a signed-in person may read: their own, found by their login. */
@Component
class PersonOfAccount implements FindPersonOfAccount {

    private final FindPeople people;

    PersonOfAccount(FindPeople people) {
        this.people = people;
    }

    @Override
    public Optional<Long> personOf(String account) {
        return people.byAccount(account).map(Person::id);
    }
}
