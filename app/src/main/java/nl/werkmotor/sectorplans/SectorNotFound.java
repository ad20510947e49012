package nl.werkmotor.sectorplans;

/** No region sector has the code asked for. */
public class SectorNotFound extends RuntimeException {

    public SectorNotFound(String code) {
        super("No region sector " + code);
    }
}
