package nl.werkmotor.partners;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** A date as the forms show it, day-month-year, as web.FormDate reads it back. */
final class FormDates {

    private static final DateTimeFormatter DUTCH = DateTimeFormatter.ofPattern("d-M-uuuu");

    private FormDates() {
    }

    static String shown(LocalDate date) {
        return date == null ? "" : DUTCH.format(date);
    }
}
