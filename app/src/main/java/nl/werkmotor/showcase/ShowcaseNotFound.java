package nl.werkmotor.showcase;

/**
 * A vacancy, introduction or person that does not exist, or that the signed-in user may not see: the same answer
 * for both, so that trying ids tells nothing.
 */
public class ShowcaseNotFound extends RuntimeException {

    private final String nl;

    ShowcaseNotFound(String nl, String en) {
        super(en);
        this.nl = nl;
    }

    static ShowcaseNotFound vacancy(long id) {
        return new ShowcaseNotFound("Er is geen vacature met id " + id + " die u mag zien.",
                "There is no vacancy with id " + id + " that you may see.");
    }

    static ShowcaseNotFound introduction(long id) {
        return new ShowcaseNotFound("Er is geen kennismaking met id " + id + " die u mag zien.",
                "There is no introduction with id " + id + " that you may see.");
    }

    static ShowcaseNotFound person(long id) {
        return new ShowcaseNotFound("Er is geen klant met id " + id + " in uw caseload.",
                "There is no client with id " + id + " in your caseload.");
    }

    public String nl() {
        return nl;
    }

    public String en() {
        return getMessage();
    }
}
