package nl.werkmotor.matching.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import nl.werkmotor.people.FindPeople;
import nl.werkmotor.people.PeopleReplaced;
import nl.werkmotor.people.PersonChanged;
import nl.werkmotor.people.PersonRemoved;
import nl.werkmotor.places.FindPlaces;
import nl.werkmotor.platform.LazySnapshot;
import nl.werkmotor.taxonomy.FindOccupationProfiles;
import nl.werkmotor.taxonomy.FindSkillNetwork;
import nl.werkmotor.taxonomy.ReadingEscoPackage;
import nl.werkmotor.taxonomy.TaxonomyImported;
import nl.werkmotor.vacancies.FindVacancies;
import nl.werkmotor.vacancies.VacanciesReplaced;
import nl.werkmotor.vacancies.VacancyChanged;
import nl.werkmotor.vacancies.VacancyRemoved;

/**
 * Holds the matching world in memory: built from the database when a web server is ready (in the
 * background) or at the first question, whichever comes first; rebuilt and swapped whole after the
 * taxonomy, the people or the vacancies were replaced; one person or vacancy changed, published or removed
 * is put into (or taken out of) the index in place, without a rebuild. Commands never build one unless they ask.
 */
@Component
public class MatchingIndex {

    private static final Logger log = LoggerFactory.getLogger(MatchingIndex.class);

    private final FindSkillNetwork skills;
    private final FindOccupationProfiles occupations;
    private final FindPlaces places;
    private final FindPeople people;
    private final FindVacancies vacancies;
    private final LazySnapshot<MatchWorld> snapshot = new LazySnapshot<>("matching-index", this::build);

    MatchingIndex(FindSkillNetwork skills, FindOccupationProfiles occupations, FindPlaces places, FindPeople people,
                  FindVacancies vacancies) {
        this.skills = skills;
        this.occupations = occupations;
        this.places = places;
        this.people = people;
        this.vacancies = vacancies;
    }

    /** The world with everyone and every vacancy in it. */
    public MatchWorld world() {
        return snapshot.get();
    }

    /** A world of the taxonomy alone, not kept: for commands that suggest occupations. */
    public MatchWorld taxonomyOnly() {
        return MatchWorld.of(skills.read(), occupations.all(), PostcodeCentres.read(places));
    }

    /** A world of a package read from files, not kept: for commands run with {@code --esco DIR}. */
    public MatchWorld of(ReadingEscoPackage.EscoPackage esco) {
        return MatchWorld.of(esco.skills(), esco.occupations(), PostcodeCentres.none());
    }

    @EventListener
    void on(ApplicationReadyEvent ready) {
        if (ready.getApplicationContext() instanceof WebServerApplicationContext) {
            snapshot.warmUpInBackground();
        }
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(TaxonomyImported imported) {
        rebuildIfBuilt();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(PeopleReplaced replaced) {
        rebuildIfBuilt();
    }

    /** One person changed: put them again, no rebuild; the next query sees the change. */
    @TransactionalEventListener(fallbackExecution = true)
    void on(PersonChanged changed) {
        snapshot.updateIfBuilt(world -> people.byId(changed.personId()).ifPresentOrElse(world::put,
                () -> world.removePerson(changed.personId())));
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(PersonRemoved removed) {
        snapshot.updateIfBuilt(world -> world.removePerson(removed.personId()));
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(VacanciesReplaced replaced) {
        rebuildIfBuilt();
    }

    /** One vacancy changed: put it in the index as it is now (after the commit), no rebuild. */
    @TransactionalEventListener(fallbackExecution = true)
    void on(VacancyChanged changed) {
        snapshot.updateIfBuilt(world -> vacancies.byId(changed.vacancyId()).ifPresentOrElse(world::put,
                () -> world.removeVacancy(changed.vacancyId())));
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(VacancyRemoved removed) {
        snapshot.updateIfBuilt(world -> world.removeVacancy(removed.vacancyId()));
    }

    private void rebuildIfBuilt() {
        snapshot.rebuildIfBuilt();
    }

    private MatchWorld build() {
        long start = System.nanoTime();
        MatchWorld world = taxonomyOnly();
        int[] left = new int[2];
        people.forEach(p -> left[0] += world.put(p) ? 0 : 1);
        vacancies.forEach(v -> left[1] += world.put(v) ? 0 : 1);
        log.info("Matching index: {} people, {} vacancies in {} ms{}", world.people(), world.vacancies(),
                (System.nanoTime() - start) / 1_000_000,
                left[0] + left[1] == 0 ? "" : " (" + left[0] + " people and " + left[1]
                        + " vacancies left out: postcode area unknown)");
        return world;
    }
}
