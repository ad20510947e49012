package nl.werkmotor.matching;

/** The person or vacancy a matching question is about does not exist. */
public class MatchSubjectNotFound extends RuntimeException {

    private final String nl;

    public MatchSubjectNotFound(String nl, String en) {
        super(en);
        this.nl = nl;
    }

    public String nl() {
        return nl;
    }

    public String en() {
        return getMessage();
    }
}
