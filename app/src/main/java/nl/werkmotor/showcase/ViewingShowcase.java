package nl.werkmotor.showcase;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import nl.werkmotor.vacancies.Vacancy;

/**
 * An employer (their own vacancies) or an account manager looks at a vacancy's anonymous showcase: the
 * people who chose to be seen by employers, best fitting first, with the reasons. Every person shown gets
 * a record in the processing log.
 */
@Component
public class ViewingShowcase {

    /** A page of candidates: enough to choose from, few enough to read. */
    public static final int SIZE = 20;

    private final ShowcaseAccess access;
    private final ShowcaseCandidates candidates;
    private final Introductions introductions;
    private final ShowcaseLog log;

    ViewingShowcase(ShowcaseAccess access, ShowcaseCandidates candidates, Introductions introductions, ShowcaseLog log) {
        this.access = access;
        this.candidates = candidates;
        this.introductions = introductions;
        this.log = log;
    }

    /** @throws ShowcaseNotFound for a vacancy that does not exist or is not the user's to see */
    public Showcase showcase(ViewShowcase command) {
        Vacancy vacancy = access.vacancy(command.vacancyId());
        List<ShowcaseCandidates.Found> found = candidates.of(vacancy, command.language(), SIZE);
        Map<Long, IntroductionStatus> asked = new HashMap<>();
        introductions.ofVacancy(vacancy.id()).forEach(i -> asked.put(i.personId(), i.status()));
        log.shown(found.stream().map(f -> f.person().id()).toList(), access.employerName(vacancy.employerId()),
                vacancy.title());
        return new Showcase(vacancy.id(), vacancy.title(), found.stream()
                .map(f -> candidates.anonymous(f, vacancy, asked.get(f.person().id()))).toList());
    }
}
