package nl.werkmotor.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;

/** A date typed into a form: day-month-year as the Dutch write it (14-3-1975, 14-03-1975), or ISO (1975-03-14). */
public final class FormDate {

    private static final DateTimeFormatter DUTCH = DateTimeFormatter.ofPattern("d-M-uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private FormDate() {
    }

    /** @return the date; empty when the text is none or no real date (31-2-2020) */
    public static Optional<LocalDate> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String typed = text.strip();
        try {
            return Optional.of(typed.matches("\\d{4}-\\d{2}-\\d{2}") ? LocalDate.parse(typed) : LocalDate.parse(typed, DUTCH));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
