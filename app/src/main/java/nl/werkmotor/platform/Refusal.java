package nl.werkmotor.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A request refused for reasons its sender can fix, each naming the field it is about, in Dutch and
 * English: a form shows every reason beside its field, the API lists them all in one 400. Nothing is
 * saved when a request is refused.
 */
public class Refusal extends RuntimeException {

    private final List<Reason> reasons;

    public Refusal(List<Reason> reasons) {
        super(reasons.stream().map(Reason::en).reduce((a, b) -> a + " " + b).orElse("Refused"));
        this.reasons = List.copyOf(reasons);
    }

    public static Refusal of(String field, String nl, String en) {
        return new Refusal(List.of(new Reason(field, nl, en)));
    }

    public List<Reason> reasons() {
        return reasons;
    }

    /** Whether a reason is about this field, for a form to mark it invalid. */
    public boolean concerns(String field) {
        return reasons.stream().anyMatch(r -> r.field().equals(field));
    }

    /** Every reason about this field in one text, for a form to show beside it; empty if there is none. */
    public String about(String field, Locale locale) {
        return reasons.stream().filter(r -> r.field().equals(field)).map(r -> r.text(locale))
                .collect(Collectors.joining(" "));
    }

    /** @param field the name the API uses for it (Dutch, camelCase) */
    public record Reason(String field, String nl, String en) {

        public String text(Locale locale) {
            return "en".equals(locale.getLanguage()) ? en : nl;
        }
    }

    /** Collects every reason before refusing, so that the sender can fix them all at once. */
    public static final class Reasons {

        private final List<Reason> reasons = new ArrayList<>();

        public Reasons add(String field, String nl, String en) {
            reasons.add(new Reason(field, nl, en));
            return this;
        }

        /**
         * A required text of at most {@code maxLength} characters.
         *
         * @param nlName the field as a Dutch sentence names it, e.g. "de samenvatting"
         */
        public Reasons text(String field, String value, int maxLength, String nlName, String enName) {
            if (value == null || value.isBlank()) {
                add(field, "Vul " + nlName + " in.", "Fill in " + enName + ".");
            } else if (value.strip().length() > maxLength) {
                add(field, capitalised(nlName) + " is te lang: hoogstens " + maxLength + " tekens, niet "
                        + value.strip().length() + ".", capitalised(enName) + " is too long: at most " + maxLength
                        + " characters, not " + value.strip().length() + ".");
            }
            return this;
        }

        /** The reasons added so far, for a use case to name with its own (what a form could not read, say). */
        public List<Reason> reasons() {
            return List.copyOf(reasons);
        }

        /** @throws Refusal with every reason added, if there is any */
        public void refuseIfAny() {
            if (!reasons.isEmpty()) {
                throw new Refusal(reasons);
            }
        }

        private static String capitalised(String text) {
            return text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
        }
    }
}
