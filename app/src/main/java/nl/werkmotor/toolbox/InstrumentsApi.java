package nl.werkmotor.toolbox;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import nl.werkmotor.employers.EmployerAdvisers;
import nl.werkmotor.identity.CurrentUser;
import nl.werkmotor.identity.FindCurrentUser;
import nl.werkmotor.matching.AccessToPerson;
import nl.werkmotor.processinglog.ProcessingPurpose;
import nl.werkmotor.vacancies.FindVacancies;
import nl.werkmotor.web.ApiProblem;
import nl.werkmotor.web.ApiProblem.InvalidParam;
import nl.werkmotor.web.ApiProblem.Message;

/**
 * The Toolbox over {@code /api/v1}: the instruments of the edition in force on a date (every professional role),
 * and those for one candidate and vacancy with each rule's reason (the person's case worker; the account manager who
 * owns the vacancy's employer and asked an introduction the person said yes to). Anyone else gets 404, as if the
 * candidate did not exist.
 */
@RestController
class InstrumentsApi {

    private final FindEditions editions;
    private final EvaluatingInstruments evaluating;
    private final FindCurrentUser users;
    private final FindVacancies vacancies;
    private final ObjectProvider<AccessToPerson> caseload;
    private final ObjectProvider<EmployerAdvisers> advisers;
    private final ObjectProvider<IntroducedCandidates> introduced;

    InstrumentsApi(FindEditions editions, EvaluatingInstruments evaluating, FindCurrentUser users, FindVacancies vacancies,
                   ObjectProvider<AccessToPerson> caseload, ObjectProvider<EmployerAdvisers> advisers,
                   ObjectProvider<IntroducedCandidates> introduced) {
        this.editions = editions;
        this.evaluating = evaluating;
        this.users = users;
        this.vacancies = vacancies;
        this.caseload = caseload;
        this.advisers = advisers;
        this.introduced = introduced;
    }

    record Editie(long id, LocalDate ingangsdatum, String status, String soortWijziging, String watVeranderde) {

        static Editie of(InstrumentEdition e) {
            return new Editie(e.id(), e.takesEffectOn(), e.status().name(), e.changeKind().name(), e.whatChanged());
        }
    }

    record Regel(String feit, List<String> waarden, Integer grens, String voorwaarde, String conditionEn, String bron,
                 boolean doorRegioGecontroleerd, LocalDate geldigVan, LocalDate geldigTot) {

        static Regel of(EligibilityRule r) {
            return new Regel(r.fact().name(), r.values().stream().sorted().toList(), r.number(), r.condition(true),
                    r.condition(false), r.source(), r.checkedByRegion(), r.validFrom(), r.validTo());
        }
    }

    /** What an instrument gives: amounts in euros. */
    record Geeft(BigDecimal bedrag, boolean perUur, Integer percentage, BigDecimal maximumPerJaar, Integer duurMaanden,
                 String omschrijving, String descriptionEn) {

        static Geeft of(Offer o) {
            return new Geeft(o.amount(), o.perHour(), o.percentage(), o.capPerYear(), o.durationMonths(), o.nl(), o.en());
        }
    }

    record Instrumentinfo(String code, String naam, String nameEn, String wettelijkeBasis, String aanbieder,
                          List<String> inzetbaarDoor, Geeft geeft, String voorwaarden, String conditionsEn,
                          List<Regel> regels, LocalDate geldigVan, LocalDate geldigTot) {

        static Instrumentinfo of(Instrument i) {
            return new Instrumentinfo(i.code(), i.nameNl(), i.nameEn(), i.legalBasis().name(), i.provider(), i.usableBy(),
                    Geeft.of(i.offer()), i.conditionsNl(), i.conditionsEn(), i.rules().stream().map(Regel::of).toList(),
                    i.validFrom(), i.validTo());
        }
    }

    record Instrumenten(LocalDate peildatum, Editie editie, List<Instrumentinfo> instrumenten) {
    }

    record Uitkomst(String voorwaarde, String oordeel, String reden, String reasonEn, String bron,
                    boolean doorRegioGecontroleerd) {

        static Uitkomst of(RuleOutcome o) {
            return new Uitkomst(o.rule().condition(true), o.verdict().name(), o.nl(), o.en(), o.rule().source(),
                    o.rule().checkedByRegion());
        }
    }

    /** @param toepassing APPLIES, MAY_APPLY (a fact unknown), DOES_NOT_APPLY or NOT_IN_FORCE */
    record Beoordeling(String code, String naam, String nameEn, String toepassing, Geeft geeft, List<Uitkomst> regels) {

