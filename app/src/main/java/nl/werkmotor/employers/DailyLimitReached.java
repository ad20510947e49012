package nl.werkmotor.employers;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;

import nl.werkmotor.employers.EmployerDailyLimits.Activity;
import nl.werkmotor.web.ApiProblem.Message;

/** An employer's account did this as often as one employer may a day: refused, nothing done (429). */
public class DailyLimitReached extends RuntimeException {

    private static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");

    private final Activity activity;
    private final int limit;

    DailyLimitReached(Activity activity, int limit) {
        super(activity + " over the daily limit of " + limit);
        this.activity = activity;
        this.limit = limit;
    }

    public Message title() {
        return new Message("Maximum per dag bereikt", "Daily limit reached");
    }

    public Message reason() {
        return switch (activity) {
            case PUBLISH_VACANCY -> new Message("U hebt vandaag al " + limit + " vacatures geplaatst, het maximum voor"
                    + " één werkgever per dag. Er is niets opgeslagen. Morgen kunt u weer vacatures plaatsen. Hebt u er"
                    + " vandaag meer nodig? Dan kan uw accountmanager van het WerkgeversServicePunt ze voor u plaatsen.",
                    "You have already published " + limit + " vacancies today, the most one employer can a day. Nothing"
                    + " was saved. You can publish vacancies again tomorrow. Need more today? Your account manager at"
                    + " the WerkgeversServicePunt can publish them for you.");
            case VIEW_SHOWCASE -> new Message("U hebt vandaag al " + limit + " keer kandidaten bekeken, het maximum"
                    + " voor één werkgever per dag. Morgen kunt u weer kijken. Vandaag kan uw accountmanager van het"
                    + " WerkgeversServicePunt u verder helpen.",
                    "You have already looked at candidates " + limit + " times today, the most one employer can a day."
                    + " You can look again tomorrow. Today your account manager at the WerkgeversServicePunt can help"
                    + " you further.");
        };
    }

    public String text(Locale locale) {
        return reason().text(locale);
    }

    /** Until the next day begins, Dutch time: for a {@code Retry-After} header. */
    public Duration retryAfter() {
        ZonedDateTime now = ZonedDateTime.now(DUTCH_TIME);
        return Duration.between(now, LocalDate.now(DUTCH_TIME).plusDays(1).atStartOfDay(DUTCH_TIME));
    }
}
