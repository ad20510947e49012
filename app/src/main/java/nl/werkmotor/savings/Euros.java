package nl.werkmotor.savings;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

/**
 * Amounts and other numbers as people type them and read them: "1.234,56", "€ 1.234", "1,234.56" and "1234.56" are
 * the same number; shown in the page's language ({@code @euros} in the templates).
 */
@Component("euros")
public class Euros {

    private static final Pattern DUTCH_THOUSANDS = Pattern.compile("-?\\d{1,3}(\\.\\d{3})+");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    private static final Locale ENGLISH = Locale.forLanguageTag("en-IE");

    /** The number typed, or empty when it is none (or longer than 20 characters). */
    public static Optional<BigDecimal> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String text = typed.replace("€", "").replace("%", "").replace(" ", "").replace("\u00a0", "").strip();
        if (text.isEmpty() || text.length() > 20) {
            return Optional.empty();
        }
        int comma = text.lastIndexOf(',');
        int dot = text.lastIndexOf('.');
        if (comma >= 0 && comma > dot) {
            text = text.replace(".", "").replace(',', '.'); // 1.234,56
        } else if (comma >= 0) {
            text = text.replace(",", ""); // 1,234.56
        } else if (DUTCH_THOUSANDS.matcher(text).matches()) {
            text = text.replace(".", ""); // 1.234
        }
        return NUMBER.matcher(text).matches() ? Optional.of(new BigDecimal(text)) : Optional.empty();
    }

    /** E.g. "€ 28.051,00" in Dutch, "€28,051.00" in English. */
    public String format(BigDecimal amount, Locale locale) {
        NumberFormat format = NumberFormat.getCurrencyInstance(dutch(locale) ? DUTCH : ENGLISH);
        return format.format(amount.setScale(2, RoundingMode.HALF_EVEN));
    }

    /** A number without its unit, e.g. "2,25" in Dutch and "2.25" in English; whole numbers without decimals. */
    public String number(BigDecimal value, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(dutch(locale) ? DUTCH : ENGLISH);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    /** As a form shows it to be typed again: no thousands separators, the language's decimal mark. */
    public static String typed(BigDecimal value, Locale locale) {
        String plain = value.stripTrailingZeros().toPlainString();
        return dutch(locale) ? plain.replace('.', ',') : plain;
    }

    private static boolean dutch(Locale locale) {
        return !"en".equals(locale.getLanguage());
    }
}
