package nl.werkmotor.employerservice;

import java.util.Optional;

import org.springframework.stereotype.Component;

import nl.werkmotor.employers.Employer;
import nl.werkmotor.places.FindPlaces;
import nl.werkmotor.places.Region;

/** Whether an account manager's organisation serves the region an employer lies in (by its address). */
@Component
class RegionOfEmployer {

    private final FindPlaces places;

    RegionOfEmployer(FindPlaces places) {
        this.places = places;
    }

    /** @throws OutsideRegion unless the organisation serves the employer's region */
    void requireServed(String organisationRegion, Employer employer) {
        if (organisationRegion == null) {
            throw OutsideRegion.unknownForOrganisation();
        }
        Region region = of(employer).orElseThrow(() -> OutsideRegion.unknownForEmployer(employer.name(),
                employer.postcode4()));
        if (!region.code().equals(organisationRegion)) {
            throw OutsideRegion.elsewhere(employer.name(), region.name() + " (" + region.code() + ")",
                    places.region(organisationRegion).map(r -> r.name() + " (" + r.code() + ")")
                            .orElse(organisationRegion));
        }
    }

    boolean serves(String organisationRegion, Employer employer) {
        return organisationRegion != null && of(employer).filter(r -> r.code().equals(organisationRegion)).isPresent();
    }

    private Optional<Region> of(Employer employer) {
        return employer.postcode4() == null ? Optional.empty() : places.regionOf(employer.postcode4());
    }
}
