package nl.werkmotor.guidance;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.werkmotor.people.Availability;
import nl.werkmotor.people.BenefitType;
import nl.werkmotor.people.EligibilityFacts;
import nl.werkmotor.people.FindTargetGroups;
import nl.werkmotor.people.Motivation;
import nl.werkmotor.people.Person;
import nl.werkmotor.people.PreferencesChange;
import nl.werkmotor.people.SkillClaim;
import nl.werkmotor.people.TargetGroup;
import nl.werkmotor.people.WorkLimitation;
import nl.werkmotor.platform.Refusal;
import nl.werkmotor.taxonomy.FindSkill;
import nl.werkmotor.taxonomy.Language;
import nl.werkmotor.web.ApiProblem.Message;
import nl.werkmotor.web.FormDate;
import nl.werkmotor.web.QueryNumber;

/**
 * Changing a person's profile together with them: confirm or drop a skill they claimed, and their wishes
 * (hours, travel, motivation, availability), their target groups and the facts the Toolbox reads (birth date,
 * benefit and since when, work limitation, loonwaarde). Who may see them (visibility) is the person's own consent and
 * is not on this page.
 */
@Controller
class ProfileTogetherPages {

    private final SignedInCaseWorker signedIn;
    private final FindCaseload caseload;
    private final FindSkill skills;
    private final ChangingProfileTogether changing;
    private final ChangingFactsTogether changingFacts;
    private final FindTargetGroups targetGroups;

    ProfileTogetherPages(SignedInCaseWorker signedIn, FindCaseload caseload, FindSkill skills,
                         ChangingProfileTogether changing, ChangingFactsTogether changingFacts,
                         FindTargetGroups targetGroups) {
        this.changingFacts = changingFacts;
        this.targetGroups = targetGroups;
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
                 RedirectAttributes redirect, HttpServletResponse response) {
        return attempt(id, locale, model, redirect, response, Map.of(), caseWorker -> new ChangeProfileTogetherCommand(caseWorker,
                id, bevestigen == null ? List.of() : List.of(bevestigen),
                verwijderen == null ? List.of() : List.of(verwijderen), null));
    }

    @PostMapping("/caseload/{id}/profiel/wensen")
    String wishes(@PathVariable long id, @RequestParam Map<String, String> form, Locale locale, Model model,
                  RedirectAttributes redirect, HttpServletResponse response) {
        return attempt(id, locale, model, redirect, response, form, caseWorker -> {
            Refusal.Reasons reasons = new Refusal.Reasons();
            int minHours = number(form, "minHours", reasons, "minimaal uren", "minimum hours");
            int maxHours = number(form, "maxHours", reasons, "maximaal uren", "maximum hours");
            int travel = number(form, "travelRadiusKm", reasons, "reisafstand", "travel distance");
            CaseloadFilter choices = CaseloadFilter.parse(List.of(), "", "", form.get("beschikbaarheid"), form.get("motivatie"), "");
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

    /**
     * The person's target groups and the facts the Toolbox reads; what cannot be read (a date, a number) is named here
     * and refused by people together with what it finds, so that the form names every problem at once.
     */
    @PostMapping("/caseload/{id}/profiel/gegevens")
    String facts(@PathVariable long id, @RequestParam Map<String, String> form,
                 @RequestParam(name = "doelgroep", required = false) List<String> groups, Locale locale, Model model,
                 RedirectAttributes redirect, HttpServletResponse response) {
        CaseWorker caseWorker = signedIn.current();
        List<String> chosen = groups == null ? List.of() : groups;
        try {
            Refusal.Reasons reasons = new Refusal.Reasons();
            Set<TargetGroup> memberships = new TreeSet<>();
            for (String code : chosen) {
                if (TargetGroup.isCode(code)) {
                    memberships.add(new TargetGroup(code));
                } else {
                    reasons.add("doelgroepen", "Kies doelgroepen uit de lijst.", "Choose target groups from the list.");
                }
            }
            LocalDate birthDate = date(form, "geboortedatum", reasons, "de geboortedatum", "the birth date");
            LocalDate benefitSince = date(form, "uitkeringSinds", reasons, "de datum 'uitkering sinds'",
                    "the 'benefit since' date");
            BenefitType benefit = choice(BenefitType.class, form, "uitkering", reasons, "de uitkering", "the benefit");
            WorkLimitation limitation = choice(WorkLimitation.class, form, "arbeidsbeperking", reasons,
                    "de arbeidsbeperking", "the work limitation");
            Integer loonwaarde = null;
            String typed = form.getOrDefault("loonwaarde", "");
            if (!typed.isBlank()) {
                int value = QueryNumber.parse(typed, 0, 100);
                if (value < 0) {
                    reasons.add("loonwaarde", "Vul bij loonwaarde een heel getal van 0 tot en met 100 in, niet '"
                            + shown(typed) + "'.", "Fill in a whole number from 0 to 100 for the loonwaarde, not '"
                            + shown(typed) + "'.");
                } else {
                    loonwaarde = value;
                }
            }
            // what could not be read is refused by people with every other problem, all at once
            changingFacts.change(new ChangeFactsTogetherCommand(caseWorker, id, memberships, birthDate, benefit,
                    benefitSince, limitation, loonwaarde, reasons.reasons()));
        } catch (Refusal refused) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("chosenGroups", Set.copyOf(chosen));
            return page(caseWorker, id, locale, model, refused, form);
        }
        redirect.addFlashAttribute("saved", "caseload.together.saved");
        return "redirect:/caseload/" + id + "/profiel#gegevens";
    }

    private static LocalDate date(Map<String, String> form, String field, Refusal.Reasons reasons, String nl, String en) {
        String text = form.getOrDefault(field, "");
        if (text.isBlank()) {
            return null;
        }
        return FormDate.parse(text).orElseGet(() -> {
            reasons.add(field, "Vul " + nl + " in als dag-maand-jaar, zoals 14-3-1975, niet '" + shown(text) + "'.",
                    "Fill in " + en + " as day-month-year, like 14-3-1975, not '" + shown(text) + "'.");
            return null;
        });
    }

    /** The constant named; null for none chosen (for the benefit: keep it; for the limitation: none). */
    private static <E extends Enum<E>> E choice(Class<E> type, Map<String, String> form, String field,
                                                Refusal.Reasons reasons, String nl, String en) {
        String text = form.getOrDefault(field, "");
        if (text.isBlank()) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(text)) {
                return constant;
            }
        }
        reasons.add(field, "Kies " + nl + " uit de lijst.", "Choose " + en + " from the list.");
        return null;
    }

    private static String shown(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }

    /** A refused change answers 400 with the page, the form as typed, like every refused form. */
    private String attempt(long id, Locale locale, Model model, RedirectAttributes redirect, HttpServletResponse response,
                           Map<String, String> form, Function<CaseWorker, ChangeProfileTogetherCommand> command) {
        CaseWorker caseWorker = signedIn.current();
        try {
            changing.change(command.apply(caseWorker));
        } catch (Refusal refused) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
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
        EligibilityFacts facts = caseload.factsWithFile(caseWorker, id);
        model.addAttribute("facts", facts);
        // the active groups, and the inactive ones the person is still in
        model.addAttribute("targetGroupChoices", targetGroups.all().stream()
                .filter(g -> g.active() || facts.isIn(g.group())).toList());
        if (!model.containsAttribute("chosenGroups")) {
            model.addAttribute("chosenGroups", Set.of());
        }
        model.addAttribute("benefits", BenefitType.values());
        model.addAttribute("workLimitations", WorkLimitation.values());
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
