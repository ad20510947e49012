package nl.werkmotor.people;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

import nl.werkmotor.platform.Refusal.Reason;
import nl.werkmotor.taxonomy.FindOccupation;
import nl.werkmotor.taxonomy.FindSkill;
import nl.werkmotor.taxonomy.Language;
import nl.werkmotor.taxonomy.LinkText;
import nl.werkmotor.taxonomy.LinkingText;
import nl.werkmotor.taxonomy.Occupation;
import nl.werkmotor.taxonomy.SearchingTaxonomy;
import nl.werkmotor.taxonomy.TaxonomySearch;
import nl.werkmotor.taxonomy.TextLinkingRefused;
import nl.werkmotor.taxonomy.TextMentionFound;

/**
 * {@code /mijn-profiel/vaardigheden}, "Wat kan ik": find a skill by typing (htmx follows the typing,
 * a plain GET form without JavaScript), pick skills from a job held before (its essential skills to
 * tick), or paste a CV and confirm the skills found in it. Nothing is added without the person saying so.
 */
@Controller
class SkillPages {

    static final String PAGE = ProfilePages.HOME + "/vaardigheden";
    private static final int RESULTS = 10;
    private static final int MAX_SEARCH = 200;

    private final FindSignedInPerson signedIn;
    private final FindSkill skills;
    private final FindOccupation occupations;
    private final SearchingTaxonomy searching;
    private final LinkingText linking;
    private final ProfileForms forms;

    SkillPages(FindSignedInPerson signedIn, FindSkill skills, FindOccupation occupations, SearchingTaxonomy searching,
               LinkingText linking, ProfileForms forms) {
        this.signedIn = signedIn;
        this.skills = skills;
        this.occupations = occupations;
        this.searching = searching;
        this.linking = linking;
        this.forms = forms;
    }

    /**
     * @param zoek      words of a skill to find
     * @param beroep    words of a job held before
     * @param uitBeroep the URI of the job chosen: its essential skills are offered to tick
     */
    @GetMapping(PAGE)
    String page(@RequestParam(defaultValue = "") String zoek, @RequestParam(defaultValue = "") String beroep,
                @RequestParam(required = false) String uitBeroep, Locale locale, Model model) {
        return signedIn.person().map(person -> show(person, zoek, beroep, uitBeroep, locale, model))
                .orElse("redirect:" + ProfilePages.HOME);
    }

    @PostMapping(PAGE + "/toevoegen")
    String add(@RequestParam(name = "skill", required = false) List<String> skillUris, Locale locale, Model model,
               HttpServletResponse response, RedirectAttributes redirect) {
        return change(ChangeProfile::addSkills, skillUris, "skills.added", locale, model, response, redirect);
    }

    @PostMapping(PAGE + "/verwijderen")
    String remove(@RequestParam(name = "skill", required = false) List<String> skillUris, Locale locale, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        return change(ChangeProfile::removeSkills, skillUris, "skills.removed", locale, model, response, redirect);
    }

    private String change(SkillChange change, List<String> skillUris, String message, Locale locale, Model model,
                          HttpServletResponse response, RedirectAttributes redirect) {
        return signedIn.person().map(person -> forms.save(
                change.of(person.id(), signedIn.asAuthor(), skillUris == null ? List.of() : skillUris), message, PAGE,
                () -> show(person, "", "", null, locale, model), model, response, redirect))
                .orElse("redirect:" + ProfilePages.HOME);
    }

    /** Adding or removing skills, as {@link ChangeProfile} makes them. */
    private interface SkillChange {
        ChangeProfile of(long personId, ChangeAuthor author, List<String> skillUris);
    }

    /** The skills a pasted CV names, to confirm; the text itself is not kept. */
    @PostMapping(PAGE + "/cv")
    String fromCv(@RequestParam(defaultValue = "") String tekst, Locale locale, Model model,
                  HttpServletResponse response) {
        return signedIn.person().map(person -> {
            String view = show(person, "", "", null, locale, model);
            if (tekst.isBlank() || tekst.length() > LinkText.MAX_TEXT) {
                return ProfileForms.refused(new ProfileChangeRefused(List.of(new Reason("tekst",
                        "Plak een tekst van hoogstens " + LinkText.MAX_TEXT + " tekens.",
                        "Paste a text of at most " + LinkText.MAX_TEXT + " characters."))), view, model, response);
            }
            List<TextMentionFound> mentions;
            try {
                mentions = linking.link(new LinkText(tekst, ProfileForms.language(locale)));
            } catch (TextLinkingRefused refused) {
                return ProfileForms.refused(new ProfileChangeRefused(refused.reasons()), view, model, response);
            }
            Set<String> claimed = claimed(person);
            Map<String, TextMentionFound> found = new LinkedHashMap<>();
            for (TextMentionFound mention : mentions) {
                if (mention.kind().equals("skill") && !claimed.contains(mention.uri())) {
                    found.putIfAbsent(mention.uri(), mention);
                }
            }
            model.addAttribute("cvSkills", List.copyOf(found.values()));
            model.addAttribute("tekst", tekst);
            return view;
        }).orElse("redirect:" + ProfilePages.HOME);
    }

    private String show(Person person, String zoek, String beroep, String uitBeroep, Locale locale, Model model) {
        Language language = ProfileForms.language(locale);
        String skillText = cut(zoek);
        String jobText = cut(beroep);
        model.addAttribute("skills", ProfileSkills.of(person, skills, language));
        model.addAttribute("claimed", claimed(person));
        model.addAttribute("zoek", skillText);
        model.addAttribute("hits", skillText.isEmpty() ? List.of()
                : searching.search(new TaxonomySearch(skillText, TaxonomySearch.Concepts.SKILLS, language, RESULTS)));
        model.addAttribute("beroep", jobText);
        model.addAttribute("jobHits", jobText.isEmpty() ? List.of()
                : searching.search(new TaxonomySearch(jobText, TaxonomySearch.Concepts.OCCUPATIONS, language, RESULTS)));
        List<Occupation> previous = new ArrayList<>();
        person.previousOccupations().stream().limit(3)
                .forEach(uri -> occupations.byUri(uri, language).ifPresent(previous::add));
        model.addAttribute("previousJobs", previous);
        model.addAttribute("chosenJob", Optional.ofNullable(uitBeroep).filter(uri -> uri.startsWith(FindOccupation.URI_PREFIX))
                .flatMap(uri -> occupations.byUri(uri, language)).orElse(null));
        return "profiel/vaardigheden";
    }

    private static Set<String> claimed(Person person) {
        return person.profile().skills().stream().map(SkillClaim::skillUri).collect(Collectors.toSet());
    }

    private static String cut(String text) {
        String stripped = text.strip();
        return stripped.length() > MAX_SEARCH ? stripped.substring(0, MAX_SEARCH) : stripped;
    }
}
