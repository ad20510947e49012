package nl.werkmotor.showcase;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.werkmotor.identity.CurrentUser;
import nl.werkmotor.showcase.Introductions.Introduction;
import nl.werkmotor.vacancies.Vacancy;

/**
 * An employer, or an account manager of the WSP for them, asks to meet a candidate of a vacancy's showcase.
 * Only someone in that showcase now can be asked for: a pseudonym of another vacancy, of someone who
 * withdrew their consent, or made up, is refused with the same words. Asking twice gives the same
 * introduction. The person is told nothing about the employer's side beyond the vacancy and the message.
 */
@Component
public class ProposingIntroduction {

    private final ShowcaseAccess access;
    private final ShowcaseCandidates candidates;
    private final Introductions introductions;
    private final IntroductionViews views;
    private final ShowcaseLog log;

    ProposingIntroduction(ShowcaseAccess access, ShowcaseCandidates candidates, Introductions introductions,
                          IntroductionViews views, ShowcaseLog log) {
        this.access = access;
        this.candidates = candidates;
        this.introductions = introductions;
        this.views = views;
        this.log = log;
    }

    /**
     * @throws ShowcaseNotFound    for a vacancy that does not exist or is not the user's
     * @throws IntroductionRefused for a candidate not in the showcase, or a message too long
     */
    @Transactional
    public IntroductionView propose(ProposeIntroduction command) {
        Vacancy vacancy = access.vacancy(command.vacancyId());
        String message = command.message() == null ? "" : command.message().strip();
        if (message.length() > ProposeIntroduction.MAX_MESSAGE) {
            throw IntroductionRefused.because("message", "Het bericht mag hoogstens " + ProposeIntroduction.MAX_MESSAGE
                    + " tekens lang zijn.", "The message may be at most " + ProposeIntroduction.MAX_MESSAGE
                    + " characters long.");
        }
        ShowcaseCandidates.Found found = candidates.byPseudonym(vacancy, command.candidate())
                .orElseThrow(() -> IntroductionRefused.because("candidate",
                        "Deze kandidaat staat niet in de etalage van deze vacature.",
                        "This candidate is not in the showcase of this vacancy."));
        long personId = found.person().id();
        Introduction introduction = introductions.of(vacancy.id(), personId).orElseGet(() -> {
            CurrentUser user = access.user();
            long id = introductions.insert(vacancy.id(), vacancy.employerId(), personId, found.candidate(), message,
                    user.username(), user.role().name(), user.name());
            log.asked(personId, access.employerName(vacancy.employerId()), vacancy.title());
            return introductions.byId(id).orElseThrow();
        });
        return views.of(introduction, false);
    }
}
