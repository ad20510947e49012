package nl.werkmotor.demoregion.internal;

import java.time.LocalDate;
import java.time.Year;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import nl.werkmotor.employers.Employer;
import nl.werkmotor.employers.SizeClass;
import nl.werkmotor.learning.LearningOffer;
import nl.werkmotor.learning.OfferKind;
import nl.werkmotor.people.Availability;
import nl.werkmotor.people.BenefitType;
import nl.werkmotor.people.EligibilityFacts;
import nl.werkmotor.people.Evidence;
import nl.werkmotor.people.LoadingPeople.PersonWithFacts;
import nl.werkmotor.people.Motivation;
import nl.werkmotor.people.Person;
import nl.werkmotor.people.PersonKind;
import nl.werkmotor.people.Preferences;
import nl.werkmotor.people.Profile;
import nl.werkmotor.people.SkillClaim;
import nl.werkmotor.people.TargetGroup;
import nl.werkmotor.people.Visibility;
import nl.werkmotor.people.WorkLimitation;
import nl.werkmotor.places.Postcode4;
import nl.werkmotor.taxonomy.OccupationProfile;
import nl.werkmotor.taxonomy.Sector;
import nl.werkmotor.vacancies.Importance;
import nl.werkmotor.vacancies.SkillRequirement;
import nl.werkmotor.vacancies.Vacancy;

/**
 * Makes a believable, fictional region from ESCO occupation profiles and the region's postcode
 * areas. Pure and deterministic: no database, no clock; each kind of record has its own random
 * source derived from the seed, so the same seed gives the same region whatever is consumed first.
 * People, vacancies and learning offers are streams made on demand, so a million people need no
 * more memory than a thousand; employers are a list (vacancies refer to them).
 *
 * <p>The shares below are rounded from public Dutch figures (CBS, UWV, Divosa) and are meant to
 * look like a region, not to describe one.
 */
public final class DemoRegionGenerator {

    /**
     * The first person and the first employer are the ones the demo accounts "werkzoekende" (Sanne Bakker)
     * and "werkgever" (Bouwbedrijf De Vaste Hand) sign in as; the person shows in the anonymous showcase.
     */
    public static final long DEMO_PERSON_ID = 1;
    public static final long DEMO_EMPLOYER_ID = 1;

    /** Birth years count back from here, not from today: the same seed gives the same region next year. */
    static final int REFERENCE_YEAR = 2026;
    /** Benefits started counting back from here, for the same reason. */
    static final LocalDate REFERENCE_DAY = LocalDate.of(REFERENCE_YEAR, 12, 1);

