package nl.werkmotor.partners;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import nl.werkmotor.places.DeploymentRegion;
import nl.werkmotor.places.FindPlaces;
import nl.werkmotor.places.Municipality;
import nl.werkmotor.platform.Refusal;
import nl.werkmotor.web.FormDate;

/**
 * Reads a {@link PartnerForm} against the other partners and the places, naming every problem at once: the
 * values to write, or a {@link Refusal}.
 */
final class PartnerCheck {

    static final Pattern ORGANISATION = Pattern.compile("[a-z0-9][a-z0-9.-]{1,79}");
    static final int MAX_INHABITANTS = 10_000_000;

    private final FindPlaces places;
    private final DeploymentRegion region;

    PartnerCheck(FindPlaces places, DeploymentRegion region) {
        this.places = places;
        this.region = region;
    }

    /**
     * @param id     the partner being changed, or 0 for a new one
     * @param others every other partner
     * @throws Refusal naming every field to fix
     */
    Partner check(long id, PartnerForm form, List<Partner> others) {
        Refusal.Reasons reasons = new Refusal.Reasons();
        String organisation = form.organisationId().toLowerCase(Locale.ROOT);
        if (organisation.isEmpty()) {
            reasons.add("organisatie", "Vul de organisatie in: de code die de inlog van haar medewerkers meegeeft, "
                    + "zoals gemeente-lindeveen.", "Fill in the organisation: the code its staff's login carries, "
                    + "such as gemeente-lindeveen.");
        } else if (!ORGANISATION.matcher(organisation).matches()) {
            reasons.add("organisatie", "Een organisatiecode is 2 tot 80 tekens: kleine letters, cijfers, '-' of '.', "
                    + "zoals gemeente-lindeveen.", "An organisation code is 2 to 80 characters: lower-case letters, "
                    + "digits, '-' or '.', such as gemeente-lindeveen.");
        } else {
            others.stream().filter(p -> p.organisationId().equals(organisation)).findFirst().ifPresent(p -> reasons.add(
                    "organisatie", "De organisatie " + organisation + " is al partner: " + p.name() + ".",
                    "The organisation " + organisation + " is already a partner: " + p.name() + "."));
        }
        PartnerKind kind = kind(form.kind(), reasons);
        reasons.text("naam", form.name(), PartnerForm.MAX_NAME, "de naam", "the name");
        if (form.contact().length() > PartnerForm.MAX_CONTACT) {
            reasons.add("contact", "Het contact is te lang: hoogstens " + PartnerForm.MAX_CONTACT + " tekens, niet "
                    + form.contact().length() + ".", "The contact is too long: at most " + PartnerForm.MAX_CONTACT
                    + " characters, not " + form.contact().length() + ".");
        }
        LocalDate from = date("actiefVanaf", form.activeFrom(), true, "de datum vanaf", "the date from", reasons);
        LocalDate to = date("actiefTot", form.activeTo(), false, "de datum tot en met", "the date until", reasons);
        if (from != null && to != null && to.isBefore(from)) {
            reasons.add("actiefTot", "De datum tot en met ligt vóór de datum vanaf (" + from + ").",
                    "The date until lies before the date from (" + from + ").");
        }
        boolean municipality = kind == PartnerKind.MUNICIPALITY;
        String code = municipality ? municipalityCode(form.municipalityCode(), id, others, reasons) : null;
        Inhabitants inhabitants = municipality ? inhabitants(form, reasons) : null;
        if (!municipality && kind != null && !(form.municipalityCode() + form.inhabitants() + form.inhabitantsYear())
                .isEmpty()) {
            for (String field : List.of("gemeentecode", "inwoners", "inwonersPeiljaar")) {
                if (!value(form, field).isEmpty()) {
                    reasons.add(field, "Alleen een gemeente heeft een gemeentecode en inwoners; laat dit leeg.",
                            "Only a municipality has a municipality code and inhabitants; leave this empty.");
                }
            }
        }
        List<WspLocation> locations = kind == PartnerKind.WSP ? locations(form, from, to, others, reasons) : List.of();
        if (kind != null && kind != PartnerKind.WSP && !form.locations().isEmpty()) {
            reasons.add("locaties", "Alleen een WSP heeft locaties; maak de locaties leeg.",
                    "Only a WSP has locations; empty the locations.");
        }
        reasons.refuseIfAny();
        return new Partner(id, organisation, kind, form.name(), form.contact(), from, to, code, inhabitants, locations);
    }

