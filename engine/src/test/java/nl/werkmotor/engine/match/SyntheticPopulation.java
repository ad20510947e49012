package nl.werkmotor.engine.match;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A seeded, ESCO-shaped synthetic population for timing: ~13,000 skills in clusters with a
 * hierarchy and relations, 3,000 occupations, people who mostly hold the skills of one occupation
 * plus some transversal ones ("teamwork" makes long posting lists), spread over 35 regions.
 */
public final class SyntheticPopulation {
    static final int SKILLS = 13_000;
    static final int GROUPS = 600;
    static final int TRANSVERSAL = 60;
    static final int CLUSTERS = 100;
    static final int OCCUPATIONS = 3_000;
    static final int REGIONS = 35;
    public static final LocalDate TODAY = LocalDate.of(2027, 1, 1);

    private final long seed;
    public final SkillGraph graph;
    public final List<Occupation> occupations = new ArrayList<>();
    private final double[] regionLatitude = new double[REGIONS + 1];
    private final double[] regionLongitude = new double[REGIONS + 1];

    public SyntheticPopulation(long seed) {
        this.seed = seed;
        var random = new SplittableRandom(seed);
        for (int region = 1; region <= REGIONS; region++) {
            regionLatitude[region] = 51.0 + 2.3 * random.nextDouble();
            regionLongitude[region] = 3.8 + 3.0 * random.nextDouble();
        }
        var builder = SkillGraph.builder(SKILLS);
        for (int skill = GROUPS; skill < SKILLS; skill++) {
            if (random.nextInt(10) < 7) {
                builder.broader(skill, GROUPS * cluster(skill) / CLUSTERS + random.nextInt(GROUPS / CLUSTERS));
            }
            for (int r = 0; r < 2; r++) {
                builder.related(skill, clusterSkill(cluster(skill), random));
            }
        }
        var users = new int[SKILLS];
        for (int id = 0; id < OCCUPATIONS; id++) {
            int cluster = random.nextInt(CLUSTERS);
            var essential = new ArrayList<Integer>();
            var optional = new ArrayList<Integer>();
            for (int i = 0; i < 12; i++) {
                essential.add(i < 2 ? random.nextInt(TRANSVERSAL) : clusterSkill(cluster, random));
                optional.add(i < 2 ? random.nextInt(TRANSVERSAL) : clusterSkill(cluster, random));
            }
            essential.forEach(skill -> users[skill]++);
            optional.forEach(skill -> users[skill]++);
            occupations.add(new Occupation(id, essential, optional, 1000 + cluster));
        }
        graph = builder.specificityFromUsage(users, OCCUPATIONS).build();
    }

    /** Person {@code id}, the same for the same seed. */
    public Person person(int id) {
        var random = new SplittableRandom(seed * 31 + id);
        var occupation = occupations.get(random.nextInt(OCCUPATIONS));
        var claims = new ArrayList<SkillClaim>(30);
        for (int i = 0; i < 30; i++) {
            int skill = switch (i % 6) {
                case 0, 1 -> occupation.essential().get(random.nextInt(12));
                case 2 -> occupation.optional().get(random.nextInt(12));
                case 3 -> random.nextInt(TRANSVERSAL);
                case 4 -> clusterSkill(occupation.iscoGroup() - 1000, random);
                default -> TRANSVERSAL + random.nextInt(SKILLS - TRANSVERSAL);
            };
            claims.add(new SkillClaim(skill, Evidence.values()[random.nextInt(4)]));
        }
        int region = 1 + random.nextInt(REGIONS);
        int minHours = 8 * (1 + random.nextInt(4));
        return new Person(id, claims, regionLatitude[region] + 0.3 * random.nextGaussian(),
                regionLongitude[region] + 0.4 * random.nextGaussian(), region, minHours,
                minHours + 8 * random.nextInt(3), 5 + random.nextInt(46), TODAY.plusDays(random.nextInt(60)),
                Visibility.values()[random.nextInt(10) < 2 ? 0 : 1 + random.nextInt(2)], random.nextInt(8));
    }

    /** A ten-skill vacancy from one occupation: six essential, four optional. */
    public Vacancy vacancy(int id) {
        var random = new SplittableRandom(~seed * 17 + id);
        var occupation = occupations.get(random.nextInt(OCCUPATIONS));
        var requirements = new ArrayList<SkillRequirement>(10);
        for (int i = 0; i < 10; i++) {
            requirements.add(i < 6 ? SkillRequirement.essential(occupation.essential().get(random.nextInt(12)))
                    : SkillRequirement.optional(occupation.optional().get(random.nextInt(12))));
        }
        int region = 1 + random.nextInt(REGIONS);
        int minHours = 8 * (1 + random.nextInt(3));
        return new Vacancy(id, requirements, regionLatitude[region] + 0.2 * random.nextGaussian(),
                regionLongitude[region] + 0.3 * random.nextGaussian(), region, minHours, minHours + 16,
                TODAY.plusDays(30 + random.nextInt(60)), random.nextInt(10) == 0 ? 1 : 0);
    }

    private static int cluster(int skill) {
        return skill % CLUSTERS;
    }

    /** A non-group, non-transversal skill of the cluster. */
    private static int clusterSkill(int cluster, SplittableRandom random) {
        int first = GROUPS + ((cluster - GROUPS % CLUSTERS) % CLUSTERS + CLUSTERS) % CLUSTERS;
        return first + CLUSTERS * random.nextInt((SKILLS - first - 1) / CLUSTERS);
    }
}
