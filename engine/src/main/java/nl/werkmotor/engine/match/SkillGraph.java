package nl.werkmotor.engine.match;

import java.util.Arrays;
import java.util.BitSet;

/**
 * The skills the engine knows, as dense ids {@code 0..size()-1}: each skill's broader skills (the
 * hierarchy), its related skills (skill–skill relations, symmetric here) and its specificity weight.
 * Immutable and safe to share.
 *
 * <p>From these it derives, once, the two lists every query walks: the <em>sources</em> of a needed
 * skill (the claimed skills that earn credit for it, each with its best {@link Relation}) and their
 * transpose, the <em>credits</em> of a claimed skill (the needed skills it earns credit for).
 */
public final class SkillGraph {
    /** Skill ids share an int with a 2-bit evidence level in packed claims. */
    public static final int MAX_SIZE = 1 << 29;
    private static final byte NONE = Byte.MAX_VALUE;

    private final int size;
    private final float[] specificity;
    private final int[][] broader;
    private final int[][] narrower;
    private final int[][] related;
    // Compressed rows: sources of need n are sourceSkill[sourceStart[n] .. sourceStart[n+1]), ascending.
    private final int[] sourceStart;
    private final int[] sourceSkill;
    private final byte[] sourceRelation;
    private final int[] creditStart;
    private final int[] creditNeed;
    private final byte[] creditRelation;

    private SkillGraph(int size, float[] specificity, int[][] broader, int[][] related) {
        this.size = size;
        this.specificity = specificity;
        this.broader = broader;
        this.narrower = invert(broader);
        this.related = related;
        sourceStart = new int[size + 1];
        var best = new byte[size];
        Arrays.fill(best, NONE);
        var skills = new int[16];
        var relations = new byte[16];
        int count = 0;
        for (int need = 0; need < size; need++) {
            sourceStart[need] = count;
            int room = count + 1 + narrower[need].length + broader[need].length + related[need].length;
            if (room > skills.length) {
                skills = Arrays.copyOf(skills, Math.max(room, skills.length * 2));
                relations = Arrays.copyOf(relations, skills.length);
            }
            count = collect(need, best, skills, count);
            Arrays.sort(skills, sourceStart[need], count);
            for (int i = sourceStart[need]; i < count; i++) {
                relations[i] = best[skills[i]];
                best[skills[i]] = NONE;
            }
        }
        sourceStart[size] = count;
        sourceSkill = Arrays.copyOf(skills, count);
        sourceRelation = Arrays.copyOf(relations, count);
        creditStart = new int[size + 1];
        creditNeed = new int[count];
        creditRelation = new byte[count];
        transposeSources();
    }

    public static Builder builder(int size) {
        return new Builder(size);
    }

    public int size() {
        return size;
    }

    /** How much a skill says about someone: rare skills (high IDF) say more than "teamwork". */
    public float specificity(int skill) {
        return specificity[checked(skill)];
    }

    public int[] broader(int skill) {
        return broader[checked(skill)].clone();
    }

    public int[] narrower(int skill) {
        return narrower[checked(skill)].clone();
    }

    public int[] related(int skill) {
        return related[checked(skill)].clone();
    }

    /** The best relation through which a claim of {@code claimed} earns credit for {@code needed}, or null for none. */
    public Relation relation(int claimed, int needed) {
        int i = Arrays.binarySearch(sourceSkill, sourceStart[checked(needed)], sourceStart[needed + 1], checked(claimed));
        return i < 0 ? null : Relation.ofOrdinal(sourceRelation[i]);
    }

    int checked(int skill) {
        if (skill < 0 || skill >= size) {
            throw new IllegalArgumentException("unknown skill id " + skill + " (the graph has " + size + " skills)");
        }
        return skill;
    }

    int sourceStart(int need) {
        return sourceStart[need];
    }

    int sourceEnd(int need) {
        return sourceStart[need + 1];
    }

    int sourceSkill(int i) {
        return sourceSkill[i];
    }

    float sourceFactor(int i) {
        return Relation.ofOrdinal(sourceRelation[i]).factor();
    }

    byte sourceRelation(int i) {
        return sourceRelation[i];
    }

    int creditStart(int claimed) {
        return creditStart[claimed];
    }

    int creditEnd(int claimed) {
        return creditStart[claimed + 1];
    }

    int creditNeed(int i) {
        return creditNeed[i];
    }

    float creditFactor(int i) {
        return Relation.ofOrdinal(creditRelation[i]).factor();
    }

