package nl.werkmotor.employerservice;

import java.util.Locale;

/**
 * An account manager may claim only an employer of the region their organisation (the WSP) serves: refused with
 * the two regions, or with what is not known.
 */
class OutsideRegion extends RuntimeException {

    private final String nl;
    private final String en;

    private OutsideRegion(String nl, String en) {
        super(en);
        this.nl = nl;
        this.en = en;
    }

    static OutsideRegion unknownForOrganisation() {
        return new OutsideRegion("Uw inlog zegt niet voor welke arbeidsmarktregio uw organisatie werkt, dus kunt u"
                + " geen werkgever claimen. Vraag de beheerder van uw inlog om uw regio toe te voegen.",
                "Your login does not say which labour market region your organisation works for, so you cannot claim"
                + " an employer. Ask the administrator of your login to add your region.");
    }

    static OutsideRegion unknownForEmployer(String employer, String postcode4) {
        return new OutsideRegion("Van " + employer + " is niet bekend in welke arbeidsmarktregio het ligt (postcode "
                + postcode4 + "), dus kan het niet geclaimd worden. Laat de werkgever zijn adres controleren.",
                "It is not known which labour market region " + employer + " lies in (postcode " + postcode4
                + "), so it cannot be claimed. Ask the employer to check its address.");
    }

    static OutsideRegion elsewhere(String employer, String employerRegion, String ownRegion) {
        return new OutsideRegion(employer + " ligt in arbeidsmarktregio " + employerRegion
                + "; uw WerkgeversServicePunt werkt voor " + ownRegion + ". Alleen een accountmanager uit de regio van"
                + " de werkgever kan die claimen.",
                employer + " lies in the labour market region " + employerRegion + "; your WerkgeversServicePunt works"
                + " for " + ownRegion + ". Only an account manager of the employer's region can claim it.");
    }

    String text(Locale locale) {
        return "en".equals(locale.getLanguage()) ? en : nl;
    }

    String nl() {
        return nl;
    }

    String en() {
        return en;
    }
}
