package nl.werkmotor.people;

import java.util.List;
import java.util.Set;

/**
 * Someone with a profile.
 *
 * @param postcode4           where they live, as a 4-digit postcode area
 * @param previousOccupations ESCO occupation URIs of jobs held, most recent first
 */
public record Person(
        long id,
        PersonKind kind,
        String firstName,
        String lastName,
        int birthYear,
        String postcode4,
        Set<TargetGroup> targetGroups,
        BenefitType benefit,
        List<String> previousOccupations,
        Profile profile) {

    public Person {
        targetGroups = Set.copyOf(targetGroups);
        previousOccupations = List.copyOf(previousOccupations);
    }
}
