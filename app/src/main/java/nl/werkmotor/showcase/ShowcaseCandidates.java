package nl.werkmotor.showcase;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import nl.werkmotor.matching.MatchExplanation.SkillCredit;
import nl.werkmotor.matching.MatchResult;
import nl.werkmotor.matching.MatchingPeopleAndWork;
import nl.werkmotor.people.FindPeople;
import nl.werkmotor.people.Person;
import nl.werkmotor.people.Visibility;
import nl.werkmotor.places.FindPlaces;
import nl.werkmotor.places.Municipality;
import nl.werkmotor.places.Postcode4;
import nl.werkmotor.showcase.internal.Pseudonyms;
import nl.werkmotor.taxonomy.Language;
import nl.werkmotor.vacancies.Vacancy;

/**
 * The people of a vacancy's showcase: matching's anonymous candidates (consent {@code EMPLOYERS_ANONYMOUS}
 * only), each checked again against their consent as stored now, so that a consent withdrawn a moment ago
 * counts even before the index hears of it.
 */
@Component
class ShowcaseCandidates {

    /** Matching's most; also how deep a pseudonym is looked for when an introduction is asked. */
    static final int DEPTH = 100;

    private final MatchingPeopleAndWork matching;
    private final FindPeople people;
    private final FindPlaces places;
    private final Pseudonyms pseudonyms;

    ShowcaseCandidates(MatchingPeopleAndWork matching, FindPeople people, FindPlaces places, Pseudonyms pseudonyms) {
        this.matching = matching;
        this.people = people;
        this.places = places;
        this.pseudonyms = pseudonyms;
    }

    /** A person found, with why they fit; the person stays inside the module. */
    record Found(Person person, String candidate, MatchResult match) {
    }

    List<Found> of(Vacancy vacancy, Language language, int k) {
        List<Found> found = new ArrayList<>();
        for (MatchResult result : matching.anonymousCandidatesFor(vacancy.id(), language, k)) {
            people.byId(Long.parseLong(result.id()))
                    .filter(p -> p.profile().preferences().visibility() == Visibility.EMPLOYERS_ANONYMOUS)
                    .ifPresent(p -> found.add(new Found(p, pseudonyms.of(vacancy.id(), p.id()), result)));
        }
        return found;
    }

    /** The candidate with this pseudonym among the vacancy's showcase as it is now; empty for any other text. */
    Optional<Found> byPseudonym(Vacancy vacancy, String candidate) {
        if (!Pseudonyms.wellFormed(candidate)) {
            return Optional.empty();
        }
        return of(vacancy, Language.NL, DEPTH).stream().filter(f -> f.candidate().equals(candidate)).findFirst();
    }

    /** What the employer may see of them, and nothing else. */
    ShowcaseCandidate anonymous(Found found, Vacancy vacancy, IntroductionStatus introduction) {
        var preferences = found.person().profile().preferences();
        var explanation = found.match().explanation();
        return new ShowcaseCandidate(found.candidate(), FitBand.of(found.match().score()), skills(explanation.matched()),
                skills(explanation.related()), skills(explanation.missing()),
                HoursBand.of(preferences.minHours(), preferences.maxHours()),
                distance(found.person().postcode4(), vacancy.postcode4()), StartBand.of(preferences.availability()),
                introduction);
    }

    /** From the centre of their municipality, as the travel filter of an employer's showcase counts it. */
    private DistanceBand distance(String home, String work) {
        Optional<Municipality> from = places.municipalityOf(home);
        Optional<Postcode4> to = places.postcode(work);
        return from.isEmpty() || to.isEmpty() ? DistanceBand.UNKNOWN : DistanceBand.of(from.get().distanceKm(to.get()));
    }

    /** The vacancy's requirements; for one earned through a skill close to it, never that skill (their own claim). */
    private static List<ShowcaseCandidate.Skill> skills(List<SkillCredit> credits) {
        return credits.stream().map(c -> new ShowcaseCandidate.Skill(c.skillUri(), c.skill(), c.importance())).toList();
    }
}
