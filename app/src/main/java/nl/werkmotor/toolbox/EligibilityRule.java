package nl.werkmotor.toolbox;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * One condition of an instrument over the person, the employer or the job, with where it comes from. A rule
 * holds from {@code validFrom} up to and including {@code validTo} (null: open), so that a measure being phased
 * out stops counting on its own date, whatever the edition. Each gives a reason a case worker can read aloud.
 *
 * @param values          the codes a {@link Fact#TARGET_GROUP} or {@link Fact#BENEFIT} rule accepts (any of them)
 * @param number          the bound of an age, months, percentage, hours or contract rule
 * @param source          where the condition is written: a URL or a law article
 * @param checkedByRegion false until the region has checked the rule against its own practice and regulations
 */
public record EligibilityRule(Fact fact, Set<String> values, Integer number, String source, boolean checkedByRegion,
                              LocalDate validFrom, LocalDate validTo) {

    public EligibilityRule {
        values = Set.copyOf(values);
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("Every rule cites its source");
        }
    }

    /** A rule not yet checked by the region, in force without end dates. */
    public static EligibilityRule of(Fact fact, Set<String> values, Integer number, String source) {
        return new EligibilityRule(fact, values, number, source, false, null, null);
    }

    public EligibilityRule from(LocalDate from) {
        return new EligibilityRule(fact, values, number, source, checkedByRegion, from, validTo);
    }

    public EligibilityRule until(LocalDate to) {
        return new EligibilityRule(fact, values, number, source, checkedByRegion, validFrom, to);
    }

    public EligibilityRule withNumber(Integer newNumber) {
        return new EligibilityRule(fact, values, newNumber, source, checkedByRegion, validFrom, validTo);
    }

    public boolean inForceOn(LocalDate date) {
        return (validFrom == null || !date.isBefore(validFrom)) && (validTo == null || !date.isAfter(validTo));
    }

    /** This rule's verdict, with its reason, for these facts on this date. */
    public RuleOutcome judge(Applicant person, EmployerFacts employer, Job job, LocalDate date) {
        if (!inForceOn(date)) {
            return validTo != null && date.isAfter(validTo)
                    ? outcome(Verdict.NOT_IN_FORCE, "Deze regel geldt niet meer sinds " + nl(validTo.plusDays(1)) + ".",
                            "This rule no longer applies since " + validTo.plusDays(1) + ".")
                    : outcome(Verdict.NOT_IN_FORCE, "Deze regel geldt pas vanaf " + nl(validFrom) + ".",
                            "This rule only applies from " + validFrom + ".");
        }
        return switch (fact) {
            case TARGET_GROUP -> {
                Set<String> shared = new TreeSet<>(person.targetGroups());
                shared.retainAll(values);
                yield shared.isEmpty()
                        ? outcome(Verdict.NOT_MET, "Niet in een van deze doelgroepen: " + list() + ".",
                                "Not in any of these target groups: " + list() + ".")
                        : outcome(Verdict.MET, "In de doelgroep " + String.join(", ", shared) + ".",
                                "In the target group " + String.join(", ", shared) + ".");
            }
            case BENEFIT -> person.benefit() == null
                    ? unknown("Niet bekend of er een uitkering is.", "Not known whether there is a benefit.")
                    : values.contains(person.benefit())
                    ? outcome(Verdict.MET, "Heeft een uitkering: " + person.benefit() + ".",
                            "Has a benefit: " + person.benefit() + ".")
                    : outcome(Verdict.NOT_MET, "Heeft geen uitkering van deze soort: " + list() + ".",
                            "Has no benefit of this kind: " + list() + ".");
            case MIN_AGE -> person.age() == null ? unknownAge()
                    : person.age() >= number
                    ? outcome(Verdict.MET, "Is " + person.age() + " jaar: " + number + " of ouder.",
                            "Is " + person.age() + " years old: " + number + " or older.")
                    : outcome(Verdict.NOT_MET, "Is " + person.age() + " jaar: jonger dan " + number + ".",
                            "Is " + person.age() + " years old: younger than " + number + ".");
            case MAX_AGE -> person.age() == null ? unknownAge()
                    : person.age() <= number
                    ? outcome(Verdict.MET, "Is " + person.age() + " jaar: niet ouder dan " + number + ".",
                            "Is " + person.age() + " years old: not older than " + number + ".")
                    : outcome(Verdict.NOT_MET, "Is " + person.age() + " jaar: ouder dan " + number + ".",
                            "Is " + person.age() + " years old: older than " + number + ".");
            case MIN_MONTHS_OUT_OF_WORK -> person.monthsOutOfWork() == null
                    ? unknown("Niet bekend hoe lang er geen werk is. Minstens " + number + " maanden nodig.",
                            "Not known how long without work. At least " + number + " months needed.")
                    : person.monthsOutOfWork() >= number
                    ? outcome(Verdict.MET, person.monthsOutOfWork() + " maanden zonder werk: genoeg.",
                            person.monthsOutOfWork() + " months without work: enough.")
                    : outcome(Verdict.NOT_MET, person.monthsOutOfWork() + " maanden zonder werk: minstens " + number
                            + " nodig.", person.monthsOutOfWork() + " months without work: at least " + number + " needed.");
            case WORK_LIMITATION -> person.workLimitation() == null
                    ? unknown("Niet bekend of er een arbeidsbeperking is.", "Not known whether there is a work limitation.")
                    : person.workLimitation()
                    ? outcome(Verdict.MET, "Heeft een arbeidsbeperking.", "Has a work limitation.")
                    : outcome(Verdict.NOT_MET, "Heeft geen arbeidsbeperking.", "Has no work limitation.");
            case LOONWAARDE_BELOW -> person.loonwaardePercent() == null
                    ? unknown("De loonwaarde is nog niet gemeten. Die moet onder " + number + "% liggen.",
                            "The loonwaarde has not been assessed yet. It must be below " + number + "%.")
                    : person.loonwaardePercent() < number
                    ? outcome(Verdict.MET, "Loonwaarde " + person.loonwaardePercent() + "%: onder " + number + "%.",
                            "Loonwaarde " + person.loonwaardePercent() + "%: below " + number + "%.")
                    : outcome(Verdict.NOT_MET, "Loonwaarde " + person.loonwaardePercent() + "%: niet onder " + number
                            + "%.", "Loonwaarde " + person.loonwaardePercent() + "%: not below " + number + "%.");
            case EMPLOYER_IN_REGION -> employer.inRegion() == null
                    ? unknown("Niet bekend of de werkgever in de regio zit.", "Not known whether the employer is in the region.")
                    : employer.inRegion()
                    ? outcome(Verdict.MET, "De werkgever zit in de regio.", "The employer is in the region.")
                    : outcome(Verdict.NOT_MET, "De werkgever zit niet in de regio.", "The employer is not in the region.");
            case MIN_HOURS_A_WEEK -> job.hoursAWeek() == null
                    ? unknown("Niet bekend hoeveel uur per week. Minstens " + number + " nodig.",
                            "Not known how many hours a week. At least " + number + " needed.")
                    : job.hoursAWeek() >= number
                    ? outcome(Verdict.MET, job.hoursAWeek() + " uur per week: minstens " + number + ".",
                            job.hoursAWeek() + " hours a week: at least " + number + ".")
                    : outcome(Verdict.NOT_MET, job.hoursAWeek() + " uur per week: minder dan " + number + ".",
                            job.hoursAWeek() + " hours a week: fewer than " + number + ".");
            case MIN_CONTRACT_MONTHS -> job.contractMonths() == null
                    ? unknown("Niet bekend hoe lang het contract is. Minstens " + number + " maanden nodig.",
                            "Not known how long the contract is. At least " + number + " months needed.")
                    : job.contractMonths() >= number
                    ? outcome(Verdict.MET, contract(job, true) + ": minstens " + number + " maanden.",
                            contract(job, false) + ": at least " + number + " months.")
                    : outcome(Verdict.NOT_MET, contract(job, true) + ": korter dan " + number + " maanden.",
                            contract(job, false) + ": shorter than " + number + " months.");
            case BANENAFSPRAAK_JOB -> job.banenafspraakJob() == null
                    ? unknown("Niet bekend of dit een baan voor de banenafspraak is.",
                            "Not known whether this is a banenafspraak job.")
                    : job.banenafspraakJob()
                    ? outcome(Verdict.MET, "Het is een baan voor de banenafspraak.", "It is a banenafspraak job.")
                    : outcome(Verdict.NOT_MET, "Het is geen baan voor de banenafspraak.", "It is not a banenafspraak job.");
        };
    }

    /** What the rule asks, without a person: for the catalogue. */
    public String condition(boolean dutch) {
        return switch (fact) {
            case TARGET_GROUP -> dutch ? "Doelgroep: " + list() : "Target group: " + list();
            case BENEFIT -> dutch ? "Uitkering: " + list() : "Benefit: " + list();
            case MIN_AGE -> dutch ? "Leeftijd " + number + " jaar of ouder" : "Aged " + number + " or older";
            case MAX_AGE -> dutch ? "Leeftijd hoogstens " + number + " jaar" : "Aged " + number + " at most";
            case MIN_MONTHS_OUT_OF_WORK -> dutch ? "Minstens " + number + " maanden zonder werk"
                    : "At least " + number + " months without work";
            case WORK_LIMITATION -> dutch ? "Arbeidsbeperking" : "Work limitation";
            case LOONWAARDE_BELOW -> dutch ? "Loonwaarde onder " + number + "% van het minimumloon"
                    : "Loonwaarde below " + number + "% of the minimum wage";
            case EMPLOYER_IN_REGION -> dutch ? "Werkgever in de regio" : "Employer in the region";
            case MIN_HOURS_A_WEEK -> dutch ? "Minstens " + number + " uur per week" : "At least " + number + " hours a week";
            case MIN_CONTRACT_MONTHS -> dutch ? "Contract van minstens " + number + " maanden"
                    : "Contract of at least " + number + " months";
            case BANENAFSPRAAK_JOB -> dutch ? "Baan voor de banenafspraak" : "Banenafspraak job";
        };
    }

    private String list() {
        return String.join(", ", new TreeSet<>(values));
    }

    private RuleOutcome unknownAge() {
        return unknown("Leeftijd niet bekend.", "Age not known.");
    }

    private RuleOutcome unknown(String nl, String en) {
        return outcome(Verdict.UNKNOWN, nl, en);
    }

    private RuleOutcome outcome(Verdict verdict, String nl, String en) {
        return new RuleOutcome(this, verdict, nl, en);
    }

    private static String contract(Job job, boolean dutch) {
        if (job.contractMonths() >= Job.PERMANENT) {
            return dutch ? "Vast contract" : "Permanent contract";
        }
        return dutch ? "Contract van " + job.contractMonths() + " maanden" : "Contract of " + job.contractMonths() + " months";
    }

    private static String nl(LocalDate date) {
        return date.getDayOfMonth() + " " + List.of("januari", "februari", "maart", "april", "mei", "juni", "juli",
                "augustus", "september", "oktober", "november", "december").get(date.getMonthValue() - 1) + " "
                + date.getYear();
    }
}
