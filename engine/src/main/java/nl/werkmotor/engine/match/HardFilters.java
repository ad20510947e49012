package nl.werkmotor.engine.match;

/**
 * Whether a person and a vacancy may meet at all, before any score: the same region (unless the
 * vacancy is open to all), overlapping hours, the person available by the start date, in one of the
 * required target groups (if any), and the workplace within the person's travel radius. Cheap tests
 * first; the distance last.
 */
final class HardFilters {
    private HardFilters() {
    }

    static boolean fits(double latitude, double longitude, double radiusKm, int region, int minHours, int maxHours,
                        long availableFromDay, long targetGroups, Vacancy vacancy, long startDay) {
        return (vacancy.region() == Vacancy.ANY_REGION || vacancy.region() == region)
                && Math.max(minHours, vacancy.minHours()) <= Math.min(maxHours, vacancy.maxHours())
                && availableFromDay <= startDay
                && (vacancy.requiredTargetGroups() == 0 || (targetGroups & vacancy.requiredTargetGroups()) != 0)
                && GreatCircle.within(latitude, longitude, vacancy.latitude(), vacancy.longitude(), radiusKm);
    }

    static boolean fits(Person person, Vacancy vacancy) {
        return fits(person.latitude(), person.longitude(), person.travelRadiusKm(), person.region(), person.minHours(),
                person.maxHours(), person.availableFrom().toEpochDay(), person.targetGroups(), vacancy,
                vacancy.startDate().toEpochDay());
    }
}
