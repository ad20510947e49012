package nl.werkmotor.savings;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * One cost or benefit of one partner, set against the null alternative (the blueprint's steps 5 and 6): what counts
 * is {@code amount - nullAlternative}.
 *
 * @param amount          in euros, with the intervention
 * @param nullAlternative in euros, without it
 * @param perPerson       whether the amounts are per person reached ({@link Assumption#PEOPLE}) rather than in all
 * @param kind            for a benefit whose return it is; null for a cost
 */
public record Line(String partner, String description, BigDecimal amount, BigDecimal nullAlternative,
                   Recurrence recurrence, boolean perPerson, BenefitKind kind) implements Serializable {

    public BigDecimal effect() {
        return amount.subtract(nullAlternative);
    }
}
