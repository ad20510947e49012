package nl.werkmotor.sectorplans;

/** No target has the id asked for. */
public class TargetNotFound extends RuntimeException {

    public TargetNotFound(long id) {
        super("No target " + id);
    }
}
