package nl.werkmotor.placements;

import java.util.List;
import java.util.function.Supplier;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import nl.werkmotor.web.ApiProblem;
import nl.werkmotor.web.ApiProblem.Message;

/**
 * Placements over {@code /api/v1/plaatsingen}: the caller's own (the case worker's caseload, the account manager's
 * employers, the job seeker's own), one by id, a new one after an accepted introduction, its next step and the other
 * side's confirmation. An id the caller may not see answers 404, the same as one that does not exist; a refused step
 * 400 naming every problem, and nothing is changed.
 */
@RestController
class PlacementApi {

    private final FindOwnPlacements find;
    private final RecordingPlacement recording;
    private final TakingPlacementStep taking;
    private final ConfirmingPlacement confirming;

    PlacementApi(FindOwnPlacements find, RecordingPlacement recording, TakingPlacementStep taking,
                 ConfirmingPlacement confirming) {
        this.find = find;
        this.recording = recording;
        this.taking = taking;
        this.confirming = confirming;
    }

    @GetMapping("/api/v1/plaatsingen")
    List<PlacementView> placements() {
        return find.visible();
    }

    @GetMapping("/api/v1/plaatsingen/{id}")
    PlacementView placement(@PathVariable long id) {
        return answer(() -> find.byId(id));
    }

    /** A placement after an introduction the person said yes to; the other side confirms it. */
    @PostMapping("/api/v1/plaatsingen")
    @ResponseStatus(HttpStatus.CREATED)
    PlacementView record(@RequestBody NewPlacement body) {
        return answer(() -> recording.record(RecordPlacement.of(body == null ? null : body.kennismaking())));
    }

    /** @param kennismaking the id of the accepted introduction */
    record NewPlacement(Long kennismaking) {
    }

    /** The next step: INTERVIEW, TRIAL, STARTED, AFTERCARE, LASTING_6, LASTING_12 or ENDED, with what it needs. */
    @PutMapping("/api/v1/plaatsingen/{id}/stap")
    PlacementView step(@PathVariable long id, @RequestBody StepForm body) {
        StepForm step = body == null ? new StepForm(null, null, null, null, null, null, null, null) : body;
        return answer(() -> taking.take(step.command(id)));
    }

    /** The other side confirms the last change. */
    @PostMapping("/api/v1/plaatsingen/{id}/bevestiging")
    PlacementView confirm(@PathVariable long id) {
        return answer(() -> confirming.confirm(id));
    }

    private static <T> T answer(Supplier<T> call) {
        try {
            return call.get();
        } catch (PlacementNotFound missing) {
            throw ApiProblem.notFound(new Message("Niet gevonden", "Not found"), new Message(missing.nl(), missing.en()));
        } catch (PlacementRefused refused) {
            throw ApiProblem.invalid(refused);
        }
    }
}