    private static final Weighted<PersonKind> KIND = Weighted.<PersonKind>of()
            .with(PersonKind.JOB_SEEKER, 60).with(PersonKind.WORKER, 40);
    private static final Weighted<BenefitType> JOB_SEEKER_BENEFIT = Weighted.<BenefitType>of()
            .with(BenefitType.BIJSTAND, 45).with(BenefitType.WW, 20).with(BenefitType.WIA, 5).with(BenefitType.WAJONG, 10)
            .with(BenefitType.NONE, 20);
    private static final Weighted<BenefitType> WORKER_BENEFIT = Weighted.<BenefitType>of()
            .with(BenefitType.NONE, 92).with(BenefitType.WAJONG, 6).with(BenefitType.BIJSTAND, 2);
    private static final Weighted<int[]> HOURS = Weighted.<int[]>of()
            .with(new int[] {8, 16}, 5).with(new int[] {12, 20}, 8).with(new int[] {16, 24}, 15)
            .with(new int[] {24, 32}, 25).with(new int[] {32, 36}, 22).with(new int[] {36, 40}, 25);
    /** Wajong and banenafspraak: fewer hours, often part-time by necessity. */
    private static final Weighted<int[]> HOURS_REDUCED = Weighted.<int[]>of()
            .with(new int[] {8, 16}, 25).with(new int[] {12, 20}, 30).with(new int[] {16, 24}, 25)
            .with(new int[] {24, 32}, 15).with(new int[] {32, 36}, 5);
    private static final Weighted<Integer> TRAVEL_KM = Weighted.<Integer>of()
            .with(5, 15).with(10, 30).with(15, 20).with(25, 20).with(40, 10).with(60, 5);
    private static final Weighted<Integer> TRAVEL_KM_REDUCED = Weighted.<Integer>of()
            .with(5, 35).with(10, 40).with(15, 15).with(25, 10);
    private static final Weighted<Motivation> MOTIVATION = Weighted.<Motivation>of()
            .with(Motivation.HIGH, 35).with(Motivation.MODERATE, 45).with(Motivation.LOW, 20);
    private static final Weighted<Availability> JOB_SEEKER_AVAILABILITY = Weighted.<Availability>of()
            .with(Availability.NOW, 55).with(Availability.WITHIN_A_MONTH, 25)
            .with(Availability.WITHIN_THREE_MONTHS, 15).with(Availability.LATER, 5);
    private static final Weighted<Availability> WORKER_AVAILABILITY = Weighted.<Availability>of()
            .with(Availability.NOW, 5).with(Availability.WITHIN_A_MONTH, 20)
            .with(Availability.WITHIN_THREE_MONTHS, 35).with(Availability.LATER, 40);
    private static final Weighted<Visibility> VISIBILITY = Weighted.<Visibility>of()
            .with(Visibility.PRIVATE, 35).with(Visibility.PARTNERS, 35).with(Visibility.EMPLOYERS_ANONYMOUS, 30);
    private static final Weighted<Evidence> EVIDENCE = Weighted.<Evidence>of()
            .with(Evidence.SELF_DECLARED, 60).with(Evidence.CONFIRMED_BY_PROFESSIONAL, 25)
            .with(Evidence.ASSESSED, 10).with(Evidence.BADGE_VERIFIED, 5);
    private static final Weighted<Integer> OCCUPATIONS_HELD = Weighted.<Integer>of().with(1, 50).with(2, 35).with(3, 15);
    private static final Weighted<SizeClass> SIZE = Weighted.<SizeClass>of()
            .with(SizeClass.MICRO, 60).with(SizeClass.SMALL, 28).with(SizeClass.MEDIUM, 9).with(SizeClass.LARGE, 3);
    private static final Map<SizeClass, Integer> VACANCY_WEIGHT = Map.of(
            SizeClass.MICRO, 1, SizeClass.SMALL, 3, SizeClass.MEDIUM, 8, SizeClass.LARGE, 20);
    private static final Weighted<int[]> VACANCY_HOURS = Weighted.<int[]>of()
            .with(new int[] {16, 24}, 15).with(new int[] {24, 32}, 25).with(new int[] {32, 40}, 35)
            .with(new int[] {36, 40}, 15).with(new int[] {38, 40}, 10);
    private static final Weighted<OfferKind> OFFER_KIND = Weighted.<OfferKind>of()
            .with(OfferKind.MODULE, 30).with(OfferKind.MBO_CERTIFICAAT, 20).with(OfferKind.BBL, 15).with(OfferKind.CURSUS, 35);

    private final long seed;
    private final List<OccupationProfile> occupations;
    private final List<Postcode4> postcodes;
    private final Weighted<SectorProfile> sectors = Weighted.of();
    /** Per sector the occupations it employs; all occupations where ESCO has none for a sector. */
    private final Map<Sector, List<OccupationProfile>> bySector = new EnumMap<>(Sector.class);

    /**
     * @param occupations the taxonomy's occupation profiles, in a stable order (by URI)
     * @param postcodes   the region's postcode areas, in a stable order (by code)
     */
    public DemoRegionGenerator(List<OccupationProfile> occupations, List<Postcode4> postcodes, long seed) {
        if (occupations.isEmpty() || postcodes.isEmpty()) {
            throw new IllegalArgumentException("a demo region needs occupations and postcodes");
        }
        this.seed = seed;
        this.occupations = List.copyOf(occupations);
        this.postcodes = List.copyOf(postcodes);
        for (SectorProfile profile : SectorProfile.values()) {
            sectors.with(profile, profile.shareOfJobs);
            List<OccupationProfile> employed = occupations.stream().filter(o -> profile.employs(o.iscoCode())).toList();
            bySector.put(profile.sector, employed.isEmpty() ? this.occupations : employed);
        }
    }

    /** How many employers, vacancies and learning offers go with a number of people. */
    public record Sizes(int people, int employers, int vacancies, int learningOffers) {

        public static Sizes forPeople(int people) {
            // about 1 employer per 25 people and 1 vacancy per 5 (DESIGN: 1M people, 200k vacancies)
            return new Sizes(people, Math.max(20, people / 25), Math.max(50, people / 5),
                    Math.clamp(people / 100, 30, 10_000));
        }
    }

    public Stream<Person> people(int count) {
        Draw draw = new Draw(seed ^ 0x5EED_0001L);
        return IntStream.rangeClosed(1, count).mapToObj(id -> person(id, draw));
    }

