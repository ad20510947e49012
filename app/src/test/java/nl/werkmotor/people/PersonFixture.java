package nl.werkmotor.people;

import java.util.List;
import java.util.Set;

import nl.werkmotor.taxonomy.Sector;

/** People in domain words, for tests. */
public final class PersonFixture {

    public static final String DRIVE_VEHICLES = "http://data.europa.eu/esco/skill/00000000-0000-0000-0000-000000000011";
    public static final String BUS_DRIVER = "http://data.europa.eu/esco/occupation/00000000-0000-0000-0000-000000000001";

    private PersonFixture() {
    }

    /** A job seeker on bijstand in Rotterdam who drove buses, visible to partners. */
    public static Person aJobSeekerInRotterdam(long id) {
        return new Person(id, PersonKind.JOB_SEEKER, "Fatima", "de Wit", 1984, "3011",
                Set.of(TargetGroup.BIJSTAND, TargetGroup.STATUSHOUDER), BenefitType.BIJSTAND, List.of(BUS_DRIVER),
                new Profile(List.of(new SkillClaim(DRIVE_VEHICLES, Evidence.CONFIRMED_BY_PROFESSIONAL)),
                        new Preferences(24, 32, 15, Set.of(Sector.TRANSPORT, Sector.CARE), Motivation.HIGH,
                                Availability.NOW, Visibility.PARTNERS, Set.of(), Set.of())));
    }
}
