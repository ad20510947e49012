package nl.werkmotor.toolbox;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import org.springframework.stereotype.Component;

import nl.werkmotor.employers.Employer;
import nl.werkmotor.employers.FindEmployers;
import nl.werkmotor.people.BenefitType;
import nl.werkmotor.people.FindPeople;
import nl.werkmotor.people.Person;
import nl.werkmotor.people.TargetGroup;
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
        return Evaluation.of(edition, applicant(person, command.date()), employer, job(vacancy, command.contractMonths()),
                command.date());
    }

    /** A person's facts as the Toolbox reads them, on a date. */
    static Applicant applicant(Person person, LocalDate date) {
        Set<String> groups = new HashSet<>();
        person.targetGroups().forEach(g -> groups.add(g.name()));
        String benefit = person.benefit().name(); // NONE, BIJSTAND, WW, WAJONG
        if (person.benefit() != BenefitType.NONE) {
            groups.add(benefit);
        }
        boolean limited = person.targetGroups().contains(TargetGroup.BANENAFSPRAAK)
                || person.targetGroups().contains(TargetGroup.WAJONG) || person.benefit() == BenefitType.WAJONG;
        return new Applicant(groups, benefit, date.getYear() - person.birthYear(), null, limited ? Boolean.TRUE : null,
                null);
    }

    static Job job(Vacancy vacancy, Integer contractMonths) {
        return new Job(vacancy.minHours() > 0 ? vacancy.minHours() : null, contractMonths, vacancy.suitsBanenafspraak());
    }

    private Boolean inRegion(Employer employer) {
        return region.region().isEmpty() ? null : region.contains(employer.postcode4());
    }
}
