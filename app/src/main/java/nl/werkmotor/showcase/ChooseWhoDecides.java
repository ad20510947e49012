package nl.werkmotor.showcase;

/** @param caseWorkerDecides whether the signed-in person lets their case worker say yes or no for them */
public record ChooseWhoDecides(boolean caseWorkerDecides) {
}
