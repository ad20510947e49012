package nl.werkmotor.showcase;

/**
 * Say yes or no to an introduction.
 *
 * @param email where the employer may write, on a yes; may be empty when a phone number is given
 * @param phone where the employer may call, on a yes; may be empty when an e-mail address is given
 */
public record DecideIntroduction(long introductionId, boolean accept, String email, String phone) {
}
