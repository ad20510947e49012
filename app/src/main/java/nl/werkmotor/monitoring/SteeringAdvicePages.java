package nl.werkmotor.monitoring;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.werkmotor.platform.Refusal;

/**
 * The beleidsmedewerker's steering advice (bijsturingsadvies) under {@code /monitoring/bijsturing}: the
 * organisation's advice, a new one for a period beside that period's figures and the period before it (the region
 * against itself first: to learn from, not to blame a partner), one advice with the figures it was based on as they
 * were saved and every version, and a new version. A refused form shows every reason beside its field and saves
 * nothing; another organisation's advice is 404.
 */
@Controller
class SteeringAdvicePages {

    private final SteeringAnalyst signedIn;
    private final FindSteeringAdvice advice;
    private final SavingSteeringAdvice saving;
    private final CountingPlacements counting;
    private final FindStories stories;

    SteeringAdvicePages(SteeringAnalyst signedIn, FindSteeringAdvice advice, SavingSteeringAdvice saving,
                        CountingPlacements counting, FindStories stories) {
        this.signedIn = signedIn;
        this.advice = advice;
        this.saving = saving;
        this.counting = counting;
        this.stories = stories;
    }

    @GetMapping("/monitoring/bijsturing")
    String list(Model model) {
        model.addAttribute("all", advice.of(signedIn.current().organisationId()));
        return "bijsturing/overzicht";
    }

    @GetMapping("/monitoring/bijsturing/nieuw")
    String blank(@RequestParam(required = false) String van, @RequestParam(required = false) String tot,
                 @RequestParam(required = false) String per, Locale locale, Model model, HttpServletResponse response) {
        SteeringAnalyst.Analyst analyst = signedIn.current();
        SteeringAdviceForm form = new SteeringAdviceForm(van, tot, per, false, "", "", "", "", "", "", "", "", "");
        try {
            MonitoringApi.Query q = MonitoringApi.Query.of(van, tot, per, null, YearMonth.now());
            form = new SteeringAdviceForm(q.from().toString(), q.to().toString(), q.per().parameter(), false, "", "",
                    "", "", "", "", "", "", "");
        } catch (Refusal refused) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form(analyst, null, form, refused, locale, model);
        }
        return form(analyst, null, form, null, locale, model);
    }

    @PostMapping("/monitoring/bijsturing")
    String save(@RequestParam Map<String, String> typed, Locale locale, Model model, RedirectAttributes redirect,
                HttpServletResponse response) {
        SteeringAnalyst.Analyst analyst = signedIn.current();
        SteeringAdviceForm form = SteeringAdviceForm.of(typed);
        try {
            long id = saving.save(analyst, form);
            redirect.addFlashAttribute("saved", "steering.saved");
            return "redirect:/monitoring/bijsturing/" + id;
        } catch (Refusal refused) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form(analyst, null, form, refused, locale, model);
        }
    }

    @GetMapping("/monitoring/bijsturing/{id}")
    String show(@PathVariable long id, @RequestParam(required = false) Integer versie, Locale locale, Model model) {
        SteeringAdvice a = advice.of(signedIn.current().organisationId(), id);
        SteeringAdviceVersion v = a.version(versie);
        model.addAttribute("advice", a);
        model.addAttribute("version", v);
        figures(model, v.figures(), v.earlier(), locale);
        model.addAttribute("stories", stories.published(a.from(), a.to()));
        return "bijsturing/advies";
    }

    @GetMapping("/monitoring/bijsturing/{id}/wijzigen")
    String edit(@PathVariable long id, Locale locale, Model model) {
        SteeringAnalyst.Analyst analyst = signedIn.current();
        SteeringAdvice a = advice.of(analyst.organisationId(), id);
        return form(analyst, a, SteeringAdviceForm.of(a), null, locale, model);
    }

    @PostMapping("/monitoring/bijsturing/{id}")
    String newVersion(@PathVariable long id, @RequestParam Map<String, String> typed, Locale locale, Model model,
                      RedirectAttributes redirect, HttpServletResponse response) {
        SteeringAnalyst.Analyst analyst = signedIn.current();
        SteeringAdvice a = advice.of(analyst.organisationId(), id);
        SteeringAdviceForm form = SteeringAdviceForm.of(typed);
        try {
            saving.newVersion(analyst, id, form);
        } catch (Refusal refused) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            SteeringAdviceForm shown = new SteeringAdviceForm(a.from().toString(), a.to().toString(),
                    a.per().parameter(), a.yearly(), form.goed(), form.nietGoed(), form.veranderen(),
                    form.wieWatWanneer(), form.evaluatieInhoud(), form.evaluatieProces(), form.evaluatieRelatie(),
                    form.besluitDoor(),
                    form.besluitOp());
            return form(analyst, a, shown, refused, locale, model);
        }
        redirect.addFlashAttribute("saved", "steering.versionSaved");
        return "redirect:/monitoring/bijsturing/" + id;
    }

    /** The form beside the figures it will be based on, counted now; for a bad period without them. */
    private String form(SteeringAnalyst.Analyst analyst, SteeringAdvice a, SteeringAdviceForm form, Refusal refused,
                        Locale locale, Model model) {
        model.addAttribute("advice", a);
        model.addAttribute("form", form);
        model.addAttribute("refused", refused);
        model.addAttribute("pers", Arrays.stream(Per.values()).map(Per::parameter).toList());
        try {
            MonitoringApi.Query q = MonitoringApi.Query.of(form.van(), form.tot(), form.per(), null, YearMonth.now());
            YearMonth[] earlier = SteeringAdvice.earlier(q.from(), q.to());
            figures(model, MonitoringApi.answer(counting.count(q.from(), q.to(), q.per()), analyst.organisationId()),
                    MonitoringApi.answer(counting.count(earlier[0], earlier[1], q.per()), analyst.organisationId()),
                    locale);
            model.addAttribute("stories", stories.published(q.from(), q.to()));
        } catch (Refusal unreadablePeriod) {
            model.addAttribute("stories", List.of());
        }
        return "bijsturing/formulier";
    }

    private static void figures(Model model, MonitoringApi.Plaatsingen figures, MonitoringApi.Plaatsingen earlier,
                                Locale locale) {
        model.addAttribute("figures", figures);
        model.addAttribute("earlier", earlier);
        model.addAttribute("periods", List.of(earlier, figures));
        model.addAttribute("chart", MonitoringChart.of(figures, locale));
        model.addAttribute("measures", Arrays.stream(Measure.values()).map(Measure::field).toList());
    }
}
