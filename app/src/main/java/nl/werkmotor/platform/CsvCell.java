package nl.werkmotor.platform;

/**
 * One cell of a CSV export (RFC 4180): quoted when it holds a comma, quote or line break; a leading =, +, @, tab or
 * carriage return, or a - that does not start a number, is prefixed with ' and quoted, so that a spreadsheet does not
 * read the cell as a formula. Used by every CSV export (savings' scenarios, monitoring's figures).
 */
public final class CsvCell {

    private CsvCell() {
    }

    public static String of(String text) {
        String safe = !text.isEmpty() && "=+@\t\r".indexOf(text.charAt(0)) >= 0
                || text.startsWith("-") && !text.matches("-\\d+(\\.\\d+)?") ? "'" + text : text;
        return safe.matches(".*[\",\r\n].*") || !safe.equals(text) ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
