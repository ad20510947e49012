package nl.werkmotor.showcase;

import java.util.List;
import java.util.function.Supplier;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import nl.werkmotor.employers.DailyLimitReached;
import nl.werkmotor.taxonomy.Language;
import nl.werkmotor.web.ApiProblem;
import nl.werkmotor.web.ApiProblem.InvalidParam;
import nl.werkmotor.web.ApiProblem.Message;

/**
 * The showcase over {@code /api/v1}: a vacancy's anonymous candidates ({@code /vacatures/{id}/etalage}) and
 * introductions ({@code /introducties}). Who sees what is decided by the use cases, as for the pages; an id
 * the user may not see answers 404, the same as one that does not exist; an employer's look at a showcase above its
 * daily limit 429.
 */
@RestController
class ShowcaseController {

    private final ViewingShowcase viewing;
    private final ProposingIntroduction proposing;
    private final DecidingIntroduction deciding;
    private final FindIntroductions introductions;
    private final RecordingIntroductionOutcome recordingOutcome;

    ShowcaseController(ViewingShowcase viewing, ProposingIntroduction proposing, DecidingIntroduction deciding,
                       FindIntroductions introductions, RecordingIntroductionOutcome recordingOutcome) {
        this.viewing = viewing;
        this.proposing = proposing;
        this.deciding = deciding;
        this.introductions = introductions;
        this.recordingOutcome = recordingOutcome;
    }

    @GetMapping("/api/v1/vacatures/{id}/etalage")
    Showcase showcase(@PathVariable long id, @RequestParam(defaultValue = "nl") String taal) {
        Language language = Language.of(taal).orElseThrow(() -> ApiProblem.invalid(List.of(new InvalidParam("taal",
                new Message("taal moet 'nl' of 'en' zijn, niet '" + taal + "'.",
                        "taal must be 'nl' or 'en', not '" + taal + "'.")))));
        return answer(() -> viewing.showcase(new ViewShowcase(id, language)));
    }

    /** Ask to meet a candidate of the showcase; asking again answers the same introduction. */
    @PostMapping("/api/v1/introducties")
    @ResponseStatus(HttpStatus.CREATED)
    IntroductionView propose(@RequestBody ProposeIntroduction command) {
        return answer(() -> proposing.propose(command));
    }

    @GetMapping("/api/v1/introducties")
    List<IntroductionView> introductions() {
        return introductions.visible();
    }

    @GetMapping("/api/v1/introducties/{id}")
    IntroductionView introduction(@PathVariable long id) {
        return answer(() -> introductions.byId(id));
    }

    /** The person's (or by their choice their case worker's) yes or no. */
    @PostMapping("/api/v1/introducties/{id}/besluit")
    IntroductionView decide(@PathVariable long id, @RequestBody Decision decision) {
        return answer(() -> deciding.decide(new DecideIntroduction(id, Boolean.TRUE.equals(decision.accept()),
                decision.email(), decision.phone())));
    }

    /** @param accept true for yes; false or missing for no */
    record Decision(Boolean accept, String email, String phone) {
    }

    /** What came of an accepted introduction, by the case worker or the employer's side; may be set again. */
    @PutMapping("/api/v1/introducties/{id}/uitkomst")
    IntroductionView outcome(@PathVariable long id, @RequestBody Outcome outcome) {
        return answer(() -> recordingOutcome.record(new RecordIntroductionOutcome(id, outcome.outcome())));
    }

    /** @param outcome INTERVIEW_PLANNED, HIRED, NOT_HIRED or WITHDRAWN */
    record Outcome(String outcome) {
    }

    private static <T> T answer(Supplier<T> call) {
        try {
            return call.get();
        } catch (ShowcaseNotFound missing) {
            throw ApiProblem.notFound(new Message("Niet gevonden", "Not found"), new Message(missing.nl(), missing.en()));
        } catch (IntroductionRefused refused) {
            throw ApiProblem.invalid(refused);
        } catch (DailyLimitReached limit) {
            throw ApiProblem.tooManyRequests(limit.title(), limit.reason(), limit.retryAfter());
        }
    }
}
