package nl.werkmotor.engine.match;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A vacancy as the engine sees it.
 *
 * @param id                   dense non-negative id assigned by the application
 * @param requirements         the skills it needs; a skill listed twice counts at its highest importance
 * @param latitude             degrees, of the workplace's PC4 area
 * @param longitude            degrees, of the workplace's PC4 area
 * @param region               arbeidsmarktregio code, or {@link #ANY_REGION} when open to people from every region
 * @param minHours             hours a week, at least
 * @param maxHours             hours a week, at most
 * @param startDate            the day the job starts; people available later do not fit
 * @param requiredTargetGroups bit set: a person fits only if they belong to at least one of these
 *                             (for example a banenafspraak job); 0 when open to everybody
 */
public record Vacancy(int id, List<SkillRequirement> requirements, double latitude, double longitude, int region,
                      int minHours, int maxHours, LocalDate startDate, long requiredTargetGroups) {
    public static final int ANY_REGION = -1;

    public Vacancy {
        if (id < 0) {
            throw new IllegalArgumentException("vacancy id must not be negative: " + id);
        }
        if (minHours > maxHours) {
            throw new IllegalArgumentException("vacancy " + id + ": minHours " + minHours + " > maxHours " + maxHours);
        }
        requirements = List.copyOf(requirements);
        Objects.requireNonNull(startDate, "startDate");
    }
}
