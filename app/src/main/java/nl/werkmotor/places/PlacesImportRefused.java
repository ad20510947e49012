package nl.werkmotor.places;

/**
 * A places file the importer will not take, naming the file and line (0: the whole file), in Dutch
 * and English. The places that were there stay as they were.
 */
public class PlacesImportRefused extends RuntimeException {

    public PlacesImportRefused(String file, long line, String dutch, String english) {
        super(file + (line > 0 ? ", regel/line " + line : "") + ": " + dutch + " / " + english);
    }
}
