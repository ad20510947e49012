package nl.werkmotor.taxonomy;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/beroepen/{id}}: one occupation. Search over the collection lives in its own controller. */
@RestController
class OccupationController {

    private final FindOccupation occupations;

    OccupationController(FindOccupation occupations) {
        this.occupations = occupations;
    }

    @GetMapping("/api/v1/beroepen/{id}")
    Occupation occupation(@PathVariable String id, @RequestParam(defaultValue = "nl") String taal) {
        var request = TaxonomyProblem.conceptRequest(id, taal);
        return occupations.byId(request.id(), request.language())
                .orElseThrow(() -> TaxonomyProblem.notFound("Beroep", "Occupation", request.id()));
    }
}
