package nl.werkmotor.toolbox;

/**
 * What an instrument offers an employer, and nothing about why the person qualifies: for the employer's side
 * after a yes (no target group, benefit or health).
 */
public record InstrumentOffer(String code, String nameNl, String nameEn, String provider, Offer offer,
                              Applicability applicability) {

    static InstrumentOffer of(InstrumentEvaluation evaluation) {
        Instrument i = evaluation.instrument();
        return new InstrumentOffer(i.code(), i.nameNl(), i.nameEn(), i.provider(), i.offer(), evaluation.applicability());
    }

    public String name(java.util.Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameNl;
    }
}
