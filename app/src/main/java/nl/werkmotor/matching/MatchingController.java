package nl.werkmotor.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import nl.werkmotor.platform.Refusal.Reason;
import nl.werkmotor.processinglog.Operation;
import nl.werkmotor.processinglog.ProcessingPurpose;
import nl.werkmotor.processinglog.RecordingProcessing;
import nl.werkmotor.taxonomy.Language;
import nl.werkmotor.web.ApiProblem.Message;
import nl.werkmotor.web.ApiProblem;

/**
 * The matching questions over {@code /api/v1}. Skills and occupations may be named by their full ESCO
 * URI or by the UUID at its end. Questions about skills and occupations are public (no personal data);
 * questions about people need a professional's login (see the web module's security configuration); about
 * one person, being their case worker ({@link AccessToPerson}); about a vacancy's candidates, what
 * {@link FindingCandidates} lets the professional see. Each answer about people is written in their
 * processing log: one record per person in it.
 */
@RestController
class MatchingController {

    private static final String SKILL = "http://data.europa.eu/esco/skill/";
    private static final String OCCUPATION = "http://data.europa.eu/esco/occupation/";
    private static final Pattern UUID = Pattern.compile("[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}");

    private final SuggestingOccupations suggesting;
    private final MatchingPeopleAndWork matching;
    private final FindingSkillGaps gaps;
    private final FindingCandidates candidates;
    private final RecordingProcessing recording;
    private final AccessToPerson access;

    MatchingController(SuggestingOccupations suggesting, MatchingPeopleAndWork matching, FindingSkillGaps gaps,
                       FindingCandidates candidates, RecordingProcessing recording, AccessToPerson access) {
        this.suggesting = suggesting;
        this.matching = matching;
        this.gaps = gaps;
        this.candidates = candidates;
        this.recording = recording;
        this.access = access;
    }

    /** {@code ?vaardigheden=uri,uri,...}: the occupations these skills fit, regardless of CV or diploma. */
    @GetMapping("/api/v1/beroepssuggesties")
    List<MatchResult> occupations(@RequestParam(required = false) List<String> vaardigheden,
                                  @RequestParam(defaultValue = "nl") String taal,
                                  @RequestParam(defaultValue = "10") int pageSize) {
        return answer(taal, language -> suggesting.forSkills(uris(SKILL, vaardigheden), language, pageSize));
    }

    @GetMapping("/api/v1/beroepen/{id}/verwante-beroepen")
    List<MatchResult> nearby(@PathVariable String id, @RequestParam(defaultValue = "nl") String taal,
                             @RequestParam(defaultValue = "10") int pageSize) {
        return answer(taal, language -> suggesting.nearby(uri(OCCUPATION, id), language, pageSize));
    }

    /** {@code ?vaardigheden=...&doelBeroep=...}: what is missing towards an occupation, most doors first. */
    @GetMapping("/api/v1/vaardigheidskloven")
    List<SkillGapResult> gapsTowardsOccupation(@RequestParam(required = false) List<String> vaardigheden,
                                               @RequestParam(required = false) String doelBeroep,
                                               @RequestParam(defaultValue = "nl") String taal,
                                               @RequestParam(defaultValue = "10") int pageSize) {
        return answer(taal, language -> gaps.towardsOccupation(uris(SKILL, vaardigheden), uri(OCCUPATION, doelBeroep),
                language, pageSize));
    }

