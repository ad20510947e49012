package nl.werkmotor.engine.match;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Predicate;

/**
 * The slow twin of {@link MatchIndex}: every query by scoring every candidate from the records, with
 * the model written out again from its definition (docs/matching.md) and the graph's raw edges.
 */
final class ReferenceMatcher {
    record Scored(int id, float score) {
    }

    private final RandomWorld world;
    private final Map<Integer, Set<Integer>> broader = new HashMap<>();
    private final Set<Long> related = new HashSet<>();

    ReferenceMatcher(RandomWorld world) {
        this.world = world;
        for (int[] edge : world.broaderEdges) {
            if (edge[0] != edge[1]) {
                broader.computeIfAbsent(edge[0], skill -> new HashSet<>()).add(edge[1]);
            }
        }
        for (int[] edge : world.relatedEdges) {
            if (edge[0] != edge[1]) {
                related.add(pair(edge[0], edge[1]));
                related.add(pair(edge[1], edge[0]));
            }
        }
    }

    /** The relation factor of the best relation between a claimed and a needed skill, 0 for none. */
    float relationFactor(int claimed, int needed) {
        if (claimed == needed) {
            return 1.0f;
        }
        if (broader.getOrDefault(claimed, Set.of()).contains(needed)) {
            return 0.8f;
        }
        if (broader.getOrDefault(needed, Set.of()).contains(claimed)) {
            return 0.5f;
        }
        return related.contains(pair(claimed, needed)) ? 0.4f : 0f;
    }

    /** Needed skill → weight, ascending by skill; a skill listed twice counts at its highest importance. */
    TreeMap<Integer, Float> weights(List<SkillRequirement> requirements) {
        var importance = new TreeMap<Integer, Float>();
        for (var requirement : requirements) {
            float factor = requirement.importance() == Importance.ESSENTIAL ? 1.0f : 0.1f;
            importance.merge(requirement.skill(), factor, Math::max);
        }
        var raw = new TreeMap<Integer, Float>();
        float total = 0f;
        for (var entry : importance.entrySet()) {
            float weight = entry.getValue() * world.specificity[entry.getKey()];
            raw.put(entry.getKey(), weight);
            total += weight;
        }
        var weights = new TreeMap<Integer, Float>();
        for (var entry : raw.entrySet()) {
            weights.put(entry.getKey(), entry.getValue() / total);
        }
        return weights;
    }

    float score(List<SkillClaim> claims, List<SkillRequirement> requirements) {
        double score = 0;
        for (var need : weights(requirements).entrySet()) {
            float best = 0f;
            for (var claim : claims) {
                best = Math.max(best, relationFactor(claim.skill(), need.getKey()) * evidence(claim.evidence()));
            }
            if (best > 0f) {
                score += need.getValue() * best;
            }
        }
        return (float) score;
    }

    /**
     * Occupations: coverage × precision, precision the share of the claimed skills' specificity whose
     * skill earns the best credit for some needed skill (the lowest such skill id on a tie).
     */
    float occupationScore(List<SkillClaim> claims, List<SkillRequirement> requirements) {
        var best = new TreeMap<Integer, Float>();
        for (var claim : claims) {
            best.merge(claim.skill(), evidence(claim.evidence()), Math::max);
        }
        var used = new HashSet<Integer>();
        for (int need : weights(requirements).keySet()) {
            float credit = 0f;
            int usedSkill = -1;
            for (var claim : best.entrySet()) {
                float c = relationFactor(claim.getKey(), need) * claim.getValue();
                if (c > credit) {
                    credit = c;
                    usedSkill = claim.getKey();
                }
            }
            if (usedSkill >= 0) {
                used.add(usedSkill);
            }
        }
        double usedSpecificity = 0;
        double total = 0;
        for (int skill : best.keySet()) {
            total += world.specificity[skill];
            usedSpecificity += used.contains(skill) ? world.specificity[skill] : 0;
        }
        float precision = used.isEmpty() ? 0f : (float) (usedSpecificity / total);
        return (float) ((double) score(claims, requirements) * precision);
    }

    static float evidence(Evidence evidence) {
        return switch (evidence) {
            case SELF_DECLARED -> 0.70f;
            case CONFIRMED -> 0.85f;
            case ASSESSED -> 0.95f;
            case BADGE_VERIFIED -> 1.00f;
        };
    }

    static boolean fits(Person person, Vacancy vacancy) {
        return fits(person, person.latitude(), person.longitude(), vacancy);
    }

