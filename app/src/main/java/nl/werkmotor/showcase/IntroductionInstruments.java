package nl.werkmotor.showcase;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import nl.werkmotor.identity.CurrentUser;
import nl.werkmotor.identity.Role;
import nl.werkmotor.processinglog.ProcessingPurpose;
import nl.werkmotor.showcase.Introductions.Introduction;
import nl.werkmotor.toolbox.EvaluateInstruments;
import nl.werkmotor.toolbox.Evaluation;
import nl.werkmotor.toolbox.EvaluatingInstruments;
import nl.werkmotor.toolbox.InstrumentOffer;
import nl.werkmotor.toolbox.IntroducedCandidates;
import nl.werkmotor.toolbox.NoSuchEvaluation;
import nl.werkmotor.toolbox.RecordingInstrumentsShown;
import nl.werkmotor.toolbox.ToolboxQuery;
import nl.werkmotor.web.ApiProblem.Message;

/**
 * The Toolbox at an introduction after a yes: for the account manager who asked it, every instrument with each rule's
 * reason (their candidate proposal; what applied is counted for the Toolbox evaluation); for the employer, only what
 * each instrument that may apply offers them, never why the person qualifies, and only while the person shares their
 * contact details. Tells the Toolbox ({@link IntroducedCandidates}) whom an account manager proposed and was told yes.
 */
@Component
class IntroductionInstruments implements IntroducedCandidates {

    private final ShowcaseAccess access;
    private final Introductions introductions;
    private final FindIntroductions finding;
    private final ContactSharing sharing;
    private final EvaluatingInstruments evaluating;
    private final RecordingInstrumentsShown shown;

    IntroductionInstruments(ShowcaseAccess access, Introductions introductions, FindIntroductions finding,
                            ContactSharing sharing, EvaluatingInstruments evaluating, RecordingInstrumentsShown shown) {
        this.access = access;
        this.introductions = introductions;
        this.finding = finding;
        this.sharing = sharing;
        this.evaluating = evaluating;
        this.shown = shown;
    }

    @Override
    public boolean saidYesToSignedInAdviser(long personId, long vacancyId) {
        CurrentUser user = access.user();
        return user.role() == Role.ACCOUNTMANAGER && introductions.requestedBy(user.username()).stream()
                .anyMatch(i -> i.personId() == personId && i.vacancyId() == vacancyId
                        && i.status() == IntroductionStatus.ACCEPTED && finding.visibleTo(user, i));
    }

    /**
     * The account manager's evaluation of an introduction they asked, after a yes.
     *
     * @throws ShowcaseNotFound when it is not theirs, not said yes to, or nothing can be evaluated
     */
    Evaluation forAdviser(long introductionId, ToolboxQuery query) {
        CurrentUser user = access.user();
        Introduction i = introductions.byId(introductionId)
                .filter(found -> user.role() == Role.ACCOUNTMANAGER && finding.visibleTo(user, found)
                        && found.status() == IntroductionStatus.ACCEPTED)
                .orElseThrow(() -> ShowcaseNotFound.introduction(introductionId));
        try {
            Evaluation evaluation = evaluating.evaluate(new EvaluateInstruments(i.personId(), i.vacancyId(), query.date(),
                    query.contractMonths(), ProcessingPurpose.INTRODUCTION_FOLLOW_UP, new Message(
                    "Welke regelingen passen bij u en de vacature van uw kennismaking, bekeken door de accountmanager",
                    "Which measures suit you and the vacancy of your introduction, viewed by the employer adviser")));
            shown.shownOnProposal(i.vacancyId(), evaluation);
            return evaluation;
        } catch (NoSuchEvaluation missing) {
            throw ShowcaseNotFound.introduction(introductionId);
        }
    }

    /** For the employer: per introduction with a yes whose contact details they see, what they may be offered. */
    Map<Long, List<InstrumentOffer>> offersToEmployer(List<IntroductionView> shownToEmployer, ToolboxQuery today) {
        Map<Long, List<InstrumentOffer>> offers = new HashMap<>();
        for (IntroductionView view : shownToEmployer) {
            if (view.status() != IntroductionStatus.ACCEPTED || !Boolean.TRUE.equals(view.contactShared())) {
                continue;
            }
            introductions.byId(view.id()).filter(i -> sharing.sharedBy(i).isPresent()).ifPresent(i -> {
                try {
                    offers.put(i.id(), evaluating.evaluate(new EvaluateInstruments(i.personId(), i.vacancyId(),
                            today.date(), null, ProcessingPurpose.INTRODUCTION, new Message(
                            "Welke regelingen de werkgever kan krijgen als u daar gaat werken, bekeken door de werkgever "
                                    + "(zonder waarom)",
                            "Which measures the employer can get if you work there, viewed by the employer "
                                    + "(without why)"))).offersToEmployer());
                } catch (NoSuchEvaluation none) {
                    // no edition in force: nothing to offer
                }
            });
        }
        return offers;
    }
}
