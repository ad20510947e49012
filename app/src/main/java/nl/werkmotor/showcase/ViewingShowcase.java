package nl.werkmotor.showcase;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import nl.werkmotor.employers.DailyLimitReached;
import nl.werkmotor.employers.EmployerDailyLimits;
import nl.werkmotor.employers.EmployerDailyLimits.Activity;
import nl.werkmotor.identity.Role;
import nl.werkmotor.taxonomy.Language;
import nl.werkmotor.vacancies.Vacancy;

/**
 * An employer (their own vacancies) or an account manager looks at a vacancy's anonymous showcase: the
 * people who chose to be seen by employers, best fitting first, with the reasons. Every person shown gets
 * a record in the processing log. The employer's own account looks within its daily limit
 * ({@link EmployerDailyLimits}); within a band of fit the order is that of the pseudonyms, which differ per
 * vacancy, so that neither the order nor an exact score links one person across an employer's vacancies.
 */
@Component
public class ViewingShowcase {

    /** A page of candidates: enough to choose from, few enough to read. */
    public static final int SIZE = 20;

    private static final Comparator<ShowcaseCandidate> SHOWN = Comparator.comparing(ShowcaseCandidate::fit)
            .thenComparing(ShowcaseCandidate::candidate);

    private final ShowcaseAccess access;
    private final ShowcaseCandidates candidates;
    private final Introductions introductions;
    private final ShowcaseLog log;
    private final EmployerDailyLimits limits;

    ViewingShowcase(ShowcaseAccess access, ShowcaseCandidates candidates, Introductions introductions, ShowcaseLog log,
                    EmployerDailyLimits limits) {
        this.access = access;
        this.candidates = candidates;
        this.introductions = introductions;
        this.log = log;
        this.limits = limits;
    }

    /**
     * @throws ShowcaseNotFound  for a vacancy that does not exist or is not the user's to see
     * @throws DailyLimitReached when the employer's own account looked as often as it may today; nothing is shown
     */
    public Showcase showcase(ViewShowcase command) {
        Vacancy vacancy = access.vacancy(command.vacancyId());
        return access.user().role() == Role.WERKGEVER
                ? limits.within(vacancy.employerId(), Activity.VIEW_SHOWCASE, () -> shown(vacancy, command.language()))
                : shown(vacancy, command.language());
    }

    private Showcase shown(Vacancy vacancy, Language language) {
        List<ShowcaseCandidates.Found> found = candidates.of(vacancy, language, SIZE);
        Map<Long, IntroductionStatus> asked = new HashMap<>();
        introductions.ofVacancy(vacancy.id()).forEach(i -> asked.put(i.personId(), i.status()));
        log.shown(found.stream().map(f -> f.person().id()).toList(), access.employerName(vacancy.employerId()),
                vacancy.title());
        return new Showcase(vacancy.id(), vacancy.title(), found.stream()
                .map(f -> candidates.anonymous(f, vacancy, asked.get(f.person().id()))).sorted(SHOWN).toList());
    }
}
