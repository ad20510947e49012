package nl.werkmotor.taxonomy;

/**
 * A source the importer will not take: a missing, broken or incomplete file, or a record that breaks
 * the ESCO format. Names the file and the line so whoever downloaded the package can find the fault;
 * the message is Dutch and English because operators of a Dutch region read either.
 */
public class TaxonomyImportRefused extends RuntimeException {

    private final String file;
    private final long line;

    /**
     * @param line the 1-based line where the fault starts, or 0 when it concerns the whole file or source
     */
    public TaxonomyImportRefused(String file, long line, String dutch, String english) {
        this(file, line, dutch, english, null);
    }

    public TaxonomyImportRefused(String file, long line, String dutch, String english, Throwable cause) {
        super(file + (line > 0 ? ", regel/line " + line : "") + ": " + dutch + " / " + english, cause);
        this.file = file;
        this.line = line;
    }

    public String file() {
        return file;
    }

    public long line() {
        return line;
    }
}
