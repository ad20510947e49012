package nl.werkmotor.taxonomy;

import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The browse pages: an occupation with its skills, a skill with its place in the hierarchy and the
 * occupations that need it, in the UI language. An unknown or malformed id is the 404 page.
 */
@Controller
class TaxonomyPages {

    private static final TaxonomyLinks LINKS = new TaxonomyLinks();

    private final FindOccupation occupations;
    private final FindSkill skills;

    TaxonomyPages(FindOccupation occupations, FindSkill skills) {
        this.occupations = occupations;
        this.skills = skills;
    }

    @GetMapping("/beroepen/{id}")
    String occupation(@PathVariable String id, Locale locale, Model model) {
        model.addAttribute("occupation", TaxonomyProblem.conceptId(id)
                .flatMap(uuid -> occupations.byId(uuid, language(locale)))
                .orElseThrow(TaxonomyPages::notFound));
        model.addAttribute("links", LINKS);
        return "taxonomie/beroep";
    }

    @GetMapping("/vaardigheden/{id}")
    String skill(@PathVariable String id, Locale locale, Model model) {
        model.addAttribute("skill", TaxonomyProblem.conceptId(id)
                .flatMap(uuid -> skills.byId(uuid, language(locale)))
                .orElseThrow(TaxonomyPages::notFound));
        model.addAttribute("links", LINKS);
        return "taxonomie/vaardigheid";
    }

    private static Language language(Locale locale) {
        return Language.of(locale.getLanguage()).orElse(Language.NL);
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