    @GetMapping("/api/v1/vacatures/{id}/kandidaten")
    @io.swagger.v3.oas.annotations.Operation(summary = "Kandidaten voor een vacature / candidates for a vacancy",
            description = """
            Een klantmanager krijgt de passende mensen uit de eigen caseload die partners mogen vinden, met hun id. \
            Een accountmanager van het WerkgeversServicePunt krijgt alleen kandidaten voor vacatures van werkgevers \
            in de eigen portefeuille (anders 404), alleen mensen die werkgevers anoniem mogen zien, elk onder het \
            pseudoniem van de etalage voor deze vacature (id "K-…"), nooit een persoons-id. De toestemming wordt bij \
            elk antwoord opnieuw gelezen. Elke persoon in het antwoord komt in het eigen verwerkingenlogboek. / \
            A case worker gets the fitting people of their own caseload who let partners find them, with their id. \
            An account manager of the WSP gets candidates only for vacancies of employers in their own portfolio \
            (otherwise 404), only people who let employers see them anonymously, each under the showcase's \
            pseudonym for this vacancy (id "K-…"), never a person id. Consent is read again for every answer. \
            Every person in the answer gets a record in their own processing log.""")
    List<MatchResult> candidates(@PathVariable long id, @RequestParam(defaultValue = "nl") String taal,
                                 @RequestParam(defaultValue = "10") int pageSize) {
        return answer(taal, language -> candidates.forVacancy(id, language, pageSize));
    }

    @GetMapping("/api/v1/kandidaten/{id}/vacatures")
    List<MatchResult> vacancies(@PathVariable long id, @RequestParam(defaultValue = "nl") String taal,
                                @RequestParam(defaultValue = "10") int pageSize) {
        List<MatchResult> vacancies = answer(taal, language -> {
            mayRead(id);
            return matching.vacanciesFor(id, language, pageSize);
        });
        recording.record(id, Operation.READ, ProcessingPurpose.MATCHING, new Message(
                "Vacatures gezocht die bij uw vaardigheden passen", "Looked for vacancies that suit your skills"));
        return vacancies;
    }

    @GetMapping("/api/v1/kandidaten/{id}/vaardigheidskloven")
    List<SkillGapResult> gapsTowardsVacancy(@PathVariable long id, @RequestParam long doelVacature,
                                            @RequestParam(defaultValue = "nl") String taal,
                                            @RequestParam(defaultValue = "10") int pageSize) {
        List<SkillGapResult> missing = answer(taal, language -> {
            mayRead(id);
            return gaps.towardsVacancy(id, doelVacature, language, pageSize);
        });
        recording.record(id, Operation.READ, ProcessingPurpose.MATCHING,
                new Message("Bekeken welke vaardigheden u nog mist voor vacature " + doelVacature,
                        "Looked at which skills you still need for vacancy " + doelVacature));
        return missing;
    }

    /** Someone else's person answers as a person that does not exist: an id reveals nothing. */
    private void mayRead(long personId) {
        if (!access.allows(personId)) {
            throw new MatchSubjectNotFound("Er is geen persoon met id " + personId + " in uw caseload",
                    "There is no person with id " + personId + " in your caseload");
        }
    }

    /** Asks the question, in Dutch if {@code taal} is wrong, so that the refusal names that problem with all others. */
    private static <T> T answer(String taal, Function<Language, T> question) {
        Optional<Language> language = Language.of(taal);
        List<Reason> problems = new ArrayList<>();
        if (language.isEmpty()) {
            problems.add(new Reason("taal", "taal moet 'nl' of 'en' zijn, niet '" + taal + "'.",
                    "taal must be 'nl' or 'en', not '" + taal + "'."));
        }
        try {
            T answer = question.apply(language.orElse(Language.NL));
            if (problems.isEmpty()) {
                return answer;
            }
        } catch (MatchRequestRefused refused) {
            problems.addAll(refused.reasons());
        } catch (MatchSubjectNotFound missing) {
            throw ApiProblem.notFound(new Message("Niet gevonden", "Not found"),
                    new Message(missing.nl(), missing.en()));
        }
        throw ApiProblem.invalid(new MatchRequestRefused(problems));
    }

    private static List<String> uris(String prefix, List<String> ids) {
        return ids == null ? null : ids.stream().map(id -> uri(prefix, id)).toList();
    }

    /** A bare UUID becomes the ESCO URI; anything else is passed on as given, to be checked (and refused) there. */
    private static String uri(String prefix, String id) {
        return id != null && UUID.matcher(id.strip()).matches() ? prefix + id.strip().toLowerCase() : id;
    }
}