    private static String value(PartnerForm form, String field) {
        return switch (field) {
            case "gemeentecode" -> form.municipalityCode();
            case "inwoners" -> form.inhabitants();
            default -> form.inhabitantsYear();
        };
    }

    private static PartnerKind kind(String typed, Refusal.Reasons reasons) {
        try {
            return PartnerKind.valueOf(typed.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            reasons.add("soort", typed.isEmpty() ? "Kies de soort organisatie." : "Kies de soort organisatie: gemeente, "
                    + "UWV, WSP, school of maatschappelijke organisatie.", typed.isEmpty() ? "Choose the kind of "
                    + "organisation." : "Choose the kind of organisation: municipality, UWV, WSP, school or social "
                    + "organisation.");
            return null;
        }
    }

    private static LocalDate date(String field, String typed, boolean required, String nl, String en,
                                  Refusal.Reasons reasons) {
        if (typed.isEmpty()) {
            if (required) {
                reasons.add(field, "Vul " + nl + " in, zoals 1-1-2026.", "Fill in " + en + ", such as 1-1-2026.");
            }
            return null;
        }
        Optional<LocalDate> date = FormDate.parse(typed);
        if (date.isEmpty()) {
            reasons.add(field, "Vul " + nl + " in als dag-maand-jaar, zoals 1-1-2026, niet '" + shown(typed) + "'.",
                    "Fill in " + en + " as day-month-year, such as 1-1-2026, not '" + shown(typed) + "'.");
        }
        return date.orElse(null);
    }

    private String municipalityCode(String typed, long id, List<Partner> others, Refusal.Reasons reasons) {
        String code = typed.toUpperCase(Locale.ROOT);
        if (code.isEmpty()) {
            reasons.add("gemeentecode", "Vul de CBS-code van de gemeente in, zoals GM0599.",
                    "Fill in the municipality's CBS code, such as GM0599.");
            return null;
        }
        if (!inRegion(code, "gemeentecode", reasons)) {
            return null;
        }
        others.stream().filter(p -> code.equals(p.municipalityCode()) && p.id() != id).findFirst().ifPresent(p ->
                reasons.add("gemeentecode", "Gemeente " + code + " is al partner: " + p.name() + ".",
                        "Municipality " + code + " is already a partner: " + p.name() + "."));
        return code;
    }

    /** Whether the code names a municipality of the deployment's region; else says why not. */
    private boolean inRegion(String code, String field, Refusal.Reasons reasons) {
        Optional<Municipality> known = places.municipality(code);
        if (known.isEmpty()) {
            reasons.add(field, "Er is geen gemeente met CBS-code " + shown(code) + ".",
                    "There is no municipality with CBS code " + shown(code) + ".");
            return false;
        }
        if (!known.get().regionCode().equals(region.code())) {
            reasons.add(field, known.get().name() + " (" + code + ") hoort niet bij de arbeidsmarktregio "
                    + region.name() + ".", known.get().name() + " (" + code + ") is not in the labour-market region "
                    + region.name() + ".");
            return false;
        }
        return true;
    }

    private static Inhabitants inhabitants(PartnerForm form, Refusal.Reasons reasons) {
        Integer count = number("inwoners", form.inhabitants(), 1, MAX_INHABITANTS, "het aantal inwoners",
                "the number of inhabitants", reasons);
        int thisYear = Year.now().getValue();
        Integer year = number("inwonersPeiljaar", form.inhabitantsYear(), 1900, thisYear, "het jaar van het aantal "
                + "inwoners", "the year of the number of inhabitants", reasons);
        return count == null || year == null ? null : new Inhabitants(count, year);
    }

    private static Integer number(String field, String typed, int min, int max, String nl, String en,
                                  Refusal.Reasons reasons) {
        String digits = typed.replace(".", "").replace(",", "").replace(" ", "");
        try {
            int value = Integer.parseInt(digits);
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        reasons.add(field, "Vul bij " + nl + " een heel getal van " + min + " tot en met " + max + " in"
                + (typed.isEmpty() ? "." : ", niet '" + shown(typed) + "'."), "Fill in a whole number from " + min
                + " to " + max + " for " + en + (typed.isEmpty() ? "." : ", not '" + shown(typed) + "'."));
        return null;
    }

    private List<WspLocation> locations(PartnerForm form, LocalDate from, LocalDate to, List<Partner> others,
                                        Refusal.Reasons reasons) {
        if (form.locations().isEmpty()) {
            reasons.add("locaties", "Vul minstens één locatie van de WSP in, met de gemeenten die zij bedient.",
                    "Fill in at least one location of the WSP, with the municipalities it serves.");
            return List.of();
        }
        if (form.locations().size() > PartnerForm.MAX_LOCATIONS) {
            reasons.add("locaties", "Een WSP heeft hoogstens " + PartnerForm.MAX_LOCATIONS + " locaties.",
                    "A WSP has at most " + PartnerForm.MAX_LOCATIONS + " locations.");
            return List.of();
        }
        List<WspLocation> locations = new ArrayList<>();
        Map<String, String> servedHere = new HashMap<>();
        for (int i = 0; i < form.locations().size(); i++) {
            PartnerForm.Location typed = form.locations().get(i);
            String at = "locaties[" + i + "].";
            String number = " (locatie " + (i + 1) + ")";
            String numberEn = " (location " + (i + 1) + ")";
            reasons.text(at + "naam", typed.name(), PartnerForm.MAX_NAME, "de naam van de locatie" + number,
                    "the location's name" + numberEn);
            reasons.text(at + "adres", typed.address(), PartnerForm.MAX_ADDRESS, "het adres" + number,
                    "the address" + numberEn);
            if (!typed.postcode4().matches("[1-9][0-9]{3}") || places.postcode(typed.postcode4()).isEmpty()) {
                reasons.add(at + "postcode", "Vul de vier cijfers van een bestaande postcode in, zoals 3011"
                        + number + ".", "Fill in the four digits of an existing postcode, such as 3011" + numberEn + ".");
            }
            if (typed.municipalityCodes().isEmpty()) {
                reasons.add(at + "gemeenten", "Kies de gemeenten die deze locatie bedient" + number + ".",
                        "Choose the municipalities this location serves" + numberEn + ".");
            }
            LinkedHashSet<String> codes = new LinkedHashSet<>();
            for (String typedCode : typed.municipalityCodes()) {
                String code = typedCode.toUpperCase(Locale.ROOT);
                if (!codes.add(code) || !inRegion(code, at + "gemeenten", reasons)) {
                    continue;
                }
                String name = places.municipality(code).orElseThrow().name();
                String here = servedHere.putIfAbsent(code, typed.name());
                if (here != null) {
                    reasons.add(at + "gemeenten", name + " wordt al bediend door locatie " + here + "; een gemeente "
                            + "heeft één WSP-locatie, zodat werkgevers en cijfers weten waar zij horen.", name
                            + " is already served by location " + here + "; a municipality has one WSP location, so "
                            + "that employers and figures know where they belong.");
                }
                servedElsewhere(code, name, from, to, others, at, reasons);
            }
            locations.add(new WspLocation(typed.name(), typed.address(), typed.postcode4(), List.copyOf(codes)));
        }
        return locations;
    }

    /** A municipality is served by one WSP location at a time: not by another WSP's in the same days. */
    private static void servedElsewhere(String code, String name, LocalDate from, LocalDate to, List<Partner> others,
                                        String at, Refusal.Reasons reasons) {
        for (Partner other : others) {
            if (other.kind() != PartnerKind.WSP || (from != null && !other.overlaps(from, to))) {
                continue;
            }
            other.locationServing(code).ifPresent(l -> reasons.add(at + "gemeenten", name + " wordt al bediend door "
                    + l.name() + " van " + other.name() + "; een gemeente heeft één WSP-locatie tegelijk. Beëindig "
                    + "die eerst.", name + " is already served by " + l.name() + " of " + other.name() + "; a "
                    + "municipality has one WSP location at a time. End that one first."));
        }
    }

    private static String shown(String typed) {
        return typed.length() > 20 ? typed.substring(0, 20) + "…" : typed;
    }
}
