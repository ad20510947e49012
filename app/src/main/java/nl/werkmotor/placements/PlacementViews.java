package nl.werkmotor.placements;

import java.util.List;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import nl.werkmotor.employers.Employer;
import nl.werkmotor.employers.FindEmployers;
import nl.werkmotor.people.FindPeople;
import nl.werkmotor.showcase.FindIntroductionsForPlacement;
import nl.werkmotor.showcase.FindIntroductionsForPlacement.IntroductionForPlacement;
import nl.werkmotor.toolbox.FindEditions;
import nl.werkmotor.toolbox.InstrumentEdition;
import nl.werkmotor.vacancies.FindVacancies;
import nl.werkmotor.vacancies.Vacancy;

/** Placements as their readers see them, in the language of the request. Callers log the read. */
@Component
class PlacementViews {

    private final Placements placements;
    private final FindPeople people;
    private final FindEmployers employers;
    private final FindVacancies vacancies;
    private final FindEditions editions;
    private final FindIntroductionsForPlacement introductions;

    PlacementViews(Placements placements, FindPeople people, FindEmployers employers, FindVacancies vacancies,
                   FindEditions editions, FindIntroductionsForPlacement introductions) {
        this.placements = placements;
        this.people = people;
        this.employers = employers;
        this.vacancies = vacancies;
        this.editions = editions;
        this.introductions = introductions;
    }

    /** @param reader the reader's side; null for the person themselves */
    PlacementView of(Placement p, Side reader) {
        Locale locale = LocaleContextHolder.getLocale();
        String person = reader == Side.ACCOUNTMANAGER
                ? introductions.byId(p.introductionId()).map(IntroductionForPlacement::candidate).orElse("")
                : people.byId(p.personId()).map(x -> x.firstName() + " " + x.lastName()).orElse("");
        List<PlacementView.InstrumentView> used = p.instruments().stream().map(u -> {
            var edition = editions.byId(u.editionId());
            return new PlacementView.InstrumentView(u.code(), edition.flatMap(e -> e.instrument(u.code()))
                    .map(i -> i.name(locale)).orElse(u.code()), u.editionId(),
                    edition.map(InstrumentEdition::takesEffectOn).orElse(null));
        }).toList();
        List<PlacementView.ChangeView> changes = placements.changes(p.id()).stream()
                .map(c -> new PlacementView.ChangeView(c.step(), c.stepOn(), "en".equals(locale.getLanguage())
                        ? c.whatEn() : c.whatNl(), c.byName(), label(c.as(), locale), c.at())).toList();
        return new PlacementView(p.id(), p.introductionId(), person, p.vacancyId(),
                vacancies.byId(p.vacancyId()).map(Vacancy::title).orElse(""), p.employerId(),
                employers.byId(p.employerId()).map(Employer::name).orElse(""), p.accountManager(),
                p.employerSector(), p.step(), p.step().label(locale), p.acceptedOn(), p.interviewOn(), p.trialFrom(),
                p.startedOn(), p.aftercareFrom(), p.lasting6On(), p.lasting12On(), p.endedOn(), p.endReason(),
                p.hoursPerWeek(), p.contractMonths(), p.contractReaches(6) ? p.lastingDay(6) : null,
                p.contractReaches(12) ? p.lastingDay(12) : null, p.outflowBenefit(), p.outflowOn(), used,
                api(p.recordedAs()), api(p.toConfirmBy()),
                reader != null && reader.name().equals(p.toConfirmBy()), p.confirmedName(),
                reader == null ? List.of() : PlacementPolicy.next(p.step()), changes);
    }

    String vacancyTitle(long vacancyId) {
        return vacancies.byId(vacancyId).map(Vacancy::title).orElse("");
    }

    String employerName(long employerId) {
        return employers.byId(employerId).map(Employer::name).orElse("de werkgever");
    }

    private static String api(String side) {
        return side == null ? null : side.equals(Side.CASE_WORKER.name()) ? "klantmanager" : "accountmanager";
    }

    private static String label(String as, Locale locale) {
        return switch (as) {
            case "CASE_WORKER" -> Side.CASE_WORKER.label(locale);
            case "ACCOUNTMANAGER" -> Side.ACCOUNTMANAGER.label(locale);
            default -> "Werkmotor";
        };
    }
}
