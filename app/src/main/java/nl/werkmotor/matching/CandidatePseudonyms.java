package nl.werkmotor.matching;

/**
 * Port: the name a candidate goes by at one vacancy for a professional who is not their case worker (an
 * account manager of the WSP): a pseudonym that holds for that vacancy only, so that no person id leaves the
 * person's own case workers and two vacancies' answers cannot be linked. Implemented by the showcase, whose
 * pseudonyms these are, so that an account manager asks for an introduction with the name they saw here.
 * Without an implementation, nobody outside the caseload gets candidates.
 */
public interface CandidatePseudonyms {

    String of(long vacancyId, long personId);
}
