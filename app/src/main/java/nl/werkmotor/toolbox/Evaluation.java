package nl.werkmotor.toolbox;

import java.time.LocalDate;
import java.util.List;

/**
 * The Toolbox for one person and one job on a date, under the edition in force then: every instrument with whether
 * it applies and each rule's reason. Pure: the same facts give the same answer.
 */
public record Evaluation(InstrumentEdition edition, LocalDate date, List<InstrumentEvaluation> instruments) {

    public Evaluation {
        instruments = List.copyOf(instruments);
    }

    public static Evaluation of(InstrumentEdition edition, Applicant person, EmployerFacts employer, Job job,
                                LocalDate date) {
        return new Evaluation(edition, date, edition.instruments().stream()
                .map(i -> i.evaluate(person, employer, job, date)).toList());
    }

    /** The instruments that apply or may apply (a fact unknown), in the edition's order. */
    public List<InstrumentEvaluation> open() {
        return instruments.stream().filter(i -> i.applicability() == Applicability.APPLIES
                || i.applicability() == Applicability.MAY_APPLY).toList();
    }

    public List<InstrumentEvaluation> closed() {
        return instruments.stream().filter(i -> !open().contains(i)).toList();
    }

    /** What the employer may be offered: the open instruments, without any reason. */
    public List<InstrumentOffer> offersToEmployer() {
        return open().stream().map(InstrumentOffer::of).toList();
    }
}
