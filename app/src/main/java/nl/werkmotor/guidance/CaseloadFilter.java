package nl.werkmotor.guidance;

import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;

import nl.werkmotor.people.Availability;
import nl.werkmotor.people.Motivation;
import nl.werkmotor.people.Person;
import nl.werkmotor.people.TargetGroup;
import nl.werkmotor.people.Visibility;
import nl.werkmotor.platform.Refusal;

/**
 * Which people of a caseload to show: part of the name, and each of the other criteria when given (null: any).
 */
record CaseloadFilter(String name, TargetGroup targetGroup, Availability availability, Motivation motivation,
                      Visibility visibility) {

    static final CaseloadFilter EVERYONE = new CaseloadFilter("", null, null, null, null);

    CaseloadFilter {
        name = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * From the query parameters of the page and the API; an empty value means any.
     *
     * @param groups the codes of the region's target-group list, inactive ones too
     *
     * @throws Refusal naming every value that is not one of its choices
     */
    static CaseloadFilter parse(Collection<TargetGroup> groups, String naam, String doelgroep, String beschikbaarheid, String motivatie,
                                String zichtbaarheid) {
        Refusal.Reasons reasons = new Refusal.Reasons();
        if (naam != null && naam.length() > 100) {
            reasons.add("naam", "naam is hoogstens 100 tekens lang.", "naam is at most 100 characters long.");
        }
        CaseloadFilter filter = new CaseloadFilter(naam, targetGroup(groups, doelgroep, reasons),
                choice(Availability.class, "beschikbaarheid", beschikbaarheid, reasons),
                choice(Motivation.class, "motivatie", motivatie, reasons),
                choice(Visibility.class, "zichtbaarheid", zichtbaarheid, reasons));
        reasons.refuseIfAny();
        return filter;
    }

    boolean matches(Person person) {
        return (name.isEmpty() || (person.firstName() + " " + person.lastName()).toLowerCase(Locale.ROOT).contains(name))
                && (targetGroup == null || person.targetGroups().contains(targetGroup))
                && (availability == null || person.profile().preferences().availability() == availability)
                && (motivation == null || person.profile().preferences().motivation() == motivation)
                && (visibility == null || person.profile().preferences().visibility() == visibility);
    }

    /** The group of the list named, in any case; null for none. */
    private static TargetGroup targetGroup(Collection<TargetGroup> groups, String value, Refusal.Reasons reasons) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String code = value.strip().toUpperCase(Locale.ROOT);
        if (TargetGroup.isCode(code) && groups.contains(new TargetGroup(code))) {
            return new TargetGroup(code);
        }
        String choices = groups.stream().sorted().map(TargetGroup::code).collect(Collectors.joining(", "));
        String shown = value.length() > 40 ? value.substring(0, 40) + "…" : value;
        reasons.add("doelgroep", "doelgroep moet een van " + choices + " zijn, niet '" + shown + "'.",
                "doelgroep must be one of " + choices + ", not '" + shown + "'.");
        return null;
    }

    /** The constant named, in any case; null for none. */
    private static <E extends Enum<E>> E choice(Class<E> type, String field, String value, Refusal.Reasons reasons) {
        if (value == null || value.isBlank()) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(value.strip())) {
                return constant;
            }
        }
        String choices = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
        String shown = value.length() > 40 ? value.substring(0, 40) + "…" : value;
        reasons.add(field, field + " moet een van " + choices + " zijn, niet '" + shown + "'.",
                field + " must be one of " + choices + ", not '" + shown + "'.");
        return null;
    }
}
