package nl.werkmotor.showcase;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import nl.werkmotor.people.FindPersonalDataHeldElsewhere;
import nl.werkmotor.people.PersonalDataSection;
import nl.werkmotor.showcase.Introductions.Introduction;
import nl.werkmotor.taxonomy.Language;
import nl.werkmotor.web.ApiProblem.Message;

/**
 * The showcase's part of the person's data export: their introductions to employers, with the message each employer
 * wrote, the contact details they gave, whether the employer still sees them, and what came of it; and whether they
 * let their case worker decide. Values in the words of the person's own introductions page.
 */
@Component
class IntroductionsForTheExport implements FindPersonalDataHeldElsewhere {

    private final Introductions introductions;
    private final IntroductionViews views;
    private final MessageSource messages;

    IntroductionsForTheExport(Introductions introductions, IntroductionViews views, MessageSource messages) {
        this.introductions = introductions;
        this.views = views;
        this.messages = messages;
    }

    @Override
    public List<PersonalDataSection> about(long personId, Language language) {
        Locale locale = Locale.of(language.code());
        return List.of(
                PersonalDataSection.of("introductions", new Message("Kennismakingen met werkgevers",
                        "Introductions to employers"), List.of("introduction"), language,
                        introductions.ofPerson(personId), (i, item) -> {
                            IntroductionView view = views.of(i, false);
                            item.add("vacancy", "Vacature", "Vacancy", view.vacancyTitle())
                                    .add("employer", "Werkgever", "Employer", view.employerName())
                                    .add("candidate", "Uw schuilnaam bij deze werkgever", "Your pseudonym with this employer",
                                            i.candidate())
                                    .add("requestedAt", "Gevraagd op", "Asked on", i.requestedAt())
                                    .add("requestedBy", "Gevraagd door", "Asked by", requester(i, locale))
                                    .add("message", "Bericht van de werkgever", "Message from the employer",
                                            i.message().isEmpty() ? null : i.message())
                                    .add("status", "Stand", "Status", text("mine.status." + i.status(), locale))
                                    .add("decidedAt", "Besloten op", "Decided on", i.decidedAt())
                                    .add("decidedBy", "Besloten door", "Decided by", i.decidedAs() == null ? null
                                            : text("caseload.introductions.decidedBy." + view.decidedBy(), locale))
                                    .add("email", "E-mailadres dat u gaf", "E-mail address you gave", i.email())
                                    .add("phone", "Telefoonnummer dat u gaf", "Phone number you gave", i.phone())
                                    .add("contactShared", "Ziet de werkgever uw naam en contactgegevens?",
                                            "Does the employer see your name and contact details?",
                                            view.contactShared() == null ? null : yesNo(view.contactShared(), locale))
                                    .add("contactConsentAt", "Zo gekozen op", "Chosen so on", view.contactConsentAt())
                                    .add("outcome", "Uitkomst", "Outcome", i.outcome() == null ? null
                                            : text("introductions.outcome." + i.outcome(), locale))
                                    .add("outcomeAt", "Uitkomst vastgelegd op", "Outcome recorded on", i.outcomeAt());
                        }),
                PersonalDataSection.of("introductionDelegation", new Message("Wie beslist over kennismakingen",
                        "Who decides on introductions"), List.of("introduction_delegation"), language,
                        introductions.delegatedSince(personId).stream().toList(), (since, item) -> item
                                .add("caseWorkerDecides", "Mijn klantmanager mag voor mij ja of nee zeggen",
                                        "My case worker may say yes or no for me", yesNo(true, locale))
                                .add("since", "Sinds", "Since", since)));
    }

    private String requester(Introduction i, Locale locale) {
        String role = text("caseload.introductions.requester."
                + (i.requestedRole().equals("ACCOUNTMANAGER") ? "accountmanager" : "werkgever"), locale);
        return i.requestedName() == null ? role : role + " " + i.requestedName();
    }

    private String yesNo(boolean yes, Locale locale) {
        return new Message(yes ? "ja" : "nee", yes ? "yes" : "no").text(locale);
    }

    private String text(String code, Locale locale) {
        return messages.getMessage(code, null, locale);
    }
}
