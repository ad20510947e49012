package nl.werkmotor.toolbox;

/**
 * Port: whether the signed-in account manager asked an introduction of this person for this vacancy and the person
 * (or their case worker) said yes: only then may they read the person's instruments with reasons. Implemented by
 * the showcase, which keeps the introductions and calls this module; without it no account manager may.
 */
public interface IntroducedCandidates {

    boolean saidYesToSignedInAdviser(long personId, long vacancyId);
}
