package nl.werkmotor.places.internal;

import java.util.List;

import org.springframework.core.env.Environment;

import nl.werkmotor.platform.ProductionRequirement;

/** A production deployment says which arbeidsmarktregio it serves: no default region is right for everyone. */
class RegionRequirement implements ProductionRequirement {

    @Override
    public String need() {
        return "the arbeidsmarktregio it serves";
    }

    @Override
    public List<String> missing(Environment environment) {
        return environment.getProperty("werkmotor.region", "").isBlank()
                ? List.of("WERKMOTOR_REGION / werkmotor.region (for example AM22)") : List.of();
    }

    /** Every mode has a region (development's default is AM22), so it tells nothing about whether settings are production's. */
    @Override
    public boolean present(Environment environment) {
        return true;
    }
}