        static Beoordeling of(InstrumentEvaluation e) {
            Instrument i = e.instrument();
            return new Beoordeling(i.code(), i.nameNl(), i.nameEn(), e.applicability().name(), Geeft.of(i.offer()),
                    e.outcomes().stream().map(Uitkomst::of).toList());
        }
    }

    record KandidaatInstrumenten(long kandidaat, long vacature, LocalDate peildatum, Editie editie,
                                 List<Beoordeling> instrumenten) {
    }

    @GetMapping("/api/v1/instrumenten")
    Instrumenten instruments(@RequestParam(required = false) String peildatum) {
        LocalDate date = date(peildatum);
        InstrumentEdition edition = editions.editionInForceOn(date).orElseThrow(() -> notFound(
                NoSuchEvaluation.noEdition(date)));
        return new Instrumenten(date, Editie.of(edition), edition.instruments().stream().map(Instrumentinfo::of).toList());
    }

    @GetMapping("/api/v1/kandidaten/{id}/instrumenten")
    KandidaatInstrumenten candidate(@PathVariable long id, @RequestParam(required = false) String vacature,
                                    @RequestParam(required = false) String peildatum,
                                    @RequestParam(required = false) String contractmaanden) {
        LocalDate date = date(peildatum);
        long vacancy = number("vacature", vacature, true).orElseThrow();
        Integer months = number("contractmaanden", contractmaanden, false).map(Long::intValue).orElse(null);
        CurrentUser user = users.current().orElseThrow();
        ProcessingPurpose purpose = switch (user.role()) {
            case KLANTMANAGER -> allowedToCaseWorker(id) ? ProcessingPurpose.GUIDANCE : null;
            case ACCOUNTMANAGER -> allowedToAdviser(id, vacancy) ? ProcessingPurpose.INTRODUCTION_FOLLOW_UP : null;
            default -> null;
        };
        if (purpose == null) {
            throw ApiProblem.notFound(new Message("Kandidaat niet gevonden", "Candidate not found"),
                    new Message("Er is geen kandidaat " + id + " voor u bij deze vacature.",
                            "There is no candidate " + id + " for you at this vacancy."));
        }
        try {
            Evaluation evaluation = evaluating.evaluate(new EvaluateInstruments(id, vacancy, date, months, purpose,
                    new Message("Welke regelingen passen bij u en een vacature, bekeken door uw "
                            + (purpose == ProcessingPurpose.GUIDANCE ? "klantmanager" : "accountmanager"),
                            "Which measures suit you and a vacancy, viewed by your "
                                    + (purpose == ProcessingPurpose.GUIDANCE ? "case worker" : "employer adviser"))));
            return new KandidaatInstrumenten(id, vacancy, date, Editie.of(evaluation.edition()),
                    evaluation.instruments().stream().map(Beoordeling::of).toList());
        } catch (NoSuchEvaluation missing) {
            throw notFound(missing);
        }
    }

    private boolean allowedToCaseWorker(long personId) {
        AccessToPerson access = caseload.getIfAvailable();
        return access != null && access.allows(personId);
    }

    private boolean allowedToAdviser(long personId, long vacancyId) {
        EmployerAdvisers adviser = advisers.getIfAvailable();
        IntroducedCandidates candidates = introduced.getIfAvailable();
        CurrentUser user = users.current().orElseThrow();
        return adviser != null && candidates != null
                && vacancies.byId(vacancyId).filter(v -> adviser.advises(user, v.employerId())).isPresent()
                && candidates.saidYesToSignedInAdviser(personId, vacancyId);
    }

    private static ApiProblem notFound(NoSuchEvaluation missing) {
        return ApiProblem.notFound(missing.title(), missing.detail());
    }

    /** The date asked for, today (Dutch time) when none. */
    static LocalDate date(String peildatum) {
        if (peildatum == null || peildatum.isBlank()) {
            return LocalDate.now(ToolboxClock.SYSTEM);
        }
        try {
            return LocalDate.parse(peildatum.strip());
        } catch (DateTimeParseException notADate) {
            throw ApiProblem.invalid(List.of(new InvalidParam("peildatum", new Message(
                    "Een datum als 2027-03-01.", "A date such as 2027-03-01."))));
        }
    }

    private static Optional<Long> number(String name, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw ApiProblem.invalid(List.of(new InvalidParam(name, new Message("Verplicht: een nummer.",
                        "Required: a number."))));
            }
            return Optional.empty();
        }
        try {
            long number = Long.parseLong(value.strip());
            if (number < 0 || number > Integer.MAX_VALUE) {
                throw new NumberFormatException();
            }
            return Optional.of(number);
        } catch (NumberFormatException notANumber) {
            throw ApiProblem.invalid(List.of(new InvalidParam(name, new Message("Een heel getal, 0 of meer.",
                    "A whole number, 0 or more."))));
        }
    }
}
