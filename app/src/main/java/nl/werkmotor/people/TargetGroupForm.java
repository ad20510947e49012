package nl.werkmotor.people;

import nl.werkmotor.platform.Refusal;

/**
 * One entry of the target-group list as a beheerder writes it (the page's form, the API's body): names and
 * descriptions in Dutch and English, whether it is in use and its place in the list (null: at the end).
 * Field names are the API's: {@code naam}, {@code naamEngels}, {@code omschrijving}, {@code omschrijvingEngels},
 * {@code volgorde}.
 */
public record TargetGroupForm(String nameNl, String nameEn, String descriptionNl, String descriptionEn, boolean active,
                              Integer sortOrder) {

    public static final int MAX_NAME = 100;
    public static final int MAX_DESCRIPTION = 500;
    public static final int MAX_SORT_ORDER = 100_000;

    public TargetGroupForm {
        nameNl = strip(nameNl);
        nameEn = strip(nameEn);
        descriptionNl = strip(descriptionNl);
        descriptionEn = strip(descriptionEn);
    }

    /** Adds a reason per field that is wrong in itself (a name used by another group is the use case's to check). */
    void check(Refusal.Reasons reasons) {
        reasons.text("naam", nameNl, MAX_NAME, "de Nederlandse naam", "the Dutch name");
        reasons.text("naamEngels", nameEn, MAX_NAME, "de Engelse naam", "the English name");
        tooLong(reasons, "omschrijving", descriptionNl, "De Nederlandse omschrijving", "The Dutch description");
        tooLong(reasons, "omschrijvingEngels", descriptionEn, "De Engelse omschrijving", "The English description");
        if (sortOrder != null && (sortOrder < 0 || sortOrder > MAX_SORT_ORDER)) {
            reasons.add("volgorde", "De volgorde is een heel getal van 0 tot en met " + MAX_SORT_ORDER + ", niet "
                    + sortOrder + ".", "The order is a whole number from 0 to " + MAX_SORT_ORDER + ", not " + sortOrder
                    + ".");
        }
    }

    private static void tooLong(Refusal.Reasons reasons, String field, String text, String nl, String en) {
        if (text.length() > MAX_DESCRIPTION) {
            reasons.add(field, nl + " is te lang: hoogstens " + MAX_DESCRIPTION + " tekens, niet " + text.length() + ".",
                    en + " is too long: at most " + MAX_DESCRIPTION + " characters, not " + text.length() + ".");
        }
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }
}
