package nl.werkmotor.engine.match;

import static org.assertj.core.api.Assertions.assertThat;

/** What every explanation promises, checked on every result the randomized and concurrency tests see. */
final class ExplanationContract {
    private ExplanationContract() {
    }

    static void check(Match match) {
        var explanation = match.explanation();
        double sum = 0;
        float weights = 0f;
        int previous = -1;
        for (var contribution : explanation.contributions()) {
            assertThat(contribution.skill()).as("contributions ascend by skill").isGreaterThan(previous);
            previous = contribution.skill();
            assertThat(contribution.contribution()).isBetween(0f, contribution.weight());
            sum += contribution.contribution();
            weights += contribution.weight();
        }
        assertThat((float) sum).as("contributions of %s", match).isEqualTo(explanation.coverage());
        assertThat(explanation.precision()).isBetween(0f, 1f);
        assertThat(explanation.score()).isEqualTo(Scoring.score(explanation.coverage(), explanation.precision()));
        assertThat(explanation.score()).isEqualTo(match.score());
        assertThat(weights).isCloseTo(1f, org.assertj.core.api.Assertions.within(1e-5f));
    }
}
