package nl.werkmotor.monitoring;

/**
 * A story as typed into the form or sent to the API, unchecked: months as YYYY-MM, the consent date as typed
 * (day-month-year or ISO), the coarse sector, target group and organisation as codes (or none).
 *
 * @param bevestigd the writer confirms the person consented to sharing it and that it identifies nobody
 */
record StoryForm(String van, String tot, String titel, String tekst, String toestemming, String toestemmingOp,
                 boolean bevestigd, String sector, String doelgroep, String organisatie) {

    static final StoryForm EMPTY = new StoryForm("", "", "", "", "", "", false, "", "", "");

    static StoryForm of(Story s) {
        return new StoryForm(s.from().toString(), s.to().toString(), s.title(), s.body(), s.consentStatement(),
                shown(s.consentOn()), true, blank(s.sectorCode()),
                blank(s.targetGroupCode()), blank(s.organisationId()));
    }

    /** The fields a page posts, by name; a field left out is empty, the confirmation a ticked box. */
    static StoryForm of(java.util.Map<String, String> typed) {
        return new StoryForm(typed.getOrDefault("van", ""), typed.getOrDefault("tot", ""),
                typed.getOrDefault("titel", ""), typed.getOrDefault("tekst", ""), typed.getOrDefault("toestemming", ""),
                typed.getOrDefault("toestemmingOp", ""), typed.containsKey("bevestigd"),
                typed.getOrDefault("sector", ""), typed.getOrDefault("doelgroep", ""),
                typed.getOrDefault("organisatie", ""));
    }

    private static final java.time.format.DateTimeFormatter MOMENT =
            java.time.format.DateTimeFormatter.ofPattern("d-M-yyyy HH:mm");

    /** A moment as the pages write it, in Amsterdam time, e.g. 7-12-2026 10:05; empty for none. */
    static String moment(java.time.Instant at) {
        return at == null ? "" : MOMENT.format(at.atZone(java.time.ZoneId.of("Europe/Amsterdam")));
    }

    static String shown(java.time.LocalDate date) {
        return date == null ? "" : date.getDayOfMonth() + "-" + date.getMonthValue() + "-" + date.getYear();
    }

    private static String blank(String value) {
        return value == null ? "" : value;
    }
}
