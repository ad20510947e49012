package nl.werkmotor.placements;

/**
 * A placement or introduction that does not exist, or that the signed-in user may not see: the same answer for
 * both, so that trying ids tells nothing.
 */
public class PlacementNotFound extends RuntimeException {

    private final String nl;

    private PlacementNotFound(String nl, String en) {
        super(en);
        this.nl = nl;
    }

    static PlacementNotFound placement(long id) {
        return new PlacementNotFound("Er is geen plaatsing met id " + id + " die u mag zien.",
                "There is no placement with id " + id + " that you may see.");
    }

    static PlacementNotFound person(long id) {
        return new PlacementNotFound("Er is geen klant met id " + id + " in uw caseload.",
                "There is no client with id " + id + " in your caseload.");
    }

    static PlacementNotFound employer(long id) {
        return new PlacementNotFound("Er is geen werkgever met id " + id + " in uw portefeuille.",
                "There is no employer with id " + id + " in your portfolio.");
    }

    static PlacementNotFound introduction(long id) {
        return new PlacementNotFound("Er is geen kennismaking met id " + id + " die u mag zien.",
                "There is no introduction with id " + id + " that you may see.");
    }

    public String nl() {
        return nl;
    }

    public String en() {
        return getMessage();
    }
}
