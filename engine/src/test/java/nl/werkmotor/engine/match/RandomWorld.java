package nl.werkmotor.engine.match;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A small random world for the randomized tests: a skill graph with its edges kept aside (so the
 * reference need not trust {@link SkillGraph}'s derived lists), occupations, people and vacancies,
 * with few regions, close dates and nearby places so every filter both passes and fails often.
 */
final class RandomWorld {
    final Random random;
    final int skills;
    final List<int[]> broaderEdges = new ArrayList<>();
    final List<int[]> relatedEdges = new ArrayList<>();
    final float[] specificity;
    final SkillGraph graph;
    final List<Occupation> occupations = new ArrayList<>();

    RandomWorld(long seed) {
        random = new Random(seed);
        skills = 5 + random.nextInt(120);
        specificity = new float[skills];
        var builder = SkillGraph.builder(skills);
        for (int skill = 0; skill < skills; skill++) {
            specificity[skill] = 0.2f + 3 * random.nextFloat();
            builder.specificity(skill, specificity[skill]);
            for (int b = random.nextInt(3); b > 0; b--) {
                int broader = random.nextInt(skills);
                broaderEdges.add(new int[] {skill, broader});
                builder.broader(skill, broader);
            }
            if (random.nextInt(3) == 0) {
                int other = random.nextInt(skills);
                relatedEdges.add(new int[] {skill, other});
                builder.related(skill, other);
            }
        }
        graph = builder.build();
        for (int id = 0, n = 1 + random.nextInt(40); id < n; id++) {
            occupations.add(new Occupation(id, someSkills(1 + random.nextInt(8)), someSkills(random.nextInt(8)),
                    1000 + random.nextInt(5)));
        }
    }

    List<Integer> someSkills(int count) {
        var skills = new ArrayList<Integer>();
        for (int i = 0; i < count; i++) {
            skills.add(random.nextInt(this.skills));
        }
        return skills;
    }

    Person person(int id) {
        var claims = new ArrayList<SkillClaim>();
        for (int skill : someSkills(random.nextInt(12))) {
            claims.add(new SkillClaim(skill, Evidence.values()[random.nextInt(4)]));
        }
        int minHours = 8 * random.nextInt(5);
        // a wider area of their own (an employer's queries place them there), or their own place
        double latitude = latitude();
        double longitude = longitude();
        boolean area = random.nextBoolean();
        return new Person(id, claims, latitude, longitude, region(), minHours, minHours + 8 * random.nextInt(3),
                random.nextInt(40), date(), Visibility.values()[random.nextInt(3)], random.nextInt(4),
                area ? latitude() : latitude, area ? longitude() : longitude);
    }

    Vacancy vacancy(int id) {
        var requirements = new ArrayList<SkillRequirement>();
        for (int skill : someSkills(random.nextInt(10))) {
            requirements.add(new SkillRequirement(skill, Importance.values()[random.nextInt(2)]));
        }
        int minHours = 8 * random.nextInt(5);
        return new Vacancy(id, requirements, latitude(), longitude(),
                random.nextInt(4) == 0 ? Vacancy.ANY_REGION : region(), minHours, minHours + 8 * random.nextInt(3),
                date(), random.nextInt(3) == 0 ? 1 + random.nextInt(3) : 0);
    }

    private double latitude() {
        return 51.8 + 0.4 * random.nextDouble();
    }

    private double longitude() {
        return 4.3 + 0.6 * random.nextDouble();
    }

    private int region() {
        return 1 + random.nextInt(2);
    }

    private LocalDate date() {
        return LocalDate.of(2027, 1, 1).plusDays(random.nextInt(10));
    }
}
