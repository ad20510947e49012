package nl.werkmotor.people;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Form fields as sent, read leniently: a value that is not a choice on offer or not a number becomes
 * "nothing chosen" or -1, so that {@link ChangingProfile} names it with every other problem.
 */
final class FormValues {

    private FormValues() {
    }

    static int number(String text) {
        try {
            return text == null ? -1 : Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    static <E extends Enum<E>> E oneOf(Class<E> type, String name) {
        for (E value : type.getEnumConstants()) {
            if (value.name().equals(name)) {
                return value;
            }
        }
        return null;
    }

    static <E extends Enum<E>> Set<E> setOf(Class<E> type, List<String> names) {
        Set<E> values = EnumSet.noneOf(type);
        if (names != null) {
            names.stream().map(name -> oneOf(type, name)).filter(v -> v != null).forEach(values::add);
        }
        return values;
    }
}
