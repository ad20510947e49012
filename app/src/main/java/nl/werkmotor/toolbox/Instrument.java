package nl.werkmotor.toolbox;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * A measure of the regional Toolbox that makes a hire possible: what it gives, who provides it, which
 * organisations may use it, its conditions in words and as {@link EligibilityRule}s. The instrument itself holds
 * from {@code validFrom} to {@code validTo} (null: open); each rule may have its own dates besides.
 *
 * @param code    a stable key, e.g. "LOONKOSTENSUBSIDIE"; the same over editions
 * @param usableBy the kinds of organisation that may deploy it, in Dutch, e.g. "gemeente", "UWV", "WSP"
 */
public record Instrument(String code, String nameNl, String nameEn, LegalBasis legalBasis, String provider,
                         List<String> usableBy, Offer offer, String conditionsNl, String conditionsEn,
                         List<EligibilityRule> rules, LocalDate validFrom, LocalDate validTo) {

    public Instrument {
        usableBy = List.copyOf(usableBy);
        rules = List.copyOf(rules);
    }

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameNl;
    }

    public String conditions(Locale locale) {
        return "en".equals(locale.getLanguage()) ? conditionsEn : conditionsNl;
    }

    public boolean inForceOn(LocalDate date) {
        return (validFrom == null || !date.isBefore(validFrom)) && (validTo == null || !date.isAfter(validTo));
    }

    /** Every rule's verdict, and what they come to together. */
    public InstrumentEvaluation evaluate(Applicant person, EmployerFacts employer, Job job, LocalDate date) {
        List<RuleOutcome> outcomes = rules.stream().map(r -> r.judge(person, employer, job, date)).toList();
        Applicability applicability;
        if (!inForceOn(date)) {
            applicability = Applicability.NOT_IN_FORCE;
        } else if (outcomes.stream().anyMatch(o -> o.verdict() == Verdict.NOT_MET)) {
            applicability = Applicability.DOES_NOT_APPLY;
        } else if (outcomes.stream().anyMatch(o -> o.verdict() == Verdict.UNKNOWN)) {
            applicability = Applicability.MAY_APPLY;
        } else {
            applicability = Applicability.APPLIES;
        }
        return new InstrumentEvaluation(this, applicability, outcomes);
    }

    public Instrument withOffer(Offer newOffer) {
        return new Instrument(code, nameNl, nameEn, legalBasis, provider, usableBy, newOffer, conditionsNl, conditionsEn,
                rules, validFrom, validTo);
    }

    public Instrument withConditions(String nl, String en) {
        return new Instrument(code, nameNl, nameEn, legalBasis, provider, usableBy, offer, nl, en, rules, validFrom,
                validTo);
    }

    public Instrument withRules(List<EligibilityRule> newRules) {
        return new Instrument(code, nameNl, nameEn, legalBasis, provider, usableBy, offer, conditionsNl, conditionsEn,
                newRules, validFrom, validTo);
    }

    public Instrument until(LocalDate to) {
        return new Instrument(code, nameNl, nameEn, legalBasis, provider, usableBy, offer, conditionsNl, conditionsEn,
                rules, validFrom, to);
    }
}
