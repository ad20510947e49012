package nl.werkmotor.bench.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import nl.werkmotor.engine.match.Occupation;
import nl.werkmotor.engine.match.SkillGraph;

/** The synthetic profiles repeat from their seed and hold the proportions each setting promises. */
class ProfileGeneratorTest {
    // Skills 0–9: the target's essentials, each with a broader skill 100–109; 10–19: its optionals;
    // 20–39: a colleague in the same ISCO unit group; 40–99: occupations elsewhere.
    private static final int TARGET = 0;
    private static final int GROUP = 8322;
    private static final SkillGraph GRAPH = graph();
    private static final List<Occupation> OCCUPATIONS = List.of(
            new Occupation(TARGET, range(0, 10), range(10, 20), GROUP),
            new Occupation(1, range(20, 30), range(30, 40), GROUP),
            new Occupation(2, range(40, 70), range(70, 100), 2654),
            new Occupation(3, range(0, 5), List.of(), 2654));

    @Test
    void aProfileIsTheSameForTheSameSeedWhateverWasGeneratedBefore() {
        var first = new ProfileGenerator(GRAPH, OCCUPATIONS, 7);
        var second = new ProfileGenerator(GRAPH, OCCUPATIONS, 7);
        second.profile(Setting.C4, 1, 3);

        for (var setting : Setting.values()) {
            assertThat(second.profile(setting, TARGET, 2).skills()).isEqualTo(first.profile(setting, TARGET, 2).skills());
        }
        assertThat(new ProfileGenerator(GRAPH, OCCUPATIONS, 8).profile(Setting.C2, TARGET, 2).skills())
                .isNotEqualTo(first.profile(Setting.C2, TARGET, 2).skills());
        assertThat(first.profile(Setting.C2, TARGET, 3).skills()).isNotEqualTo(first.profile(Setting.C2, TARGET, 2).skills());
    }

    @Test
    void c0IsExactlyTheEssentials() {
        assertThat(new ProfileGenerator(GRAPH, OCCUPATIONS, 1).profile(Setting.C0, TARGET, 0).skills())
                .containsExactly(IntStream.range(0, 10).toArray());
    }

    @Test
    void eachSettingDropsAddsAndSwapsItsShareOfTenEssentials() {
        var generator = new ProfileGenerator(GRAPH, OCCUPATIONS, 42);
        for (int number = 0; number < 20; number++) {
            // kept essentials (not swapped), swapped, optionals, noise
            assertProfile(generator, Setting.C1, number, new ProfileGenerator.Counts(7, 0, 2, 2));
            assertProfile(generator, Setting.C2, number, new ProfileGenerator.Counts(4, 1, 2, 5));
            assertProfile(generator, Setting.C3, number, new ProfileGenerator.Counts(3, 0, 0, 5));
            assertProfile(generator, Setting.C4, number, new ProfileGenerator.Counts(4, 1, 5, 10));
        }
    }

    @Test
    void halvesRoundUp() {
        // 5 essentials in C3: drop round(3.5) = 4, noise round(2.5) = 3
        var counts = new ProfileGenerator(GRAPH, OCCUPATIONS, 42).counts(Setting.C3, 3, 0);

        assertThat(counts).isEqualTo(new ProfileGenerator.Counts(1, 0, 0, 3));
    }

    @Test
    void expectedSizeIsTheSizeOfEveryProfileDrawn() {
        var generator = new ProfileGenerator(GRAPH, OCCUPATIONS, 42);
        // 10 essentials: C2 keeps 5, asks 2 optionals and 5 noise; occupation 3 has no optionals to give
        assertThat(generator.expectedSize(Setting.C2, TARGET)).isEqualTo(12);
        assertThat(generator.expectedSize(Setting.C4, 3)).as("5 essentials: keeps 2, noise 5, no optionals").isEqualTo(7);
        for (var setting : Setting.values()) {
            for (var occupation : OCCUPATIONS) {
                for (int number = 0; number < 20; number++) {
                    assertThat(generator.profile(setting, occupation.id(), number).skills())
                            .as("%s, occupation %d #%d", setting, occupation.id(), number)
                            .hasSize(generator.expectedSize(setting, occupation.id()));
                }
            }
        }
    }

    private static void assertProfile(ProfileGenerator generator, Setting setting, int number, ProfileGenerator.Counts expected) {
        assertThat(generator.counts(setting, TARGET, number)).as("%s #%d", setting, number).isEqualTo(expected);
        int[] skills = generator.profile(setting, TARGET, number).skills();
        assertThat(skills).hasSize(expected.kept() + expected.swapped() + expected.optional() + expected.noise())
                .doesNotHaveDuplicates().isSorted();
        assertThat(count(skills, 0, 10)).isEqualTo(expected.kept());
        assertThat(count(skills, 100, 110)).as("swapped for their broader skill").isEqualTo(expected.swapped());
        assertThat(count(skills, 10, 20)).isEqualTo(expected.optional());
        // same-group noise comes from the colleague's skills 20–39; other noise from any skill an occupation uses
        int noiseTo = setting.noiseSource == Setting.NoiseSource.SAME_ISCO_GROUP ? 40 : 100;
        assertThat(count(skills, 20, noiseTo)).as("noise").isEqualTo(expected.noise());
    }

    private static long count(int[] skills, int from, int to) {
        return Arrays.stream(skills).filter(s -> s >= from && s < to).count();
    }

    private static SkillGraph graph() {
        var graph = SkillGraph.builder(110);
        for (int skill = 0; skill < 10; skill++) {
            graph.broader(skill, 100 + skill);
        }
        return graph.build();
    }

    private static List<Integer> range(int from, int to) {
        return IntStream.range(from, to).boxed().toList();
    }
}
