package nl.werkmotor.partners;

import java.time.Instant;
import java.util.Locale;

import nl.werkmotor.web.ApiProblem.Message;

/** One change to a partner: when, by whom (login name) and what, in Dutch and English. */
public record PartnerChange(long partnerId, Instant changedAt, String changedBy, Message description) {

    public String text(Locale locale) {
        return description.text(locale);
    }
}