    /** As an employer's query tests it: the distance from the centre of the person's wider area. */
    static boolean fits(Person person, Vacancy vacancy, Viewer viewer) {
        return viewer == Viewer.EMPLOYER ? fits(person, person.areaLatitude(), person.areaLongitude(), vacancy)
                : fits(person, vacancy);
    }

    private static boolean fits(Person person, double latitude, double longitude, Vacancy vacancy) {
        return (vacancy.region() == Vacancy.ANY_REGION || vacancy.region() == person.region())
                && person.minHours() <= vacancy.maxHours() && vacancy.minHours() <= person.maxHours()
                && !person.availableFrom().isAfter(vacancy.startDate())
                && (vacancy.requiredTargetGroups() == 0 || (person.targetGroups() & vacancy.requiredTargetGroups()) != 0)
                && GreatCircle.km(latitude, longitude, vacancy.latitude(), vacancy.longitude()) <= person.travelRadiusKm();
    }

    static boolean visible(Person person, Viewer viewer) {
        return switch (person.visibility()) {
            case PRIVATE -> false;
            case PARTNERS -> viewer == Viewer.PARTNER;
            case EMPLOYERS_ANONYMOUS -> true;
        };
    }

    List<Scored> peopleFor(Vacancy vacancy, Viewer viewer, Iterable<Person> people, int k) {
        var scored = new ArrayList<Scored>();
        for (var person : people) {
            if (visible(person, viewer) && fits(person, vacancy, viewer)) {
                scored.add(new Scored(person.id(), score(person.claims(), vacancy.requirements())));
            }
        }
        return top(scored, k);
    }

    List<Scored> vacanciesFor(Person person, Iterable<Vacancy> vacancies, int k) {
        var scored = new ArrayList<Scored>();
        for (var vacancy : vacancies) {
            if (fits(person, vacancy)) {
                scored.add(new Scored(vacancy.id(), score(person.claims(), vacancy.requirements())));
            }
        }
        return top(scored, k);
    }

    List<Scored> occupationsFor(List<SkillClaim> claims, Predicate<Occupation> include, int k) {
        var scored = new ArrayList<Scored>();
        for (var occupation : world.occupations) {
            if (include.test(occupation)) {
                scored.add(new Scored(occupation.id(), occupationScore(claims, occupation.requirements())));
            }
        }
        return top(scored, k);
    }

    static List<SkillClaim> essentialsInFull(Occupation occupation) {
        return occupation.essential().stream().map(skill -> new SkillClaim(skill, Evidence.BADGE_VERIFIED)).toList();
    }

    /** Gaps by adding each candidate skill and rescoring every target from scratch (occupations: with precision). */
    List<SkillGap> gaps(List<SkillClaim> claims, List<SkillRequirement> goal, List<List<SkillRequirement>> fittingTargets,
                        boolean occupations, float threshold, Evidence assumed, int k) {
        BiFunction<List<SkillClaim>, List<SkillRequirement>, Float> score =
                occupations ? this::occupationScore : this::score;
        var gaps = new ArrayList<SkillGap>();
        float goalBefore = score.apply(claims, goal);
        for (int skill : weights(goal).keySet()) {
            float best = 0f;
            for (var claim : claims) {
                best = Math.max(best, relationFactor(claim.skill(), skill) * evidence(claim.evidence()));
            }
            if (!(evidence(assumed) > best)) {
                continue;
            }
            var more = new ArrayList<>(claims);
            more.add(new SkillClaim(skill, assumed));
            int unlocks = 0;
            for (var target : fittingTargets) {
                if (score.apply(claims, target) < threshold && score.apply(more, target) >= threshold) {
                    unlocks++;
                }
            }
            gaps.add(new SkillGap(skill, unlocks, score.apply(more, goal) - goalBefore));
        }
        gaps.sort(Comparator.comparingInt(SkillGap::unlocks).reversed()
                .thenComparing(Comparator.comparingDouble(SkillGap::goalGain).reversed())
                .thenComparingInt(SkillGap::skill));
        return gaps.subList(0, Math.min(k, gaps.size()));
    }

    private static List<Scored> top(List<Scored> scored, int k) {
        return scored.stream()
                .filter(s -> s.score() > 0f)
                .sorted(Comparator.comparingDouble(Scored::score).reversed().thenComparingInt(Scored::id))
                .limit(k)
                .toList();
    }

    private static long pair(int a, int b) {
        return (long) a << 32 | b;
    }
}
