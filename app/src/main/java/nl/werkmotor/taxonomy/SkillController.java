package nl.werkmotor.taxonomy;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/vaardigheden/{id}}: one skill or knowledge concept. */
@RestController
class SkillController {

    private final FindSkill skills;

    SkillController(FindSkill skills) {
        this.skills = skills;
    }

    @GetMapping("/api/v1/vaardigheden/{id}")
    Skill skill(@PathVariable String id, @RequestParam(defaultValue = "nl") String taal) {
        var request = TaxonomyProblem.conceptRequest(id, taal);
        return skills.byId(request.id(), request.language())
                .orElseThrow(() -> TaxonomyProblem.notFound("Vaardigheid", "Skill", request.id()));
    }
}
