package nl.werkmotor.toolbox;

import java.math.BigDecimal;

/**
 * What an instrument gives the employer (or the person): any of an amount (per hour when {@code perHour}), a
 * percentage, a cap per year and a duration, with the same in words for who reads it.
 *
 * @param amount         euros, per paid hour when {@code perHour}, otherwise once or per year as the words say; null if none
 * @param percentage     e.g. 70 for "at most 70% of the minimum wage"; null if none
 * @param capPerYear     euros a year at most; null if none
 * @param durationMonths how long at most; null if not limited
 */
public record Offer(BigDecimal amount, boolean perHour, Integer percentage, BigDecimal capPerYear,
                    Integer durationMonths, String nl, String en) {

    /** This offer with another amount and cap: what a new edition changes most often. */
    public Offer withAmounts(BigDecimal newAmount, BigDecimal newCap) {
        return new Offer(newAmount, perHour, percentage, newCap, durationMonths, nl, en);
    }
}
