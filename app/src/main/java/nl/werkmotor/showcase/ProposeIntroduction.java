package nl.werkmotor.showcase;

/**
 * Ask to meet a candidate of a vacancy's showcase.
 *
 * @param candidate the pseudonym shown in the showcase
 * @param message   a few words to the person, may be empty
 */
public record ProposeIntroduction(long vacancyId, String candidate, String message) {

    public static final int MAX_MESSAGE = 1_000;
}
