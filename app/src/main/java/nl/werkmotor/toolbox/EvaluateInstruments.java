package nl.werkmotor.toolbox;

import java.time.LocalDate;

import nl.werkmotor.processinglog.ProcessingPurpose;
import nl.werkmotor.web.ApiProblem.Message;

/**
 * The Toolbox for one person and one vacancy on a date. The caller has checked that the signed-in user may ask
 * (their caseload, their employer's introduction); the reading is written to the person's processing log with this
 * purpose and description.
 *
 * @param contractMonths the contract's length when the user knows it (vacancies do not say yet); null unknown
 */
public record EvaluateInstruments(long personId, long vacancyId, LocalDate date, Integer contractMonths,
                                  ProcessingPurpose purpose, Message logged) {
}
