package nl.werkmotor.engine.match;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A person as the engine sees them: what they can, where they live (the centre of their PC4 area),
 * what they want, and whom they let find them. No name, no BSN, no benefit: the engine needs none.
 *
 * @param id            dense non-negative id assigned by the application
 * @param claims        the skills they claim; a skill claimed twice counts at its best evidence
 * @param latitude      degrees, of the PC4 area's centre
 * @param longitude     degrees, of the PC4 area's centre
 * @param region        their arbeidsmarktregio code
 * @param minHours      hours a week, at least
 * @param maxHours      hours a week, at most
 * @param travelRadiusKm how far they will travel, great-circle
 * @param availableFrom first day they can start
 * @param visibility    who may find them
 * @param targetGroups  bit set of target groups they belong to (bit i = target group i)
 * @param areaLatitude  degrees, of the centre of the wider area an employer may know they live in (the
 *                      application's municipality): an employer's query places them there, so that what an
 *                      employer sees never depends on more than that area
 * @param areaLongitude degrees, likewise
 */
public record Person(int id, List<SkillClaim> claims, double latitude, double longitude, int region,
                     int minHours, int maxHours, double travelRadiusKm, LocalDate availableFrom,
                     Visibility visibility, long targetGroups, double areaLatitude, double areaLongitude) {

    /** Someone whose wider area is their PC4 area itself. */
    public Person(int id, List<SkillClaim> claims, double latitude, double longitude, int region, int minHours,
                  int maxHours, double travelRadiusKm, LocalDate availableFrom, Visibility visibility,
                  long targetGroups) {
        this(id, claims, latitude, longitude, region, minHours, maxHours, travelRadiusKm, availableFrom, visibility,
                targetGroups, latitude, longitude);
    }

    public Person {
        if (id < 0) {
            throw new IllegalArgumentException("person id must not be negative: " + id);
        }
        if (minHours < 0 || minHours > maxHours) {
            throw new IllegalArgumentException(
                    "person " + id + ": hours must satisfy 0 <= min <= max: " + minHours + ".." + maxHours);
        }
        claims = List.copyOf(claims);
        Objects.requireNonNull(availableFrom, "availableFrom");
        Objects.requireNonNull(visibility, "visibility");
    }
}
