package nl.werkmotor.demoregion.internal;

import java.util.List;

import nl.werkmotor.taxonomy.Sector;

/**
 * What a sector looks like in a Dutch region: its share of jobs (rounded from CBS figures on jobs by
 * SBI section), the ISCO-08 sub-major groups its occupations mostly come from, and the words an
 * invented employer name in it uses.
 */
enum SectorProfile {
    AGRICULTURE(Sector.AGRICULTURE, 2, List.of("61", "92", "83"), false, "Kwekerij", "Agro", "Tuinbouw"),
    MANUFACTURING(Sector.MANUFACTURING, 9, List.of("31", "72", "73", "74", "75", "81", "82", "93"), false,
            "Metaal", "Techniek", "Productie", "Voedingsmiddelen"),
    CONSTRUCTION(Sector.CONSTRUCTION, 5, List.of("71", "74", "31", "93", "21"), false, "Bouw", "Installatietechniek",
            "Aannemers"),
    TRADE(Sector.TRADE, 15, List.of("52", "43", "33", "83", "93"), false, "Groothandel", "Retail", "Handel"),
    TRANSPORT(Sector.TRANSPORT, 5, List.of("83", "93", "43", "31"), false, "Logistiek", "Transport", "Expeditie"),
    HOSPITALITY(Sector.HOSPITALITY, 6, List.of("51", "94", "91", "14"), false, "Horeca", "Catering", "Hotels"),
    ICT(Sector.ICT, 4, List.of("25", "35", "21", "24"), false, "ICT", "Software", "Data"),
    FINANCE(Sector.FINANCE, 3, List.of("24", "33", "41", "42"), false, "Financiële Diensten", "Verzekeringen",
            "Administratie"),
    PROFESSIONAL_SERVICES(Sector.PROFESSIONAL_SERVICES, 8, List.of("21", "24", "26", "33", "41"), false, "Advies",
            "Ingenieurs", "Consultancy"),
    SUPPORT_SERVICES(Sector.SUPPORT_SERVICES, 10, List.of("91", "54", "41", "42", "96"), false, "Schoonmaak",
            "Beveiliging", "Facilitair"),
    PUBLIC_ADMINISTRATION(Sector.PUBLIC_ADMINISTRATION, 5, List.of("24", "33", "41", "54", "26"), true,
            "Publieke Dienstverlening", "Stadsbeheer"),
    EDUCATION(Sector.EDUCATION, 6, List.of("23", "53", "34"), true, "Onderwijsgroep", "Kinderopvang"),
    CARE(Sector.CARE, 16, List.of("22", "32", "53", "26", "34", "91"), true, "Zorg", "Thuiszorg", "Welzijn"),
    CULTURE(Sector.CULTURE, 2, List.of("26", "34", "51", "42"), true, "Sport", "Cultuur", "Recreatie"),
    OTHER_SERVICES(Sector.OTHER_SERVICES, 3, List.of("51", "52", "75", "96"), false, "Diensten", "Kappers",
            "Wasserij");

    final Sector sector;
    final double shareOfJobs;
    final List<String> iscoSubMajorGroups;
    /** Foundations (stichtingen) rather than companies: care, schools, culture, public bodies. */
    final boolean foundation;
    final String[] nameWords;

    SectorProfile(Sector sector, double shareOfJobs, List<String> iscoSubMajorGroups, boolean foundation,
            String... nameWords) {
        this.sector = sector;
        this.shareOfJobs = shareOfJobs;
        this.iscoSubMajorGroups = iscoSubMajorGroups;
        this.foundation = foundation;
        this.nameWords = nameWords;
    }

    boolean employs(String iscoCode) {
        return iscoCode != null && iscoCode.length() >= 2 && iscoSubMajorGroups.contains(iscoCode.substring(0, 2));
    }

    /** "Van Dijk Logistiek B.V." or "Stichting De Groot Zorg". */
    String employerName(String surname, String word) {
        String name = Names.capitalised(surname) + " " + word;
        return foundation ? "Stichting " + name : name + " B.V.";
    }
}
