package nl.werkmotor.engine.text;

/**
 * A text that would cost the linker more steps than its length allows ({@link TextLinker#allowance}): no
 * vacancy or CV comes near, only text made to be expensive (one word of thousands of letters made of
 * label words, thousands of repeats of a word that many labels share). It is refused whole rather than
 * answered in part, as a list of skills that stopped halfway would be read as all the text names.
 */
public final class TextTooComplex extends RuntimeException {

    private final int characters;

    TextTooComplex(int characters, long allowedSteps) {
        super("linking a text of " + characters + " characters would take more than " + allowedSteps + " steps");
        this.characters = characters;
    }

    /** The length of the refused text. */
    public int characters() {
        return characters;
    }
}
