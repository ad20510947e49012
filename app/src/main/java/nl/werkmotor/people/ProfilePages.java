package nl.werkmotor.people;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

import nl.werkmotor.identity.Role;
import nl.werkmotor.taxonomy.FindSkill;
import nl.werkmotor.taxonomy.Sector;
import nl.werkmotor.web.NavigationLink;

/**
 * {@code /mijn-profiel}: the signed-in person's own profile at a glance, "Wat wil ik" and who may see
 * it. A login without a profile gets the page to start one. Plain forms: they work without JavaScript;
 * a refused change shows the form again with every problem, and nothing is saved.
 */
@Controller
class ProfilePages {

    static final String HOME = "/mijn-profiel";

    private final FindSignedInPerson signedIn;
    private final FindPeople people;
    private final FindSkill skills;
    private final ProfileForms forms;
    private final StartingProfile starting;

    ProfilePages(FindSignedInPerson signedIn, FindPeople people, FindSkill skills, ProfileForms forms,
                 StartingProfile starting) {
        this.signedIn = signedIn;
        this.people = people;
        this.skills = skills;
        this.forms = forms;
        this.starting = starting;
    }

    @Bean
    static NavigationLink myProfileLink() {
        return new NavigationLink(HOME, "nav.myProfile", 20, Set.of(Role.WERKZOEKENDE));
    }

    @GetMapping(HOME)
    String overview(Locale locale, Model model) {
        return signedIn.person().map(person -> {
            model.addAttribute("person", person);
            model.addAttribute("skills", ProfileSkills.of(person, skills, ProfileForms.language(locale)));
            model.addAttribute("changes", people.changes(person.id()).stream().limit(5).toList());
            return "profiel/overzicht";
        }).orElse("profiel/start");
    }

    @PostMapping(HOME + "/start")
    String start(@RequestParam(required = false) String firstName, @RequestParam(required = false) String lastName,
                 @RequestParam(required = false) String birthYear, @RequestParam(required = false) String postcode4,
                 @RequestParam(required = false) String kind, @RequestParam Map<String, String> form, Model model,
                 HttpServletResponse response, RedirectAttributes redirect) {
        model.addAttribute("form", form); // what was typed, shown again if refused
        try {
            starting.start(new StartProfile(signedIn.user().username(), firstName, lastName,
                    FormValues.number(birthYear), postcode4, FormValues.oneOf(PersonKind.class, kind)));
            redirect.addFlashAttribute("saved", "profile.started");
            return "redirect:" + HOME;
        } catch (ProfileChangeRefused refused) {
            return ProfileForms.refused(refused, "profiel/start", model, response);
        }
    }

    @GetMapping(HOME + "/wensen")
    String wishes(Locale locale, Model model) {
        return signedIn.person().map(person -> {
            model.addAttribute("wanted", person.profile().preferences());
            return wishesPage(locale, model);
        }).orElse("redirect:" + HOME);
    }

    @PostMapping(HOME + "/wensen")
    String saveWishes(@RequestParam(required = false) String minHours, @RequestParam(required = false) String maxHours,
                      @RequestParam(required = false) String travelRadiusKm,
                      @RequestParam(required = false) List<String> sectors,
                      @RequestParam(required = false) String motivation,
                      @RequestParam(required = false) String availability,
                      @RequestParam(required = false) List<String> workingConditions,
                      @RequestParam(required = false) List<String> supportNeeds, @RequestParam Map<String, String> form,
                      Locale locale, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        model.addAttribute("form", form); // the numbers as typed, shown again if refused
        return signedIn.person().map(person -> {
            PreferencesChange wanted = PreferencesChange.none()
                    .hours(FormValues.number(minHours), FormValues.number(maxHours))
                    .travelRadiusKm(FormValues.number(travelRadiusKm))
                    .sectors(FormValues.setOf(Sector.class, sectors))
                    .motivation(FormValues.oneOf(Motivation.class, motivation))
                    .availability(FormValues.oneOf(Availability.class, availability))
                    .workingConditions(FormValues.setOf(WorkingCondition.class, workingConditions))
                    .supportNeeds(FormValues.setOf(SupportNeed.class, supportNeeds));
            model.addAttribute("wanted", wanted.applyTo(person.profile().preferences())); // shown again if refused
            return forms.save(ChangeProfile.preferences(person.id(), signedIn.asAuthor(), wanted), "wishes.saved",
                    HOME + "/wensen", () -> wishesPage(locale, model), model, response, redirect);
        }).orElse("redirect:" + HOME);
    }

    @GetMapping(HOME + "/zichtbaarheid")
    String visibility(Model model) {
        return signedIn.person().map(person -> {
            model.addAttribute("visibility", person.profile().preferences().visibility());
            model.addAttribute("choices", Visibility.values());
            return "profiel/zichtbaarheid";
        }).orElse("redirect:" + HOME);
    }

    @PostMapping(HOME + "/zichtbaarheid")
    String saveVisibility(@RequestParam(required = false) String visibility, Model model, HttpServletResponse response,
                          RedirectAttributes redirect) {
        return signedIn.person().map(person -> {
            Visibility chosen = FormValues.oneOf(Visibility.class, visibility);
            model.addAttribute("visibility", chosen);
            model.addAttribute("choices", Visibility.values());
            return forms.save(ChangeProfile.preferences(person.id(), signedIn.asAuthor(),
                            PreferencesChange.none().visibility(chosen)), "visibility.saved",
                    HOME + "/zichtbaarheid", () -> "profiel/zichtbaarheid", model, response, redirect);
        }).orElse("redirect:" + HOME);
    }

    private String wishesPage(Locale locale, Model model) {
        model.addAttribute("language", ProfileForms.language(locale));
        model.addAttribute("sectorChoices", Sector.values());
        model.addAttribute("motivations", Motivation.values());
        model.addAttribute("availabilities", Availability.values());
        model.addAttribute("conditionChoices", WorkingCondition.values());
        model.addAttribute("supportChoices", SupportNeed.values());
        return "profiel/wensen";
    }
}