    private int collect(int need, byte[] best, int[] skills, int count) {
        count = offer(need, need, Relation.EXACT, best, skills, count);
        for (int claimed : narrower[need]) {
            count = offer(need, claimed, Relation.NARROWER, best, skills, count);
        }
        for (int claimed : broader[need]) {
            count = offer(need, claimed, Relation.BROADER, best, skills, count);
        }
        for (int claimed : related[need]) {
            count = offer(need, claimed, Relation.RELATED, best, skills, count);
        }
        return count;
    }

    private static int offer(int need, int claimed, Relation relation, byte[] best, int[] skills, int count) {
        if (claimed == need && relation != Relation.EXACT) {
            return count;
        }
        if (best[claimed] == NONE) {
            skills[count++] = claimed;
            best[claimed] = (byte) relation.ordinal();
        } else if (relation.ordinal() < best[claimed]) {
            best[claimed] = (byte) relation.ordinal();
        }
        return count;
    }

    private void transposeSources() {
        for (int i = 0; i < sourceSkill.length; i++) {
            creditStart[sourceSkill[i] + 1]++;
        }
        for (int s = 0; s < size; s++) {
            creditStart[s + 1] += creditStart[s];
        }
        var next = Arrays.copyOf(creditStart, size);
        // Walking needs in ascending order keeps every credit row ascending by need.
        for (int need = 0; need < size; need++) {
            for (int i = sourceStart[need]; i < sourceStart[need + 1]; i++) {
                int at = next[sourceSkill[i]]++;
                creditNeed[at] = need;
                creditRelation[at] = sourceRelation[i];
            }
        }
    }

    private static int[][] invert(int[][] edges) {
        var counts = new int[edges.length];
        for (int[] row : edges) {
            for (int to : row) {
                counts[to]++;
            }
        }
        var inverted = new int[edges.length][];
        for (int i = 0; i < edges.length; i++) {
            inverted[i] = new int[counts[i]];
            counts[i] = 0;
        }
        for (int from = 0; from < edges.length; from++) {
            for (int to : edges[from]) {
                inverted[to][counts[to]++] = from;
            }
        }
        return inverted;
    }

    /** Collects the graph; {@link #build()} checks ids and drops duplicate edges and self-loops. */
    public static final class Builder {
        private final int size;
        private final float[] specificity;
        private final BitSet[] broader;
        private final BitSet[] related;

        private Builder(int size) {
            if (size < 0 || size > MAX_SIZE) {
                throw new IllegalArgumentException("size must be between 0 and " + MAX_SIZE + ": " + size);
            }
            this.size = size;
            specificity = new float[size];
            Arrays.fill(specificity, 1f);
            broader = new BitSet[size];
            related = new BitSet[size];
        }

        /** {@code broaderSkill} is a broader skill of {@code skill} in the hierarchy. */
        public Builder broader(int skill, int broaderSkill) {
            link(broader, check(skill), check(broaderSkill));
            return this;
        }

        /** A skill–skill relation; the engine treats it as symmetric. */
        public Builder related(int skill, int other) {
            link(related, check(skill), check(other));
            link(related, other, skill);
            return this;
        }

        /** Sets a skill's specificity weight; must be positive (default 1). */
        public Builder specificity(int skill, float weight) {
            if (!(weight > 0f) || Float.isInfinite(weight)) {
                throw new IllegalArgumentException("specificity of skill " + skill + " must be positive and finite: " + weight);
            }
            specificity[check(skill)] = weight;
            return this;
        }

        /**
         * Sets every skill's specificity to its inverse document frequency, {@code ln(1 + population / (1 + users))},
         * where {@code users[skill]} counts the occupations (or people) that use the skill.
         */
        public Builder specificityFromUsage(int[] users, int population) {
            if (users.length != size) {
                throw new IllegalArgumentException("need one usage count per skill: " + users.length + " != " + size);
            }
            for (int skill = 0; skill < size; skill++) {
                specificity(skill, (float) Math.log1p(population / (1.0 + users[skill])));
            }
            return this;
        }

        public SkillGraph build() {
            return new SkillGraph(size, specificity.clone(), rows(broader), rows(related));
        }

        private int[][] rows(BitSet[] sets) {
            var rows = new int[size][];
            for (int i = 0; i < size; i++) {
                rows[i] = sets[i] == null ? new int[0] : sets[i].stream().toArray();
            }
            return rows;
        }

        private static void link(BitSet[] sets, int from, int to) {
            if (from == to) {
                return;
            }
            if (sets[from] == null) {
                sets[from] = new BitSet();
            }
            sets[from].set(to);
        }

        private int check(int skill) {
            if (skill < 0 || skill >= size) {
                throw new IllegalArgumentException("unknown skill id " + skill + " (the graph has " + size + " skills)");
            }
            return skill;
        }
    }
}
