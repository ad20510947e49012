package nl.werkmotor.guidance;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import nl.werkmotor.people.Person;
import nl.werkmotor.people.SkillClaim;
import nl.werkmotor.platform.Refusal;
import nl.werkmotor.showcase.FindIntroductions;
import nl.werkmotor.showcase.IntroductionOutcome;
import nl.werkmotor.taxonomy.FindSkill;
import nl.werkmotor.taxonomy.Language;
import nl.werkmotor.taxonomy.SkillSummary;
import nl.werkmotor.web.ApiProblem.Message;

/**
 * A person's file as their case worker reads it ({@code begeleiding/klant}): profile, skills with evidence,
 * wishes, intakes, notes, proposed vacancies and the person's introductions to employers. One place, so that
 * every form on it comes back to the same page when refused.
 */
@Component
class PersonFile {

    /** When a note or intake was written, as the case worker's clock shows it. */
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d-M-yyyy HH:mm")
            .withZone(ZoneId.of("Europe/Amsterdam"));

    private final FindCaseload caseload;
    private final FindGuidanceRecords records;
    private final FindSkill skills;
    private final FindIntroductions introductions;

    PersonFile(FindCaseload caseload, FindGuidanceRecords records, FindSkill skills, FindIntroductions introductions) {
        this.caseload = caseload;
        this.records = records;
        this.skills = skills;
        this.introductions = introductions;
    }

    /**
     * @param refused the refusal of the note form, or null
     * @param form    what was typed into the note form, to show again
     * @throws NotInCaseload when the person is not in the case worker's caseload
     */
    String show(CaseWorker caseWorker, long id, Locale locale, Model model, Refusal refused, Map<String, String> form) {
        Person person = caseload.file(caseWorker, id, new Message(
                "Uw profiel en dossier bekeken door uw klantmanager", "Your profile and file viewed by your case worker"));
        Language language = Language.of(locale.getLanguage()).orElse(Language.NL);
        Map<String, SkillSummary> skillNames = skills.summaries(
                person.profile().skills().stream().map(SkillClaim::skillUri).toList(), language);
        model.addAttribute("person", person);
        model.addAttribute("facts", caseload.factsWithFile(caseWorker, id));
        model.addAttribute("language", language);
        model.addAttribute("when", WHEN);
        model.addAttribute("skillNames", skillNames);
        model.addAttribute("intakes", records.intakes(id));
        model.addAttribute("notes", records.notes(id));
        model.addAttribute("proposals", records.proposals(id));
        model.addAttribute("introductions", introductions.ofGuidedPerson(id));
        model.addAttribute("purposes", NotePurpose.values());
        model.addAttribute("outcomes", ProposalOutcome.values());
        model.addAttribute("introductionOutcomes", IntroductionOutcome.values());
        model.addAttribute("refused", refused);
        model.addAttribute("form", form);
        return "begeleiding/klant";
    }
}
