package nl.werkmotor.toolbox;

import java.util.Locale;

/** A rule's verdict with its reason in plain Dutch (B1) and English. */
public record RuleOutcome(EligibilityRule rule, Verdict verdict, String nl, String en) {

    public String reason(Locale locale) {
        return "en".equals(locale.getLanguage()) ? en : nl;
    }
}
