package nl.werkmotor.showcase;

import java.util.List;

/**
 * One person's introductions, as their case worker sees them on the person's file.
 *
 * @param caseWorkerDecides whether the person let their case worker say yes or no for them
 */
public record IntroductionsOfPerson(List<IntroductionView> introductions, boolean caseWorkerDecides) {
}
