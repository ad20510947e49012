package nl.werkmotor.guidance;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import nl.werkmotor.people.FindPersonalDataHeldElsewhere;
import nl.werkmotor.people.PersonalDataSection;
import nl.werkmotor.taxonomy.Language;
import nl.werkmotor.web.ApiProblem.Message;

/**
 * Guidance's part of the person's data export: whose caseload they are in, the intakes, the notes their case worker
 * wrote (with why) and the vacancies they proposed (with what came of them), as written. Values in the words of the
 * case worker's pages.
 */
@Component
class GuidanceForTheExport implements FindPersonalDataHeldElsewhere {

    private final FindGuidanceRecords records;
    private final MessageSource messages;

    GuidanceForTheExport(FindGuidanceRecords records, MessageSource messages) {
        this.records = records;
        this.messages = messages;
    }

    @Override
    public List<PersonalDataSection> about(long personId, Language language) {
        Locale locale = Locale.of(language.code());
        return List.of(
                PersonalDataSection.of("caseload", new Message("Uw klantmanager", "Your case worker"),
                        List.of("caseload"), language, records.caseloadOf(personId).stream().toList(),
                        (place, item) -> item
                                .add("caseWorker", "Klantmanager (inlognaam)", "Case worker (login)",
                                        place.caseWorker())
                                .add("organisation", "Organisatie", "Organisation", place.organisationId())
                                .add("since", "Sinds", "Since", place.since())),
                PersonalDataSection.of("intakes", new Message("Intakegesprekken", "Intake conversations"),
                        List.of("intake"), language, records.intakes(personId), (intake, item) -> item
                                .add("recordedAt", "Vastgelegd op", "Recorded on", intake.recordedAt())
                                .add("recordedBy", "Door", "By", intake.authorName())
                                .add("situation", "Situatie", "Situation", intake.situation())
                                .add("wishes", "Wensen", "Wishes", intake.wishes())
                                .add("supportNeeds", "Ondersteuning", "Support", intake.supportNeeds())
                                .add("nextSteps", "Afspraken", "Agreed next steps", intake.nextSteps())),
                PersonalDataSection.of("notes", new Message("Notities van uw klantmanager", "Your case worker's notes"),
                        List.of("guidance_note"), language, records.notes(personId), (note, item) -> item
                                .add("writtenAt", "Geschreven op", "Written on", note.writtenAt())
                                .add("writtenBy", "Door", "By", note.authorName())
                                .add("purpose", "Waarvoor", "What for",
                                        text("caseload.purpose." + note.purpose(), locale))
                                .add("text", "Tekst", "Text", note.text())),
                PersonalDataSection.of("proposals", new Message("Vacatures die uw klantmanager voorstelde",
                        "Vacancies your case worker proposed"), List.of("vacancy_proposal"), language,
                        records.proposals(personId), (proposal, item) -> item
                                .add("vacancy", "Vacature", "Vacancy", proposal.vacancyTitle())
                                .add("proposedAt", "Voorgesteld op", "Proposed on", proposal.proposedAt())
                                .add("proposedBy", "Door", "By", proposal.authorName())
                                .add("outcome", "Uitkomst", "Outcome", text("caseload.outcome."
                                        + (proposal.outcome() == null ? "OPEN" : proposal.outcome()), locale))));
    }

    private String text(String code, Locale locale) {
        return messages.getMessage(code, null, locale);
    }
}