    /**
     * People with the facts the Toolbox reads (birth date, benefit since, work limitation, loonwaarde) and the
     * target groups that follow from age and limitation: 50-plus by age, young people without a basic
     * qualification, Pro/VSO school leavers, sheltered work, placeable people with a work limitation, and
     * "overige" for job seekers in no other group. Drawn from a source of their own, so the rest of each person
     * is as {@link #people} makes it.
     */
    public Stream<PersonWithFacts> peopleWithFacts(int count) {
        Draw draw = new Draw(seed ^ 0x5EED_0001L);
        Draw facts = new Draw(seed ^ 0x5EED_0006L);
        return IntStream.rangeClosed(1, count).mapToObj(id -> withFacts(person(id, draw), facts));
    }

    private static PersonWithFacts withFacts(Person person, Draw draw) {
        LocalDate born = LocalDate.ofYearDay(person.birthYear(), draw.between(1, Year.of(person.birthYear()).length()));
        int age = (int) ChronoUnit.YEARS.between(born, REFERENCE_DAY);
        boolean seeker = person.kind() == PersonKind.JOB_SEEKER;
        Set<TargetGroup> groups = new TreeSet<>(person.targetGroups());
        WorkLimitation limitation = WorkLimitation.NONE;
        if (groups.contains(TargetGroup.BANENAFSPRAAK)) {
            limitation = WorkLimitation.DOELGROEPREGISTER;
            if (draw.chance(0.08)) {
                groups.add(TargetGroup.BESCHUT_WERK);
            }
        } else if (person.benefit() == BenefitType.WAJONG || person.benefit() == BenefitType.WIA
                || (person.benefit() == BenefitType.BIJSTAND && draw.chance(0.06))) {
            limitation = WorkLimitation.ESTABLISHED_BY_UWV;
            if (seeker && draw.chance(0.6)) {
                groups.add(TargetGroup.BEMIDDELBAAR_ARBEIDSBEPERKT);
            }
        }
        if (seeker && age >= 50) {
            groups.add(TargetGroup.VIJFTIG_PLUS);
        }
        if (seeker && age < 27 && draw.chance(0.35)) {
            groups.add(TargetGroup.JONGEREN_ZONDER_STARTKWALIFICATIE);
        }
        if (seeker && age <= 20 && draw.chance(0.3)) {
            groups.add(TargetGroup.PRO_VSO);
        }
        if (seeker && groups.isEmpty()) {
            groups.add(TargetGroup.OVERIG);
        }
        Integer loonwaarde = switch (limitation) {
            case DOELGROEPREGISTER -> draw.chance(0.7) ? 5 * draw.between(6, 16) : null; // 30 to 80 %
            case ESTABLISHED_BY_UWV -> draw.chance(0.3) ? 5 * draw.between(12, 19) : null; // 60 to 95 %
            case NONE -> null;
        };
        LocalDate adult = born.plusYears(18);
        LocalDate since = switch (person.benefit()) {
            case NONE -> null;
            case BIJSTAND -> REFERENCE_DAY.minusMonths(draw.chance(0.75) ? draw.between(8, 40) : draw.between(41, 96));
            case WW -> REFERENCE_DAY.minusMonths(draw.between(1, 24)); // WW lasts at most two years
            case WIA -> REFERENCE_DAY.minusMonths(draw.between(6, 120)); // after two years of illness
            case WAJONG -> adult.plusMonths(draw.between(0, 24));
        };
        if (since != null) {
            since = since.minusDays(draw.between(0, 27));
            since = since.isBefore(adult) ? adult : since.isAfter(REFERENCE_DAY) ? REFERENCE_DAY : since;
        }
        Person grouped = new Person(person.id(), person.kind(), person.firstName(), person.lastName(), person.birthYear(),
                person.postcode4(), groups, person.benefit(), person.previousOccupations(), person.profile());
        return new PersonWithFacts(grouped, new EligibilityFacts(person.id(), person.birthYear(), born, groups,
                person.benefit(), since, limitation, loonwaarde));
    }

    public List<Employer> employers(int count) {
        Draw draw = new Draw(seed ^ 0x5EED_0002L);
        List<Employer> employers = new ArrayList<>(count);
        for (int id = 1; id <= count; id++) {
            SectorProfile sector = draw.weighted(sectors);
            Employer employer = new Employer(id, sector.employerName(draw.oneOf(Names.LAST), draw.oneOf(sector.nameWords)),
                    sector.sector, draw.weighted(SIZE), draw.oneOf(postcodes).code());
            employers.add(id == DEMO_EMPLOYER_ID
                    ? new Employer(id, "Bouwbedrijf De Vaste Hand B.V.", Sector.CONSTRUCTION, SizeClass.MEDIUM, employer.postcode4())
                    : employer);
        }
        return employers;
    }

