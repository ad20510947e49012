package nl.werkmotor.showcase;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import nl.werkmotor.employers.DailyLimitReached;
import nl.werkmotor.identity.Role;
import nl.werkmotor.taxonomy.Language;
import nl.werkmotor.toolbox.ToolboxQuery;
import nl.werkmotor.web.NavigationLink;

/**
 * The employer's side: {@code /werkgever/vacatures/{id}/etalage} (the anonymous candidates of one of their
 * vacancies, asking for an introduction) and {@code /werkgever/introducties} (the introductions asked, with
 * name and contact details after a yes, and what came of it); the account manager's own introductions on the
 * same page at {@code /portefeuille/kennismakingen}. Plain forms; no JavaScript needed.
 */
@Controller
class ShowcasePages {

    private final ViewingShowcase viewing;
    private final ProposingIntroduction proposing;
    private final FindIntroductions introductions;
    private final RecordingIntroductionOutcome recordingOutcome;
    private final IntroductionInstruments instruments;

    ShowcasePages(ViewingShowcase viewing, ProposingIntroduction proposing, FindIntroductions introductions,
                  RecordingIntroductionOutcome recordingOutcome, IntroductionInstruments instruments) {
        this.viewing = viewing;
        this.proposing = proposing;
        this.introductions = introductions;
        this.recordingOutcome = recordingOutcome;
        this.instruments = instruments;
    }

    @Bean
    static NavigationLink employerIntroductionsLink() {
        return new NavigationLink("/werkgever/introducties", "nav.employerIntroductions", 22, Set.of(Role.WERKGEVER));
    }

    @Bean
    static NavigationLink adviserIntroductionsLink() {
        return new NavigationLink("/portefeuille/kennismakingen", "nav.employerIntroductions", 22,
                Set.of(Role.ACCOUNTMANAGER));
    }

    @GetMapping("/werkgever/vacatures/{id}/etalage")
    String showcase(@PathVariable long id, Locale locale, Model model, HttpServletResponse response) {
        return page(id, null, locale, model, response);
    }

    @PostMapping("/werkgever/vacatures/{id}/etalage")
    String propose(@PathVariable long id, @RequestParam(defaultValue = "") String kandidaat,
                   @RequestParam(defaultValue = "") String bericht, Locale locale, Model model,
                   HttpServletResponse response) {
        try {
            proposing.propose(new ProposeIntroduction(id, kandidaat, bericht));
            return "redirect:/werkgever/vacatures/" + id + "/etalage?gevraagd=" + kandidaat;
        } catch (IntroductionRefused refused) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(id, refused.reasons().getFirst().text(locale), locale, model, response);
        } catch (ShowcaseNotFound missing) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    @GetMapping("/werkgever/introducties")
    String introductions(Model model) {
        return introductions("/werkgever/introducties", model);
    }

    /** The account manager's: those they asked, for any employer they served; the same page as the employer's. */
    @GetMapping("/portefeuille/kennismakingen")
    String adviserIntroductions(Model model) {
        return introductions("/portefeuille/kennismakingen", model);
    }

    /**
     * What came of a yes. The form offers only the outcomes and only after a yes, so a refusal comes from a
     * hand-made request. The field is named after the introduction: the page has a form per yes.
     */
    @PostMapping("/werkgever/introducties/{id}/uitkomst")
    String outcome(@PathVariable long id, @RequestParam Map<String, String> form) {
        return outcome(id, form, "/werkgever/introducties");
    }

    @PostMapping("/portefeuille/kennismakingen/{id}/uitkomst")
    String adviserOutcome(@PathVariable long id, @RequestParam Map<String, String> form) {
        return outcome(id, form, "/portefeuille/kennismakingen");
    }

    private String introductions(String path, Model model) {
        List<IntroductionView> visible = introductions.visible();
        model.addAttribute("introductions", visible);
        // the Toolbox after a yes: to the employer what it offers them; the account manager follows a link
        model.addAttribute("offers", path.startsWith("/werkgever") ? instruments.offersToEmployer(visible,
                ToolboxQuery.parse(0, null, null).orElseThrow()) : Map.of());
        model.addAttribute("outcomes", IntroductionOutcome.values());
        model.addAttribute("introductionsPath", path);
        return "werkgever/introducties";
    }

    private String outcome(long id, Map<String, String> form, String path) {
        try {
            recordingOutcome.record(new RecordIntroductionOutcome(id, form.get("kennismaking-" + id + "-uitkomst")));
        } catch (IntroductionRefused refused) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, refused.getMessage());
        } catch (ShowcaseNotFound missing) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return "redirect:" + path + "?uitkomst=" + id;
    }

    private String page(long id, String problem, Locale locale, Model model, HttpServletResponse response) {
        model.addAttribute("backHref", "/werkgever/vacatures");
        model.addAttribute("backLabel", "showcase.back");
        try {
            model.addAttribute("showcase", viewing.showcase(new ViewShowcase(id,
                    Language.of(locale.getLanguage()).orElse(Language.NL))));
        } catch (ShowcaseNotFound missing) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        } catch (DailyLimitReached limit) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(limit.retryAfter().toSeconds()));
            model.addAttribute("limit", limit.text(locale));
            return "werkgever/maximum";
        }
        model.addAttribute("problem", problem);
        model.addAttribute("askAction", "/werkgever/vacatures/" + id + "/etalage");
        return "werkgever/etalage";
    }
}
