package nl.werkmotor.vacancies;

/**
 * Who enters or changes a vacancy: the employer themselves, or the WSP account manager who acts for them. The
 * caller knows who is signed in and says so; this module only keeps it.
 *
 * @param login the login name
 * @param name  the name shown on the vacancy page, as it was when they did it
 */
public record VacancyAuthor(String login, String name, Kind kind) {

    public enum Kind { EMPLOYER, ACCOUNT_MANAGER }
}
