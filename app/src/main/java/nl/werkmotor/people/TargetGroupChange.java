package nl.werkmotor.people;

import java.time.Instant;
import java.util.Locale;

import nl.werkmotor.web.ApiProblem.Message;

/** One change to the target-group list: which group, when, by whom (login name) and what. */
public record TargetGroupChange(String code, Instant changedAt, String changedBy, Message description) {

    public String text(Locale locale) {
        return "en".equals(locale.getLanguage()) ? description.en() : description.nl();
    }
}