    /** Vacancies at these employers, more at larger ones, for occupations of each employer's sector. */
    public Stream<Vacancy> vacancies(List<Employer> employers, int count) {
        Draw draw = new Draw(seed ^ 0x5EED_0003L);
        Weighted<Employer> byVacancies = Weighted.of();
        employers.forEach(e -> byVacancies.with(e, VACANCY_WEIGHT.get(e.size())));
        return IntStream.rangeClosed(1, count).mapToObj(id -> {
            Employer employer = draw.weighted(byVacancies);
            OccupationProfile occupation = draw.oneOf(bySector.get(employer.sector()));
            List<SkillRequirement> requirements = new ArrayList<>();
            draw.sample(occupation.essentialSkills(), draw.between(5, 12))
                    .forEach(s -> requirements.add(new SkillRequirement(s, Importance.ESSENTIAL)));
            draw.sample(occupation.optionalSkills(), draw.between(0, 4))
                    .forEach(s -> requirements.add(new SkillRequirement(s, Importance.OPTIONAL)));
            int[] hours = draw.weighted(VACANCY_HOURS);
            String postcode = draw.chance(0.8) ? employer.postcode4() : draw.oneOf(postcodes).code();
            // elementary occupations (ISCO 9) are where most banenafspraak jobs are carved
            boolean banenafspraak = draw.chance(occupation.iscoCode().startsWith("9") ? 0.25 : 0.06);
            return new Vacancy(id, employer.id(), occupation.uri(), title(occupation), requirements, hours[0], hours[1],
                    postcode, banenafspraak);
        });
    }

    public Stream<LearningOffer> learningOffers(int count) {
        Draw draw = new Draw(seed ^ 0x5EED_0004L);
        List<String> providers = IntStream.range(0, Math.max(5, count / 20))
                .mapToObj(i -> draw.oneOf(Names.PROVIDERS).formatted(Names.capitalised(draw.oneOf(Names.LAST))))
                .distinct().toList();
        return IntStream.rangeClosed(1, count).mapToObj(id -> {
            OfferKind kind = draw.weighted(OFFER_KIND);
            OccupationProfile occupation = draw.oneOf(bySector.get(draw.weighted(sectors).sector));
            int skills = switch (kind) {
                case CURSUS -> draw.between(1, 3);
                case MODULE -> draw.between(2, 4);
                case MBO_CERTIFICAAT -> draw.between(4, 8);
                case BBL -> draw.between(8, 15);
            };
            List<String> taught = draw.sample(occupation.essentialSkills(), skills);
            String prefix = switch (kind) {
                case CURSUS -> "Cursus ";
                case MODULE -> "Module ";
                case MBO_CERTIFICAAT -> "Mbo-certificaat ";
                case BBL -> "BBL-traject ";
            };
            return new LearningOffer(id, draw.oneOf(providers), kind, prefix + label(occupation),
                    taught.isEmpty() ? occupation.optionalSkills() : taught, draw.oneOf(postcodes).code());
        });
    }

