package nl.werkmotor.people;

import java.util.Locale;

/**
 * One entry of the region's list of target groups: its code, its names and what it means in Dutch and English,
 * whether it is still in use (an inactive group is kept for the people in it and the figures counted by it, but
 * offered to no one new) and where it stands in the list.
 */
public record TargetGroupDefinition(TargetGroup group, String nameNl, String nameEn, String descriptionNl,
                                    String descriptionEn, boolean active, int sortOrder) {

    public String code() {
        return group.code();
    }

    /** Dutch unless English is asked for. */
    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameNl;
    }

    public String description(Locale locale) {
        return "en".equals(locale.getLanguage()) ? descriptionEn : descriptionNl;
    }
}
