package nl.werkmotor.monitoring;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.springframework.stereotype.Component;

/**
 * "Tellen en vertellen" beside the counts: the published stories and the organisation's steering advice of the
 * period the dashboard or the printable report shows ({@code @tellingAlongside} in monitoring/vertellen.html), so
 * that those pages only include a fragment.
 */
@Component
class TellingAlongside {

    private final FindStories stories;
    private final FindSteeringAdvice advice;
    private final SteeringAnalyst signedIn;

    TellingAlongside(FindStories stories, FindSteeringAdvice advice, SteeringAnalyst signedIn) {
        this.stories = stories;
        this.advice = advice;
        this.signedIn = signedIn;
    }

    /** The published stories whose period overlaps the months van–tot (YYYY-MM); none for unreadable months. */
    public List<Story> stories(String van, String tot) {
        YearMonth[] period = period(van, tot);
        return period == null ? List.of() : stories.published(period[0], period[1]);
    }

    /** The signed-in beleidsmedewerker's organisation's advice whose period overlaps van–tot. */
    public List<SteeringAdvice> advice(String van, String tot) {
        YearMonth[] period = period(van, tot);
        return period == null ? List.of() : advice.overlapping(signedIn.current().organisationId(), period[0], period[1]);
    }

    private static YearMonth[] period(String van, String tot) {
        try {
            return new YearMonth[] {YearMonth.parse(van), YearMonth.parse(tot)};
        } catch (DateTimeParseException | NullPointerException unreadable) {
            return null;
        }
    }
}
