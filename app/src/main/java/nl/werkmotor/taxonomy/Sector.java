package nl.werkmotor.taxonomy;

/**
 * Economic sectors as the sections of the CBS Standaard Bedrijfsindeling (SBI 2008), the
 * classification employers, sector plans and labour-market figures use. Only the sections that
 * employ people in a region are listed (not mining, energy or water supply, households).
 */
public enum Sector {
    AGRICULTURE("A", "Landbouw, bosbouw en visserij", "Agriculture, forestry and fishing"),
    MANUFACTURING("C", "Industrie", "Manufacturing"),
    CONSTRUCTION("F", "Bouwnijverheid", "Construction"),
    TRADE("G", "Handel", "Wholesale and retail trade"),
    TRANSPORT("H", "Vervoer en opslag", "Transport and storage"),
    HOSPITALITY("I", "Horeca", "Accommodation and food services"),
    ICT("J", "Informatie en communicatie", "Information and communication"),
    FINANCE("K", "Financiële dienstverlening", "Financial services"),
    PROFESSIONAL_SERVICES("M", "Specialistische zakelijke diensten", "Professional, scientific and technical services"),
    SUPPORT_SERVICES("N", "Verhuur en overige zakelijke diensten", "Administrative and support services"),
    PUBLIC_ADMINISTRATION("O", "Openbaar bestuur", "Public administration"),
    EDUCATION("P", "Onderwijs", "Education"),
    CARE("Q", "Gezondheids- en welzijnszorg", "Human health and social work"),
    CULTURE("R", "Cultuur, sport en recreatie", "Arts, entertainment and recreation"),
    OTHER_SERVICES("S", "Overige dienstverlening", "Other services");

    private final String sbiSection;
    private final String labelNl;
    private final String labelEn;

    Sector(String sbiSection, String labelNl, String labelEn) {
        this.sbiSection = sbiSection;
        this.labelNl = labelNl;
        this.labelEn = labelEn;
    }

    public String sbiSection() {
        return sbiSection;
    }

    public String label(Language language) {
        return language == Language.NL ? labelNl : labelEn;
    }
}
