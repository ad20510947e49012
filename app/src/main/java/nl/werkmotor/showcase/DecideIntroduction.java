package nl.werkmotor.showcase;

/**
 * Say yes or no to an introduction.
 *
 * @param personId the person whose file the form was on: the introduction must be theirs; null where the
 *                 introduction id alone names it (the API, the person's own page)
 * @param email    where the employer may write, on a yes; may be empty when a phone number is given
 * @param phone    where the employer may call, on a yes; may be empty when an e-mail address is given
 */
public record DecideIntroduction(long introductionId, Long personId, boolean accept, String email, String phone) {

    public DecideIntroduction(long introductionId, boolean accept, String email, String phone) {
        this(introductionId, null, accept, email, phone);
    }
}
