package nl.werkmotor.toolbox;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.OptionalInt;
import java.util.Set;

import org.springframework.stereotype.Component;

import nl.werkmotor.employers.Employer;
import nl.werkmotor.employers.FindEmployers;
import nl.werkmotor.people.BenefitType;
import nl.werkmotor.people.EligibilityFacts;
import nl.werkmotor.people.FindPeople;
import nl.werkmotor.people.Person;
import nl.werkmotor.people.TargetGroup;
import nl.werkmotor.people.WorkLimitation;
import nl.werkmotor.places.DeploymentRegion;
import nl.werkmotor.processinglog.Operation;
import nl.werkmotor.processinglog.RecordingProcessing;
import nl.werkmotor.vacancies.FindVacancies;
import nl.werkmotor.vacancies.Vacancy;

/**
 * The instruments for a person and a vacancy on a date, under the edition in force then. Turns what people,
 * vacancies and employers hold into the Toolbox's own facts ({@link Applicant}, {@link EmployerFacts},
 * {@link Job}), then evaluates purely ({@link Evaluation#of}). What the modules do not hold yet stays unknown, and
 * the rules say so: months out of work and loonwaarde; a work limitation is known only from the banenafspraak and
 * Wajong target groups (both need one); the contract length only when the user enters it.
 */
@Component
public class EvaluatingInstruments {

    private final FindEditions editions;
    private final FindPeople people;
    private final FindVacancies vacancies;
    private final FindEmployers employers;
    private final DeploymentRegion region;
    private final RecordingProcessing processing;

    EvaluatingInstruments(FindEditions editions, FindPeople people, FindVacancies vacancies, FindEmployers employers,
                          DeploymentRegion region, RecordingProcessing processing) {
        this.editions = editions;
        this.people = people;
        this.vacancies = vacancies;
        this.employers = employers;
        this.region = region;
        this.processing = processing;
    }

    /** @throws NoSuchEvaluation when the person or vacancy does not exist, or no edition was in force */
    public Evaluation evaluate(EvaluateInstruments command) {
        Person person = people.byId(command.personId()).orElseThrow(() -> NoSuchEvaluation.notFound(
                "Er is geen kandidaat " + command.personId() + ".", "There is no candidate " + command.personId() + "."));
        Vacancy vacancy = vacancies.byId(command.vacancyId()).orElseThrow(() -> NoSuchEvaluation.notFound(
                "Er is geen vacature " + command.vacancyId() + ".", "There is no vacancy " + command.vacancyId() + "."));
        InstrumentEdition edition = editions.editionInForceOn(command.date())
                .orElseThrow(() -> NoSuchEvaluation.noEdition(command.date()));
        EmployerFacts employer = new EmployerFacts(employers.byId(vacancy.employerId()).map(this::inRegion).orElse(null));
        processing.record(person.id(), Operation.READ, command.purpose(), command.logged());
        EligibilityFacts facts = people.eligibilityFacts(person.id()).orElseGet(() -> EligibilityFacts.of(person));
        return Evaluation.of(edition, applicant(facts, command.date()), employer, job(vacancy, command.contractMonths()),
                command.date());
    }

    /**
     * A person's facts as the Toolbox reads them, on a date (people's {@link EligibilityFacts}): their target-group
     * codes and benefit (a benefit counts as its group too), age (exact with a birth date), months out of work
     * from the benefit's start, whether a work limitation is established, the loonwaarde; null where unknown.
     */
    static Applicant applicant(EligibilityFacts facts, LocalDate date) {
        Set<String> groups = new HashSet<>();
        facts.targetGroups().forEach(g -> groups.add(g.code()));
        String benefit = facts.benefit().name(); // NONE, BIJSTAND, WW, WAJONG, WIA
        if (facts.benefit() != BenefitType.NONE) {
            groups.add(benefit);
        }
        boolean limited = facts.workLimitation() != WorkLimitation.NONE || facts.isIn(TargetGroup.BANENAFSPRAAK)
                || facts.isIn(TargetGroup.WAJONG) || facts.benefit() == BenefitType.WAJONG;
        OptionalInt months = facts.monthsOutOfWork(date);
        return new Applicant(groups, benefit, facts.ageOn(date), months.isPresent() ? months.getAsInt() : null,
                limited ? Boolean.TRUE : null, facts.loonwaardePercentage());
    }

    static Job job(Vacancy vacancy, Integer contractMonths) {
        return new Job(vacancy.minHours() > 0 ? vacancy.minHours() : null, contractMonths, vacancy.suitsBanenafspraak());
    }

    private Boolean inRegion(Employer employer) {
        return region.region().isEmpty() ? null : region.contains(employer.postcode4());
    }
}
