package nl.werkmotor.taxonomy;

import java.util.List;

/** An occupation with the skills it needs, as URIs: the material for generators and matching. */
public record OccupationProfile(
        String uri,
        String iscoCode,
        String labelEn,
        String labelNl,
        List<String> essentialSkills,
        List<String> optionalSkills) {

    public OccupationProfile {
        essentialSkills = List.copyOf(essentialSkills);
        optionalSkills = List.copyOf(optionalSkills);
    }
}