    private Person person(long id, Draw draw) {
        PersonKind kind = draw.weighted(KIND);
        BenefitType benefit = draw.weighted(kind == PersonKind.JOB_SEEKER ? JOB_SEEKER_BENEFIT : WORKER_BENEFIT);
        Set<TargetGroup> groups = targetGroups(kind, benefit, draw);
        boolean newcomer = groups.contains(TargetGroup.STATUSHOUDER);
        boolean reduced = groups.contains(TargetGroup.BANENAFSPRAAK) || benefit == BenefitType.WAJONG;
        int age = switch (benefit) {
            case WAJONG -> draw.between(18, 45);
            case WW -> draw.between(25, 66);
            case WIA -> draw.between(30, 66);
            default -> 18 + draw.between(0, 24) + draw.between(0, 24);
        };

        Map<String, OccupationProfile> held = new LinkedHashMap<>(); // by URI, most recent first
        Set<Sector> wanted = EnumSet.noneOf(Sector.class);
        Sector sector = draw.weighted(sectors).sector;
        int count = draw.weighted(OCCUPATIONS_HELD);
        for (int i = 0; i < count; i++) {
            if (i > 0 && draw.chance(0.3)) {
                sector = draw.weighted(sectors).sector; // a change of sector
            }
            OccupationProfile occupation = occupationFor(sector, kind, benefit, draw);
            held.putIfAbsent(occupation.uri(), occupation);
            wanted.add(sector);
        }

        Set<String> skills = new LinkedHashSet<>();
        boolean mostRecent = true;
        for (OccupationProfile occupation : held.values()) {
            skills.addAll(draw.sample(occupation.essentialSkills(), mostRecent ? draw.between(4, 10) : draw.between(2, 5)));
            skills.addAll(draw.sample(occupation.optionalSkills(), mostRecent ? draw.between(0, 3) : draw.between(0, 1)));
            mostRecent = false;
        }
        int extras = draw.between(1, 3); // from hobbies, volunteering, other work: optional skills of any occupation
        for (int i = 0; i < extras; i++) {
            OccupationProfile other = draw.oneOf(occupations);
            List<String> pool = other.optionalSkills().isEmpty() ? other.essentialSkills() : other.optionalSkills();
            if (!pool.isEmpty()) {
                skills.add(draw.oneOf(pool));
            }
        }
        List<SkillClaim> claims = skills.stream().map(s -> new SkillClaim(s, draw.weighted(EVIDENCE))).toList();

        if (draw.chance(0.3)) {
            wanted.add(draw.weighted(sectors).sector);
        }
        int[] hours = draw.weighted(reduced ? HOURS_REDUCED : HOURS);
        Visibility visibility = draw.weighted(VISIBILITY);
        Preferences preferences = new Preferences(hours[0], hours[1], draw.weighted(reduced ? TRAVEL_KM_REDUCED : TRAVEL_KM),
                wanted, draw.weighted(MOTIVATION),
                draw.weighted(kind == PersonKind.JOB_SEEKER ? JOB_SEEKER_AVAILABILITY : WORKER_AVAILABILITY),
                id == DEMO_PERSON_ID ? Visibility.EMPLOYERS_ANONYMOUS : visibility, Set.of(), Set.of());
        String firstName = draw.oneOf(newcomer ? Names.NEWCOMER_FIRST : Names.FIRST);
        String lastName = Names.capitalised(draw.oneOf(newcomer ? Names.NEWCOMER_LAST : Names.LAST));
        if (id == DEMO_PERSON_ID) {
            firstName = "Sanne";
            lastName = "Bakker";
        }
        return new Person(id, kind, firstName, lastName, REFERENCE_YEAR - age, draw.oneOf(postcodes).code(), groups, benefit,
                List.copyOf(held.keySet()), new Profile(claims, preferences));
    }

    private static Set<TargetGroup> targetGroups(PersonKind kind, BenefitType benefit, Draw draw) {
        Set<TargetGroup> groups = new TreeSet<>();
        switch (benefit) {
            case BIJSTAND -> groups.add(TargetGroup.BIJSTAND);
            case WW -> groups.add(TargetGroup.WW);
            case WAJONG -> groups.add(TargetGroup.WAJONG);
            case WIA -> groups.add(TargetGroup.WIA);
            case NONE -> { }
        }
        double banenafspraak = switch (benefit) {
            case WAJONG -> 0.75;
            case BIJSTAND -> 0.06;
            case WW -> 0.01;
            case WIA -> 0.03;
            case NONE -> 0.01;
        };
        if (draw.chance(banenafspraak)) {
            groups.add(TargetGroup.BANENAFSPRAAK);
        }
        double statushouder = benefit == BenefitType.BIJSTAND ? 0.15 : kind == PersonKind.JOB_SEEKER ? 0.05 : 0.02;
        if (draw.chance(statushouder)) {
            groups.add(TargetGroup.STATUSHOUDER);
        }
        return groups;
    }

    /**
     * An occupation of the sector, less often a professional or managerial one (ISCO 1 to 3) for
     * people on bijstand or Wajong, whose work histories lie mostly in practical jobs.
     */
    private OccupationProfile occupationFor(Sector sector, PersonKind kind, BenefitType benefit, Draw draw) {
        List<OccupationProfile> candidates = bySector.get(sector);
        double keepHighSkilled = kind == PersonKind.WORKER ? 0.8
                : benefit == BenefitType.BIJSTAND || benefit == BenefitType.WAJONG ? 0.2 : 0.6;
        OccupationProfile occupation = draw.oneOf(candidates);
        for (int tries = 0; tries < 5 && isHighSkilled(occupation) && !draw.chance(keepHighSkilled); tries++) {
            occupation = draw.oneOf(candidates);
        }
        return occupation;
    }

    private static boolean isHighSkilled(OccupationProfile occupation) {
        char major = occupation.iscoCode().isEmpty() ? '9' : occupation.iscoCode().charAt(0);
        return major >= '1' && major <= '3';
    }

    private static String label(OccupationProfile occupation) {
        return occupation.labelNl() != null ? occupation.labelNl() : occupation.labelEn();
    }

    private static String title(OccupationProfile occupation) {
        return Names.capitalised(label(occupation));
    }
}
