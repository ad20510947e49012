package nl.werkmotor.people;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * What the Toolbox's eligibility rules read about a person: their target groups, their benefit and since when,
 * whether a work limitation is established and their loonwaarde. Personal data of the most private kind:
 * their case worker sees it, employers never do. Whoever reads it for another than the person writes that to
 * the processing log ({@code processinglog.RecordingProcessing}), as with {@link FindPeople#byId}.
 *
 * @param birthDate            null where only the birth year is known (then {@link #ageOn} counts from 1 July)
 * @param benefitSince         since when they live on their benefit; null when unknown or without a benefit
 * @param loonwaardePercentage the share of the minimum wage they earn in a job, 0 to 100, as measured; null if not
 */
public record EligibilityFacts(long personId, int birthYear, LocalDate birthDate, Set<TargetGroup> targetGroups,
                               BenefitType benefit, LocalDate benefitSince, WorkLimitation workLimitation,
                               Integer loonwaardePercentage) {

    public EligibilityFacts {
        targetGroups = Set.copyOf(targetGroups);
        Objects.requireNonNull(benefit, "benefit");
        Objects.requireNonNull(workLimitation, "workLimitation");
        if (birthDate != null && birthDate.getYear() != birthYear) {
            throw new IllegalArgumentException("Birth date " + birthDate + " is not in birth year " + birthYear);
        }
        if (loonwaardePercentage != null && (loonwaardePercentage < 0 || loonwaardePercentage > 100)) {
            throw new IllegalArgumentException("Loonwaarde is a percentage, not " + loonwaardePercentage);
        }
    }

    /** What a person loaded without any of these facts has: their groups and benefit, nothing else known. */
    public static EligibilityFacts of(Person person) {
        return new EligibilityFacts(person.id(), person.birthYear(), null, person.targetGroups(), person.benefit(),
                null, WorkLimitation.NONE, null);
    }

    /**
     * Age in whole years on a date: exact with a birth date; with only the birth year, as if born on 1 July, so
     * at most a year off (see {@link #ageIsExact}).
     */
    public int ageOn(LocalDate date) {
        LocalDate born = birthDate != null ? birthDate : LocalDate.of(birthYear, 7, 1);
        return (int) ChronoUnit.YEARS.between(born, date);
    }

    public boolean ageIsExact() {
        return birthDate != null;
    }

    /**
     * Whole months out of work by that date, counted as the months on their benefit (from {@link #benefitSince});
     * empty without a benefit or its start.
     */
    public OptionalInt monthsOutOfWork(LocalDate date) {
        if (benefit == BenefitType.NONE || benefitSince == null || date.isBefore(benefitSince)) {
            return OptionalInt.empty();
        }
        return OptionalInt.of((int) ChronoUnit.MONTHS.between(benefitSince, date));
    }

    public Optional<Integer> loonwaarde() {
        return Optional.ofNullable(loonwaardePercentage);
    }

    public boolean isIn(TargetGroup group) {
        return targetGroups.contains(group);
    }
}
