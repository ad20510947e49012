package nl.werkmotor.people;

import java.util.List;

/**
 * The body of {@code PUT /api/v1/mijn-profiel}: the whole profile as it should be. Skills kept keep their
 * evidence; new ones are self-declared. Choices are the names the GET answer shows (e.g. "HIGH").
 *
 * @param skills ESCO skill URIs, or the UUIDs at their end
 */
record ProfileUpdate(List<String> skills, Integer minHours, Integer maxHours, Integer travelRadiusKm,
                     List<String> sectors, String motivation, String availability, String visibility,
                     List<String> workingConditions, List<String> supportNeeds) {
}
