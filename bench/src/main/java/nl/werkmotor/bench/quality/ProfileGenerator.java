package nl.werkmotor.bench.quality;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import nl.werkmotor.engine.match.Occupation;
import nl.werkmotor.engine.match.SkillGraph;

/**
 * Synthetic skill profiles drawn from an occupation under a {@link Setting}. Each profile has its own
 * random stream, derived from the seed, the setting, the occupation and the profile's number, so a
 * profile is the same whatever else is generated and in whatever order.
 *
 * <p>Steps, in this order: shuffle the essentials and keep the first {@code E − drop}; replace
 * {@code swap} of the kept ones with a random one-hop neighbour (broader, narrower or related skill)
 * that is not an essential of the target and not yet in the profile (a skill without such a neighbour
 * stays); add random optional skills; add noise skills that are neither the target's essential nor
 * optional skills. The result is sorted and holds no skill twice.
 */
public final class ProfileGenerator {

    /** A profile and the occupation it was drawn from. */
    public record Profile(int target, int[] skills) {
    }

    /** How many of each kind a profile drawn from this occupation gets; swaps that found no neighbour are not counted. */
    record Counts(int kept, int swapped, int optional, int noise) {
    }

    private final SkillGraph graph;
    private final List<Occupation> occupations;
    private final long seed;
    private final int[] usedSkills;
    private final Map<Integer, List<Occupation>> byIscoGroup = new HashMap<>();

    public ProfileGenerator(SkillGraph graph, List<Occupation> occupations, long seed) {
        this.graph = graph;
        this.occupations = occupations;
        this.seed = seed;
        var used = new BitSet(graph.size());
        for (var occupation : occupations) {
            occupation.essential().forEach(used::set);
            occupation.optional().forEach(used::set);
            byIscoGroup.computeIfAbsent(occupation.iscoGroup(), group -> new ArrayList<>()).add(occupation);
        }
        usedSkills = used.stream().toArray();
    }

    public Profile profile(Setting setting, int target, int number) {
        return generate(setting, target, number, null);
    }

    Counts counts(Setting setting, int target, int number) {
        var counts = new int[4];
        generate(setting, target, number, counts);
        return new Counts(counts[0], counts[1], counts[2], counts[3]);
    }

    /**
     * The size of every profile drawn from this occupation in this setting, from the generator's own
     * counts: kept essentials + optionals asked (at most the occupation's distinct optionals) + noise.
     * Exact unless an optional was already in the profile (a swap landed on it, or it is also a kept
     * essential), which leaves one optional fewer to draw. Only the size oracle of {@link MissAnalysis}
     * asks: a model for real people cannot know it.
     */
    int expectedSize(Setting setting, int occupation) {
        var plan = plan(setting, occupations.get(occupation));
        return plan.kept() + plan.optional() + plan.noise();
    }

    /** How many essentials are kept and swapped, and how many optionals and noise skills are asked. */
    private record Plan(int kept, int swaps, int optional, int noise) {
    }

    private static Plan plan(Setting setting, Occupation occupation) {
        int essentials = distinct(occupation.essential()).length;
        int kept = essentials - Setting.count(setting.drop, essentials);
        return new Plan(kept, Setting.count(setting.swap, kept),
                Math.min(Setting.count(setting.optional, essentials), distinct(occupation.optional()).length),
                Setting.count(setting.noise, essentials));
    }

    private static int[] distinct(List<Integer> skills) {
        return skills.stream().mapToInt(Integer::intValue).distinct().toArray();
    }

    private Profile generate(Setting setting, int target, int number, int[] counts) {
        if (number < 0 || number > 0xFF) {
            throw new IllegalArgumentException("profile number must be between 0 and 255: " + number);
        }
        var random = new SplittableRandom(seed + ((long) setting.ordinal() << 40 | (long) target << 8 | number));
        Occupation occupation = occupations.get(target);
        var plan = plan(setting, occupation);
        int[] essentials = distinct(occupation.essential());
        var own = new BitSet();
        Arrays.stream(essentials).forEach(own::set);
        var profile = new BitSet();
        shuffle(essentials, random);
        int kept = plan.kept();
        int swapped = 0;
        for (int i = 0; i < kept; i++) {
            profile.set(essentials[i]);
        }
        for (int i = 0; i < plan.swaps(); i++) {
            int neighbour = neighbour(essentials[i], own, profile, random);
            if (neighbour >= 0) {
                profile.clear(essentials[i]);
                profile.set(neighbour);
                swapped++;
            }
        }
        occupation.optional().forEach(own::set);
        int optional = addFrom(distinct(occupation.optional()), plan.optional(), profile, profile, random);
        int noise = plan.noise();
        int added = 0;
        if (setting.noiseSource == Setting.NoiseSource.SAME_ISCO_GROUP) {
            added = addFrom(groupSkills(occupation), noise, own, profile, random);
        }
        while (added < noise && setting.noiseSource != Setting.NoiseSource.NONE) {
            int skill = usedSkills[random.nextInt(usedSkills.length)];
            if (!own.get(skill) && !profile.get(skill)) {
                profile.set(skill);
                added++;
            }
        }
        if (counts != null) {
            counts[0] = kept - swapped;
            counts[1] = swapped;
            counts[2] = optional;
            counts[3] = added;
        }
        return new Profile(target, profile.stream().toArray());
    }

    /** Adds up to {@code wanted} distinct skills drawn from {@code pool}, skipping those excluded or present; returns how many. */
    private static int addFrom(int[] pool, int wanted, BitSet excluded, BitSet profile, SplittableRandom random) {
        int[] candidates = Arrays.stream(pool).distinct().filter(s -> !excluded.get(s) && !profile.get(s)).toArray();
        shuffle(candidates, random);
        int added = Math.min(wanted, candidates.length);
        for (int i = 0; i < added; i++) {
            profile.set(candidates[i]);
        }
        return added;
    }

    private int neighbour(int skill, BitSet own, BitSet profile, SplittableRandom random) {
        var neighbours = new BitSet();
        for (int[] row : new int[][] {graph.broader(skill), graph.narrower(skill), graph.related(skill)}) {
            for (int other : row) {
                if (!own.get(other) && !profile.get(other)) {
                    neighbours.set(other);
                }
            }
        }
        int[] candidates = neighbours.stream().toArray();
        return candidates.length == 0 ? -1 : candidates[random.nextInt(candidates.length)];
    }

    private int[] groupSkills(Occupation target) {
        var skills = new BitSet();
        for (var other : byIscoGroup.get(target.iscoGroup())) {
            if (other.id() != target.id()) {
                other.essential().forEach(skills::set);
                other.optional().forEach(skills::set);
            }
        }
        return skills.stream().toArray();
    }

    static void shuffle(int[] values, SplittableRandom random) {
        for (int i = values.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = values[i];
            values[i] = values[j];
            values[j] = swap;
        }
    }
}
