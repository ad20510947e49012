package nl.werkmotor.guidance;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.werkmotor.people.Availability;
import nl.werkmotor.people.Motivation;
import nl.werkmotor.people.Person;
import nl.werkmotor.people.PreferencesChange;
import nl.werkmotor.people.SkillClaim;
import nl.werkmotor.platform.Refusal;
import nl.werkmotor.taxonomy.FindSkill;
import nl.werkmotor.taxonomy.Language;
import nl.werkmotor.web.ApiProblem.Message;
import nl.werkmotor.web.QueryNumber;

/**
 * Changing a person's profile together with them: confirm or drop a skill they claimed, and their wishes
 * (hours, travel, motivation, availability). Who may see them (visibility) is the person's own consent and
 * is not on this page.
 */
@Controller
class ProfileTogetherPages {

    private final SignedInCaseWorker signedIn;
    private final FindCaseload caseload;
    private final FindSkill skills;
    private final ChangingProfileTogether changing;

    ProfileTogetherPages(SignedInCaseWorker signedIn, FindCaseload caseload, FindSkill skills,
                         ChangingProfileTogether changing) {
        this.signedIn = signedIn;
        this.caseload = caseload;
        this.skills = skills;
        this.changing = changing;
    }

    @GetMapping("/caseload/{id}/profiel")
    String profile(@PathVariable long id, Locale locale, Model model) {
        return page(signedIn.current(), id, locale, model, null, Map.of());
    }

    /** One skill a button names: {@code bevestigen} or {@code verwijderen} carries its URI. */
    @PostMapping("/caseload/{id}/profiel/vaardigheden")
    String skill(@PathVariable long id, @RequestParam(required = false) String bevestigen,
                 @RequestParam(required = false) String verwijderen, Locale locale, Model model,
                 RedirectAttributes redirect) {
        return attempt(id, locale, model, redirect, Map.of(), caseWorker -> new ChangeProfileTogetherCommand(caseWorker,
                id, bevestigen == null ? List.of() : List.of(bevestigen),
                verwijderen == null ? List.of() : List.of(verwijderen), null));
    }

    @PostMapping("/caseload/{id}/profiel/wensen")
    String wishes(@PathVariable long id, @RequestParam Map<String, String> form, Locale locale, Model model,
                  RedirectAttributes redirect) {
        return attempt(id, locale, model, redirect, form, caseWorker -> {
            Refusal.Reasons reasons = new Refusal.Reasons();
            int minHours = number(form, "minHours", reasons, "minimaal uren", "minimum hours");
            int maxHours = number(form, "maxHours", reasons, "maximaal uren", "maximum hours");
            int travel = number(form, "travelRadiusKm", reasons, "reisafstand", "travel distance");
            CaseloadFilter choices = CaseloadFilter.parse("", "", form.get("beschikbaarheid"), form.get("motivatie"), "");
            reasons.refuseIfAny();
            // only what this form shows: sectors, conditions, support needs and the person's consent stay as saved
            PreferencesChange wishes = PreferencesChange.none().hours(minHours, maxHours).travelRadiusKm(travel);
            if (choices.motivation() != null) {
                wishes = wishes.motivation(choices.motivation());
            }
            if (choices.availability() != null) {
                wishes = wishes.availability(choices.availability());
            }
            return new ChangeProfileTogetherCommand(caseWorker, id, List.of(), List.of(), wishes);
        });
    }

    private String attempt(long id, Locale locale, Model model, RedirectAttributes redirect, Map<String, String> form,
                           Function<CaseWorker, ChangeProfileTogetherCommand> command) {
        CaseWorker caseWorker = signedIn.current();
        try {
            changing.change(command.apply(caseWorker));
        } catch (Refusal refused) {
            return page(caseWorker, id, locale, model, refused, form);
        }
        redirect.addFlashAttribute("saved", "caseload.together.saved");
        return "redirect:/caseload/" + id + "/profiel";
    }

    private String page(CaseWorker caseWorker, long id, Locale locale, Model model, Refusal refused,
                        Map<String, String> form) {
        Person person = caseload.file(caseWorker, id, new Message(
                "Uw profiel bekeken door uw klantmanager, om het samen aan te passen",
                "Your profile viewed by your case worker, to change it together"));
        model.addAttribute("person", person);
        model.addAttribute("skillNames", skills.summaries(person.profile().skills().stream().map(SkillClaim::skillUri)
                .toList(), Language.of(locale.getLanguage()).orElse(Language.NL)));
        model.addAttribute("availabilities", Availability.values());
        model.addAttribute("motivations", Motivation.values());
        model.addAttribute("refused", refused);
        model.addAttribute("form", form);
        return "begeleiding/profiel";
    }

    private static int number(Map<String, String> form, String field, Refusal.Reasons reasons, String nl, String en) {
        String text = form.getOrDefault(field, "");
        int value = QueryNumber.parse(text, 0, 1_000);
        if (value < 0) {
            reasons.add(field, "Vul bij " + nl + " een heel getal in, niet '" + text + "'.",
                    "Fill in a whole number for " + en + ", not '" + text + "'.");
        }
        return value;
    }
}
