package nl.werkmotor.matching;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import nl.werkmotor.people.FindSignedInPerson;
import nl.werkmotor.people.Person;
import nl.werkmotor.people.SkillClaim;
import nl.werkmotor.taxonomy.Language;

/**
 * {@code /mijn-profiel/suggesties}: for the signed-in person, the occupations and vacancies that fit
 * what they can, each with why it fits and what is still missing (straight from the match explanation),
 * and the skills that would open the most doors towards the best-fitting occupation.
 */
@Controller
class SuggestionsPage {

    private static final int SHOWN = 5;

    private final FindSignedInPerson signedIn;
    private final SuggestingOccupations occupations;
    private final MatchingPeopleAndWork matching;
    private final FindingSkillGaps gaps;

    SuggestionsPage(FindSignedInPerson signedIn, SuggestingOccupations occupations, MatchingPeopleAndWork matching,
                    FindingSkillGaps gaps) {
        this.signedIn = signedIn;
        this.occupations = occupations;
        this.matching = matching;
        this.gaps = gaps;
    }

    @GetMapping("/mijn-profiel/suggesties")
    String suggestions(Locale locale, Model model) {
        return signedIn.person().map(person -> show(person, Language.of(locale.getLanguage()).orElse(Language.NL),
                model)).orElse("redirect:/mijn-profiel");
    }

    private String show(Person person, Language language, Model model) {
        List<String> skills = person.profile().skills().stream().map(SkillClaim::skillUri).toList();
        List<MatchResult> fitting = skills.isEmpty() ? List.of() : occupations.forSkills(skills, language, SHOWN);
        model.addAttribute("occupations", fitting);
        model.addAttribute("vacancies", matching.vacanciesFor(person.id(), language, SHOWN));
        model.addAttribute("goal", fitting.isEmpty() ? null : fitting.getFirst());
        model.addAttribute("doors", fitting.isEmpty() ? List.of()
                : gaps.towardsOccupation(skills, fitting.getFirst().uri(), language, SHOWN));
        return "profiel/suggesties";
    }
}
