package nl.werkmotor.savings;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import nl.werkmotor.platform.Refusal;

/**
 * The calculator as a guided form, one page per step of the blueprint (a stepper above says which of the seven it is
 * and leads back to the steps already done). Each step is checked when it is sent: a refused step comes back with
 * every reason beside its field and the draft as it was; a step filled in leads to the next. The draft lives in the
 * session until it is saved (step 7).
 */
@Controller
class ScenarioStepPages {

    private final SignedInPolicyAnalyst signedIn;
    private final FillingInStep filling;
    private final CalculatingSavings calculating;
    private final SavingScenario saving;
    private final RegionalFigures regional;
    private final Euros euros;

    ScenarioStepPages(SignedInPolicyAnalyst signedIn, FillingInStep filling, CalculatingSavings calculating,
                      SavingScenario saving, RegionalFigures regional, Euros euros) {
        this.signedIn = signedIn;
        this.filling = filling;
        this.calculating = calculating;
        this.saving = saving;
        this.regional = regional;
        this.euros = euros;
    }

    /** A new scenario from the start, the draft so far forgotten. */
    @PostMapping("/besparingen/nieuw")
    String start(HttpSession session) {
        signedIn.current();
        session.setAttribute(Draft.SESSION, Draft.fresh());
        return "redirect:/besparingen/stap/1";
    }

    @GetMapping("/besparingen/stap/{number}")
    String step(@PathVariable int number, HttpSession session, Locale locale, Model model) {
        signedIn.current();
        Draft draft = draft(session);
        ScenarioStep step = step(number);
        if (step.compareTo(draft.reached()) > 0) {
            return "redirect:/besparingen/stap/" + draft.reached().number();
        }
        return page(draft, step, ScenarioForm.of(draft.content(), locale), null, locale, model);
    }

    @PostMapping("/besparingen/stap/{number}")
    String fillIn(@PathVariable int number, @RequestParam Map<String, String> form, HttpSession session,
                  Locale locale, Model model, HttpServletResponse response) {
        signedIn.current();
        Draft draft = draft(session);
        ScenarioStep step = step(number);
        if (step.compareTo(draft.reached()) > 0 || step == ScenarioStep.OVERVIEW) {
            return "redirect:/besparingen/stap/" + draft.reached().number();
        }
        try {
            ScenarioContent filled = filling.fillIn(draft.content(), step, form);
            Draft next = draft.filledIn(step, filled);
            session.setAttribute(Draft.SESSION, next);
            return "redirect:/besparingen/stap/" + step.next().orElse(step).number();
        } catch (Refusal refused) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            Map<String, String> typed = new HashMap<>(form);
            return page(draft, step, typed, refused, locale, model);
        }
    }

    /** Step 6: the assumptions from the region's own placements, where there are enough of them. */
    @PostMapping("/besparingen/stap/6/regio")
    String useRegionalOutcomes(HttpSession session, RedirectAttributes redirect) {
        signedIn.current();
        Draft draft = draft(session);
        if (draft.reached().compareTo(ScenarioStep.BENEFITS) < 0) {
            return "redirect:/besparingen/stap/" + draft.reached().number();
        }
        Optional<RegionalOutcomes> outcomes = regional.lastYear().filter(RegionalOutcomes::shown);
        if (outcomes.isPresent()) {
            session.setAttribute(Draft.SESSION, new Draft(RegionalFigures.using(draft.content(), outcomes.get()),
                    draft.reached(), draft.copiedFrom()));
            redirect.addFlashAttribute("saved", "savings.regional.used");
        }
        return "redirect:/besparingen/stap/6";
    }

    @PostMapping("/besparingen/opslaan")
    String save(HttpSession session, Locale locale, Model model, HttpServletResponse response,
                RedirectAttributes redirect) {
        PolicyAnalyst analyst = signedIn.current();
        Draft draft = draft(session);
        try {
            long id = saving.save(new SavingScenario.SaveScenarioCommand(analyst, draft.content(), draft.copiedFrom()));
            session.removeAttribute(Draft.SESSION);
            redirect.addFlashAttribute("saved", "savings.saved");
            return "redirect:/besparingen/" + id;
        } catch (Refusal refused) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(draft, ScenarioStep.OVERVIEW, ScenarioForm.of(draft.content(), locale), refused, locale, model);
        }
    }

    private String page(Draft draft, ScenarioStep step, Map<String, String> form, Refusal refused, Locale locale,
                        Model model) {
        model.addAttribute("step", step);
        model.addAttribute("steps", ScenarioStep.values());
        model.addAttribute("reached", draft.reached());
        model.addAttribute("form", form);
        model.addAttribute("refused", refused);
        model.addAttribute("assumptions", java.util.Arrays.stream(Assumption.values())
                .filter(a -> a.step() == step).toList());
        model.addAttribute("rows", java.util.stream.IntStream.range(0, FillingInStep.MAX_LINES).boxed().toList());
        model.addAttribute("recurrences", Recurrence.values());
        model.addAttribute("kinds", BenefitKind.values());
        model.addAttribute("regional", regional.lastYear());
        if (step == ScenarioStep.OVERVIEW && draft.content().horizonYears() != null) {
            ScenarioContent content = draft.content();
            Overview overview = calculating.overview(content);
            model.addAttribute("scenarioContent", content);
            model.addAttribute("overview", overview);
            model.addAttribute("chart", SavingsChart.of(overview, euros, locale));
        }
        return "besparingen/stap";
    }

    private static Draft draft(HttpSession session) {
        if (session.getAttribute(Draft.SESSION) instanceof Draft draft) {
            return draft;
        }
        Draft fresh = Draft.fresh();
        session.setAttribute(Draft.SESSION, fresh);
        return fresh;
    }

    private static ScenarioStep step(int number) {
        return ScenarioStep.numbered(number).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
