package nl.werkmotor.people;

import java.util.Set;

import nl.werkmotor.taxonomy.Sector;

/**
 * "I want": the work someone looks for, under which conditions, with which support, and who may see them.
 * Always whole, every field named: a form that edits some of them sends a {@link PreferencesChange}.
 *
 * @param workingConditions what the work must allow; private to the person and their professionals
 * @param supportNeeds      the help that makes work possible; private to the person and their professionals,
 *                          never shown to employers (it can say something about health)
 */
public record Preferences(
        int minHours,
        int maxHours,
        int travelRadiusKm,
        Set<Sector> sectors,
        Motivation motivation,
        Availability availability,
        Visibility visibility,
        Set<WorkingCondition> workingConditions,
        Set<SupportNeed> supportNeeds) {

    public Preferences {
        sectors = Set.copyOf(sectors);
        workingConditions = Set.copyOf(workingConditions);
        supportNeeds = Set.copyOf(supportNeeds);
    }

    public Preferences withVisibility(Visibility changed) {
        return new Preferences(minHours, maxHours, travelRadiusKm, sectors, motivation, availability, changed,
                workingConditions, supportNeeds);
    }
}
