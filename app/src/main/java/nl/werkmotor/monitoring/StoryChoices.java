package nl.werkmotor.monitoring;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import nl.werkmotor.partners.FindPartners;
import nl.werkmotor.partners.Partner;
import nl.werkmotor.people.FindTargetGroups;
import nl.werkmotor.people.TargetGroup;
import nl.werkmotor.people.TargetGroupDefinition;
import nl.werkmotor.sectorplans.FindSectors;
import nl.werkmotor.sectorplans.RegionSector;

/**
 * The coarse choices a story may name (the region's sectors, the target-group list, the partner organisations) and
 * their names on a page ({@code @storyChoices} in the templates): codes only are stored.
 */
@Component
class StoryChoices {

    /** One choice of a select: its code and its name in the page's language. */
    record Choice(String code, String name) {
    }

    private final FindSectors sectors;
    private final FindTargetGroups targetGroups;
    private final FindPartners partners;

    StoryChoices(FindSectors sectors, FindTargetGroups targetGroups, FindPartners partners) {
        this.sectors = sectors;
        this.targetGroups = targetGroups;
        this.partners = partners;
    }

    StoryPolicy.Known known() {
        return new StoryPolicy.Known(sectors.all().stream().map(RegionSector::code).collect(Collectors.toSet()),
                targetGroups.active().stream().map(TargetGroupDefinition::code).collect(Collectors.toSet()),
                organisationsById());
    }

    public List<Choice> sectors(Locale locale) {
        return sectors.all().stream().map(s -> new Choice(s.code(), s.name(locale))).toList();
    }

    public List<Choice> targetGroups(Locale locale) {
        return targetGroups.active().stream().map(g -> new Choice(g.code(), g.name(locale))).toList();
    }

    public List<Choice> organisations() {
        return organisationsById().entrySet().stream().map(e -> new Choice(e.getKey(), e.getValue())).toList();
    }

    public String sector(String code, Locale locale) {
        return code == null ? null : sectors.byCode(code).map(s -> s.name(locale)).orElse(code);
    }

    public String targetGroup(String code, Locale locale) {
        return code == null ? null : targetGroups.byCode(new TargetGroup(code)).map(g -> g.name(locale)).orElse(code);
    }

    private Map<String, String> organisationsById() {
        Map<String, String> byId = new LinkedHashMap<>();
        for (Partner p : partners.all()) {
            if (p.organisationId() != null) {
                byId.putIfAbsent(p.organisationId(), p.name());
            }
        }
        return byId;
    }
}
