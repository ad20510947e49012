package nl.werkmotor.engine.match;

import java.util.Arrays;
import java.util.List;

/** What one side offers, in canonical form: skills ascending, each once at its best evidence. */
final class Supply {
    final int[] skills;
    final byte[] evidence;

    private Supply(int[] skills, byte[] evidence) {
        this.skills = skills;
        this.evidence = evidence;
    }

    static Supply of(SkillGraph graph, List<SkillClaim> claims) {
        var packed = new int[claims.size()];
        for (int i = 0; i < packed.length; i++) {
            var claim = claims.get(i);
            packed[i] = pack(graph.checked(claim.skill()), claim.evidence());
        }
        return ofPacked(packed);
    }

    /** Someone who works in an occupation is taken to have its essential skills in full. */
    static Supply ofOccupation(Occupation occupation) {
        var packed = new int[occupation.essential().size()];
        for (int i = 0; i < packed.length; i++) {
            packed[i] = pack(occupation.essential().get(i), Evidence.BADGE_VERIFIED);
        }
        return ofPacked(packed);
    }

    /** These claims and one more (a skill already claimed keeps its better evidence). */
    Supply with(int skill, Evidence evidence) {
        var packed = Arrays.copyOf(packed(), size() + 1);
        packed[size()] = pack(skill, evidence);
        return ofPacked(packed);
    }

    /** Claims packed as {@code skill << 2 | evidence ordinal}; sorted, the best evidence of a skill comes last. */
    static int pack(int skill, Evidence evidence) {
        return skill << 2 | evidence.ordinal();
    }

    /** From packed claims as {@link #packed()} returns them: ascending, one per skill. */
    static Supply ofCanonical(int[] packed) {
        var skills = new int[packed.length];
        var evidence = new byte[packed.length];
        for (int i = 0; i < packed.length; i++) {
            skills[i] = packed[i] >>> 2;
            evidence[i] = (byte) (packed[i] & 3);
        }
        return new Supply(skills, evidence);
    }

    private static Supply ofPacked(int[] packed) {
        Arrays.sort(packed);
        int count = 0;
        for (int i = 0; i < packed.length; i++) {
            if (count > 0 && packed[i] >>> 2 == packed[count - 1] >>> 2) {
                count--;
            }
            packed[count++] = packed[i];
        }
        return ofCanonical(Arrays.copyOf(packed, count));
    }

    int[] packed() {
        var packed = new int[skills.length];
        for (int i = 0; i < packed.length; i++) {
            packed[i] = skills[i] << 2 | evidence[i];
        }
        return packed;
    }

    float factor(int i) {
        return Evidence.ofOrdinal(evidence[i]).factor();
    }

    int size() {
        return skills.length;
    }
}
