package nl.werkmotor.people;

import java.util.Set;

import nl.werkmotor.taxonomy.Sector;

/** "I want": the work someone looks for and who may see them. */
public record Preferences(
        int minHours,
        int maxHours,
        int travelRadiusKm,
        Set<Sector> sectors,
        Motivation motivation,
        Availability availability,
        Visibility visibility) {

    public Preferences {
        sectors = Set.copyOf(sectors);
    }
}
