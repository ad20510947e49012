package nl.werkmotor.savings;

/**
 * Whose return a benefit is (the blueprint's step 7): a partner's direct return (a benefit it no longer pays, an
 * income it gains) or the broader societal return (health, fewer debts, what a partner gains without it showing in
 * its books).
 */
public enum BenefitKind { DIRECT, SOCIETAL }
