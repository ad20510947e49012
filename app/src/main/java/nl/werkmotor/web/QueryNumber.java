package nl.werkmotor.web;

/** A whole number from a query parameter, checked by the controller so that it can name every invalid parameter. */
public final class QueryNumber {

    private QueryNumber() {
    }

    /** @return the number, or -1 when the text is none or it lies outside {@code min..max} ({@code min} ≥ 0) */
    public static int parse(String text, int min, int max) {
        try {
            int value = Integer.parseInt(text.strip());
            return value >= min && value <= max ? value : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
