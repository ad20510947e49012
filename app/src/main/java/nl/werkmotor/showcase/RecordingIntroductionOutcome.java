package nl.werkmotor.showcase;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.werkmotor.identity.CurrentUser;
import nl.werkmotor.identity.Role;
import nl.werkmotor.platform.Refusal.Reason;
import nl.werkmotor.showcase.Introductions.Introduction;

/**
 * Records what came of an introduction the person said yes to: an interview planned, hired, not hired or
 * withdrawn. The case worker who guides the person records it, and so may the employer's side (the employer
 * it is for, the account manager who asked), who hear it first; the person reads it on their introductions
 * page. It may be set again as things move on. Each recording is written to the person's processing log: under the
 * person's consent to the introduction while they share their name and contact details with the employer, under the
 * follow-up of the introduction once they no longer do (nothing of the contact details is part of it then).
 */
@Component
public class RecordingIntroductionOutcome {

    private final ShowcaseAccess access;
    private final Introductions introductions;
    private final FindIntroductions visible;
    private final IntroductionViews views;
    private final ContactSharing sharing;
    private final ShowcaseLog log;

    RecordingIntroductionOutcome(ShowcaseAccess access, Introductions introductions, FindIntroductions visible,
                                 IntroductionViews views, ContactSharing sharing, ShowcaseLog log) {
        this.access = access;
        this.introductions = introductions;
        this.visible = visible;
        this.views = views;
        this.sharing = sharing;
        this.log = log;
    }

    /**
     * @throws ShowcaseNotFound    when the user may not see the introduction, is the person themselves, or the
     *                             introduction is not of the person the command names
     * @throws IntroductionRefused when the outcome is not one of the list, or the person did not say yes
     */
    @Transactional
    public IntroductionView record(RecordIntroductionOutcome command) {
        CurrentUser user = access.user();
        Introduction introduction = introductions.byId(command.introductionId(), command.personId())
                .filter(i -> user.role() != Role.WERKZOEKENDE && visible.visibleTo(user, i))
                .orElseThrow(() -> ShowcaseNotFound.introduction(command.introductionId()));
        Optional<IntroductionOutcome> outcome = Arrays.stream(IntroductionOutcome.values())
                .filter(o -> o.name().equalsIgnoreCase(command.outcome() == null ? "" : command.outcome().strip()))
                .findFirst();
        List<Reason> problems = new ArrayList<>();
        if (outcome.isEmpty()) {
            problems.add(new Reason("outcome",
                    "Kies een uitkomst: gesprek gepland, aangenomen, niet aangenomen of afgezegd.",
                    "Choose an outcome: interview planned, hired, not hired or withdrawn."));
        }
        if (introduction.status() != IntroductionStatus.ACCEPTED) {
            problems.add(new Reason("outcome",
                    "Een uitkomst kan pas als de klant ja heeft gezegd tegen de kennismaking.",
                    "An outcome can be recorded only after the client said yes to the introduction."));
        }
        if (!problems.isEmpty()) {
            throw new IntroductionRefused(problems);
        }
        String as = user.role() == Role.KLANTMANAGER ? "CASE_WORKER" : user.role().name();
        introductions.recordOutcome(introduction.id(), outcome.get(), user.username(), as);
        log.outcomeRecorded(introduction.personId(), access.employerName(introduction.employerId()), as,
                sharing.sharedBy(introduction).isPresent());
        return views.of(introductions.byId(introduction.id()).orElseThrow(), false);
    }
}
