package nl.werkmotor.people;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;

import nl.werkmotor.taxonomy.Language;
import nl.werkmotor.web.ApiProblem.Message;

/**
 * One kind of data about the person that a module other than people keeps, in their data export: what it is, the
 * tables it was read from, and each item as fields with a key (for programs, AVG article 20) and a label and value
 * in the language asked for (for the person, article 15).
 *
 * @param key     names the section for programs, e.g. {@code notes}
 * @param title   what it is, in the language asked for
 * @param sources the database tables it was read from: every table that holds data about a person is named by a
 *                section, and a test checks that against the schema
 */
public record PersonalDataSection(String key, String title, List<String> sources, List<Item> items) {

    public PersonalDataSection {
        sources = List.copyOf(sources);
        items = List.copyOf(items);
    }

    /** A section of one item per row, its fields given by {@code fields} in the order they are added. */
    public static <T> PersonalDataSection of(String key, Message title, List<String> sources, Language language,
                                             List<T> rows, BiConsumer<T, Item.Builder> fields) {
        Locale locale = Locale.of(language.code());
        return new PersonalDataSection(key, title.text(locale), sources, rows.stream().map(row -> {
            Item.Builder item = new Item.Builder(locale);
            fields.accept(row, item);
            return item.build();
        }).toList());
    }

    public record Item(List<Field> fields) {

        /** Adds fields in the language of the export; a value that is null (not known, not given) is left out. */
        public static final class Builder {

            private final Locale locale;
            private final List<Field> fields = new ArrayList<>();

            Builder(Locale locale) {
                this.locale = locale;
            }

            public Builder add(String key, String nl, String en, String value) {
                if (value != null) {
                    fields.add(new Field(key, new Message(nl, en).text(locale), value));
                }
                return this;
            }

            /** A moment as ISO-8601 (UTC), as elsewhere in the export. */
            public Builder add(String key, String nl, String en, Instant value) {
                return add(key, nl, en, value == null ? null : value.toString());
            }

            Item build() {
                return new Item(List.copyOf(fields));
            }
        }
    }

    /** @param label the field's name in the language asked for; {@code key} names it for programs */
    public record Field(String key, String label, String value) {
    }
}
