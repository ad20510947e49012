package nl.werkmotor.monitoring;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The obvious identifiers a story must not contain, found in a text: a Dutch postcode with its letters (1234 AB), an
 * email address, a phone number (Dutch, 10 digits from 0 or +31/0031) and a number of 9 digits as a BSN is written
 * (123456789, 1234.56.789, 123 456 789). Pure; what it finds is only shown back to the writer who typed it. It cannot
 * see everything that identifies someone (a rare job at a small employer does too): the writer confirms that as well.
 */
final class StoryIdentifiers {

    enum Kind {
        POSTCODE("iets dat op een postcode lijkt", "what looks like a postcode", "adres", "address"),
        EMAIL("een e-mailadres", "an email address", "contactgegevens", "contact details"),
        PHONE("een telefoonnummer", "a phone number", "contactgegevens", "contact details"),
        BSN("een nummer van 9 cijfers (zoals een BSN)", "a number of 9 digits (such as a BSN)", "persoonsnummer",
                "personal number");

        final String nl;
        final String en;
        final String nlWhat;
        final String enWhat;

        Kind(String nl, String en, String nlWhat, String enWhat) {
            this.nl = nl;
            this.en = en;
            this.nlWhat = nlWhat;
            this.enWhat = enWhat;
        }
    }

    record Found(Kind kind, String fragment) {
    }

    private static final List<java.util.Map.Entry<Kind, Pattern>> PATTERNS = List.of(
            java.util.Map.entry(Kind.EMAIL, Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}")),
            java.util.Map.entry(Kind.POSTCODE, Pattern.compile("(?<![0-9A-Za-z])[1-9][0-9]{3} ?[A-Z]{2}(?![0-9A-Za-z])")),
            java.util.Map.entry(Kind.PHONE, Pattern.compile("(?<![0-9+])(?:\\+31|0031|0)[ -]?(?:\\(0\\)[ -]?)?(?:[0-9][ -]?){8}[0-9](?![0-9])")),
            java.util.Map.entry(Kind.BSN, Pattern.compile("(?<![0-9.,])(?:[0-9]{9}|[0-9]{4}\\.[0-9]{2}\\.[0-9]{3}|[0-9]{3}[ .][0-9]{3}[ .][0-9]{3})(?![0-9]|[.,][0-9])")));

    private StoryIdentifiers() {
    }

    /** What the text contains, each once, in the order of the kinds; a phone number is not also a BSN. */
    static List<Found> in(String text) {
        List<Found> found = new ArrayList<>();
        if (text == null) {
            return found;
        }
        String rest = text;
        for (var pattern : PATTERNS) {
            Matcher m = pattern.getValue().matcher(rest);
            StringBuilder without = new StringBuilder();
            boolean any = false;
            while (m.find()) {
                if (!any) {
                    found.add(new Found(pattern.getKey(), m.group().strip()));
                    any = true;
                }
                m.appendReplacement(without, " ");
            }
            m.appendTail(without);
            rest = without.toString();
        }
        return found;
    }
}
