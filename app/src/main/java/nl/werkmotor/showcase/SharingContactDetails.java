package nl.werkmotor.showcase;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.werkmotor.showcase.Introductions.Introduction;

/**
 * The person chooses, per introduction they said yes to, whether the employer's side sees their name and the contact
 * details they gave: again, after they withdrew consent by making their profile private or partners-only, or no
 * longer, for this one employer. Only the person themselves (never their case worker); the choice is kept with its
 * time, shown on {@code /mijn-introducties} and in their data export.
 */
@Component
public class SharingContactDetails {

    private final ShowcaseAccess access;
    private final Introductions introductions;
    private final IntroductionViews views;

    SharingContactDetails(ShowcaseAccess access, Introductions introductions, IntroductionViews views) {
        this.access = access;
        this.introductions = introductions;
        this.views = views;
    }

    /**
     * @throws ShowcaseNotFound    unless the signed-in user is the person of this introduction
     * @throws IntroductionRefused when they did not say yes to it: before a yes nothing is shared
     */
    @Transactional
    public IntroductionView share(ShareContactDetails command) {
        Introduction introduction = access.person()
                .flatMap(person -> introductions.byId(command.introductionId(), person.id()))
                .orElseThrow(() -> ShowcaseNotFound.introduction(command.introductionId()));
        if (introduction.status() != IntroductionStatus.ACCEPTED) {
            throw IntroductionRefused.because("share", "U deelt uw naam en contactgegevens pas als u ja zegt.",
                    "You share your name and contact details only when you say yes.");
        }
        introductions.consent(introduction.id(),
                command.share() ? ContactConsent.THIS_INTRODUCTION : ContactConsent.WITHDRAWN);
        return views.of(introductions.byId(introduction.id()).orElseThrow(), false);
    }
}
