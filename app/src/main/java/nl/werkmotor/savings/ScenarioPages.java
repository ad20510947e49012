package nl.werkmotor.savings;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.springframework.context.annotation.Bean;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpSession;

import nl.werkmotor.identity.Role;
import nl.werkmotor.web.NavigationLink;

/**
 * The saved scenarios of the analyst's organisation and the blueprint's example: the list (by organisation, who
 * saved it and when), one scenario's seven steps with its overview (table, chart, CSV, printable view), copying one,
 * taking one back into the steps to change it (saved as a new one), and two side by side. Another organisation's
 * scenario is 404.
 */
@Controller
class ScenarioPages {

    private final SignedInPolicyAnalyst signedIn;
    private final FindScenarios scenarios;
    private final CalculatingSavings calculating;
    private final CopyingScenario copying;
    private final RegionalFigures regional;
    private final Euros euros;

    ScenarioPages(SignedInPolicyAnalyst signedIn, FindScenarios scenarios, CalculatingSavings calculating,
                  CopyingScenario copying, RegionalFigures regional, Euros euros) {
        this.signedIn = signedIn;
        this.scenarios = scenarios;
        this.calculating = calculating;
        this.copying = copying;
        this.regional = regional;
        this.euros = euros;
    }

    @Bean
    static NavigationLink savingsLink() {
        return new NavigationLink("/besparingen", "nav.savings", 60, Set.of(Role.BELEIDSMEDEWERKER));
    }

    /** A scenario and its overview, for a page. */
    record Calculated(Scenario scenario, Overview overview, SavingsChart chart) {
    }

    /** One figure of two overviews side by side; key names its message savings.compare.{key}. */
    record ComparedFigure(String key, BigDecimal left, BigDecimal right) {
    }

    @GetMapping("/besparingen")
    String list(HttpSession session, Model model) {
        PolicyAnalyst analyst = signedIn.current();
        List<Calculated> all = scenarios.visibleTo(analyst.organisationId()).stream()
                .map(s -> new Calculated(s, calculating.overview(s.content()), null)).toList();
        model.addAttribute("scenarios", all);
        model.addAttribute("drafting", session.getAttribute(Draft.SESSION) instanceof Draft);
        return "besparingen/overzicht";
    }

    @GetMapping("/besparingen/{id}")
    String scenario(@PathVariable long id, Locale locale, Model model) {
        model.addAttribute("calculated", calculated(id, locale));
        model.addAttribute("regional", regional.lastYear());
        return "besparingen/scenario";
    }

    @GetMapping("/besparingen/{id}/afdrukken")
    String printable(@PathVariable long id, Locale locale, Model model) {
        model.addAttribute("calculated", calculated(id, locale));
        model.addAttribute("regional", regional.lastYear());
        return "besparingen/afdrukken";
    }

    @GetMapping("/besparingen/{id}/csv")
    ResponseEntity<String> csv(@PathVariable long id, Locale locale) {
        Calculated c = calculated(id, locale);
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("besparingsscenario-" + id + ".csv").build().toString())
                .body(ScenarioCsv.of(c.scenario(), c.overview(), locale));
    }

    /** Two scenarios side by side; with only the first, the page asks which to set beside it. */
    @GetMapping("/besparingen/vergelijken")
    String compare(@RequestParam long a, @RequestParam(required = false) Long b, Locale locale, Model model) {
        Calculated left = calculated(a, locale);
        Calculated right = b == null ? left : calculated(b, locale);
        model.addAttribute("left", left);
        model.addAttribute("right", b == null ? null : right);
        model.addAttribute("others", scenarios.visibleTo(signedIn.current().organisationId()).stream()
                .filter(s -> s.id() != a).toList());
        Map<String, Function<Overview, BigDecimal>> figures = new LinkedHashMap<>();
        figures.put("costs", Overview::costs);
        figures.put("directBenefits", Overview::directBenefits);
        figures.put("societalBenefits", Overview::societalBenefits);
        figures.put("directReturn", Overview::directReturn);
        figures.put("societalReturn", Overview::societalReturn);
        model.addAttribute("rows", figures.entrySet().stream().map(f -> new ComparedFigure(f.getKey(),
                f.getValue().apply(left.overview()), f.getValue().apply(right.overview()))).toList());
        return "besparingen/vergelijken";
    }

    @PostMapping("/besparingen/{id}/kopie")
    String copy(@PathVariable long id, RedirectAttributes redirect) {
        long copy = copying.copy(new CopyingScenario.CopyScenarioCommand(signedIn.current(), id));
        redirect.addFlashAttribute("saved", "savings.copied");
        return "redirect:/besparingen/" + copy;
    }

    /** Into the steps again, every step filled in; saving it makes a new scenario, copied from this one. */
    @PostMapping("/besparingen/{id}/aanpassen")
    String change(@PathVariable long id, HttpSession session) {
        Scenario scenario = scenarios.visibleTo(signedIn.current().organisationId(), id);
        session.setAttribute(Draft.SESSION, new Draft(scenario.content().copy(), ScenarioStep.OVERVIEW, id));
        return "redirect:/besparingen/stap/1";
    }

    private Calculated calculated(long id, Locale locale) {
        Scenario scenario = scenarios.visibleTo(signedIn.current().organisationId(), id);
        Overview overview = calculating.overview(scenario.content());
        return new Calculated(scenario, overview, SavingsChart.of(overview, euros, locale));
    }
}
