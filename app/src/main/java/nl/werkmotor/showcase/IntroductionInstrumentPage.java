package nl.werkmotor.showcase;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import nl.werkmotor.toolbox.ToolboxQuery;

/**
 * The account manager's candidate proposal after a yes ({@code /portefeuille/kennismakingen/{id}/instrumenten}): the
 * Toolbox for the person and the vacancy on a date, with each rule's reason, to tell the employer what is possible.
 * Another's introduction, or one without a yes, is a 404.
 */
@Controller
class IntroductionInstrumentPage {

    private final FindIntroductions introductions;
    private final IntroductionInstruments instruments;

    IntroductionInstrumentPage(FindIntroductions introductions, IntroductionInstruments instruments) {
        this.introductions = introductions;
        this.instruments = instruments;
    }

    @GetMapping("/portefeuille/kennismakingen/{id}/instrumenten")
    String instruments(@PathVariable long id, @RequestParam(required = false) String peildatum,
                       @RequestParam(required = false) String contractmaanden, Model model) {
        ToolboxQuery query = ToolboxQuery.parse(0, peildatum, contractmaanden)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST));
        try {
            model.addAttribute("evaluation", instruments.forAdviser(id, query));
            model.addAttribute("introduction", introductions.byId(id));
        } catch (ShowcaseNotFound missing) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        model.addAttribute("query", query);
        return "werkgever/instrumenten";
    }
}
