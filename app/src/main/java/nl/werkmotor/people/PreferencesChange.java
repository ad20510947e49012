package nl.werkmotor.people;

import java.util.EnumSet;
import java.util.Set;

import nl.werkmotor.taxonomy.Sector;

/**
 * The preferences one form edits, and only those: {@link ChangingProfile} applies it to the profile as it is
 * under its lock, so every field the form does not name keeps what is saved at that moment, also what someone
 * else saved a moment ago. A form never sends back a value it only read (a case worker's wishes form once wrote
 * back the visibility it had read, and wiped the working conditions and support needs it did not show).
 * Start from {@link #none()} and name each field the form edits; a field named with a value that is missing
 * or not a choice (null, -1) is refused like every other problem.
 *
 * @param fields the fields this change edits; the values of the others mean nothing
 */
public record PreferencesChange(Set<Field> fields, int minHours, int maxHours, int travelRadiusKm, Set<Sector> sectors,
                                Motivation motivation, Availability availability, Visibility visibility,
                                Set<WorkingCondition> workingConditions, Set<SupportNeed> supportNeeds) {

    public enum Field {
        HOURS, TRAVEL_RADIUS, SECTORS, MOTIVATION, AVAILABILITY, VISIBILITY, WORKING_CONDITIONS, SUPPORT_NEEDS
    }

    public PreferencesChange {
        fields = Set.copyOf(fields);
        sectors = Set.copyOf(sectors);
        workingConditions = Set.copyOf(workingConditions);
        supportNeeds = Set.copyOf(supportNeeds);
    }

    /** Edits nothing yet. */
    public static PreferencesChange none() {
        return new PreferencesChange(Set.of(), 0, 0, 0, Set.of(), null, null, null, Set.of(), Set.of());
    }

    /** Every field as {@code wanted} says: a whole profile sent again (the API's PUT). */
    public static PreferencesChange whole(Preferences wanted) {
        return new PreferencesChange(EnumSet.allOf(Field.class), wanted.minHours(), wanted.maxHours(),
                wanted.travelRadiusKm(), wanted.sectors(), wanted.motivation(), wanted.availability(),
                wanted.visibility(), wanted.workingConditions(), wanted.supportNeeds());
    }

    public PreferencesChange hours(int min, int max) {
        return new PreferencesChange(with(Field.HOURS), min, max, travelRadiusKm, sectors, motivation, availability,
                visibility, workingConditions, supportNeeds);
    }

    public PreferencesChange travelRadiusKm(int km) {
        return new PreferencesChange(with(Field.TRAVEL_RADIUS), minHours, maxHours, km, sectors, motivation,
                availability, visibility, workingConditions, supportNeeds);
    }

    public PreferencesChange sectors(Set<Sector> chosen) {
        return new PreferencesChange(with(Field.SECTORS), minHours, maxHours, travelRadiusKm, chosen, motivation,
                availability, visibility, workingConditions, supportNeeds);
    }

    public PreferencesChange motivation(Motivation chosen) {
        return new PreferencesChange(with(Field.MOTIVATION), minHours, maxHours, travelRadiusKm, sectors, chosen,
                availability, visibility, workingConditions, supportNeeds);
    }

    public PreferencesChange availability(Availability chosen) {
        return new PreferencesChange(with(Field.AVAILABILITY), minHours, maxHours, travelRadiusKm, sectors, motivation,
                chosen, visibility, workingConditions, supportNeeds);
    }

    /** The person's own consent: {@link ChangingProfile} refuses it from anyone else. */
    public PreferencesChange visibility(Visibility chosen) {
        return new PreferencesChange(with(Field.VISIBILITY), minHours, maxHours, travelRadiusKm, sectors, motivation,
                availability, chosen, workingConditions, supportNeeds);
    }

    public PreferencesChange workingConditions(Set<WorkingCondition> chosen) {
        return new PreferencesChange(with(Field.WORKING_CONDITIONS), minHours, maxHours, travelRadiusKm, sectors,
                motivation, availability, visibility, chosen, supportNeeds);
    }

    public PreferencesChange supportNeeds(Set<SupportNeed> chosen) {
        return new PreferencesChange(with(Field.SUPPORT_NEEDS), minHours, maxHours, travelRadiusKm, sectors,
                motivation, availability, visibility, workingConditions, chosen);
    }

    public boolean edits(Field field) {
        return fields.contains(field);
    }

    /** The preferences after this change: what it edits from here, the rest from {@code now}. */
    public Preferences applyTo(Preferences now) {
        boolean hours = edits(Field.HOURS);
        return new Preferences(hours ? minHours : now.minHours(), hours ? maxHours : now.maxHours(),
                edits(Field.TRAVEL_RADIUS) ? travelRadiusKm : now.travelRadiusKm(),
                edits(Field.SECTORS) ? sectors : now.sectors(),
                edits(Field.MOTIVATION) ? motivation : now.motivation(),
                edits(Field.AVAILABILITY) ? availability : now.availability(),
                edits(Field.VISIBILITY) ? visibility : now.visibility(),
                edits(Field.WORKING_CONDITIONS) ? workingConditions : now.workingConditions(),
                edits(Field.SUPPORT_NEEDS) ? supportNeeds : now.supportNeeds());
    }

    private Set<Field> with(Field field) {
        EnumSet<Field> more = EnumSet.of(field);
        more.addAll(fields);
        return more;
    }
}
