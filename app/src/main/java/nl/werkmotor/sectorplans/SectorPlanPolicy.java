package nl.werkmotor.sectorplans;

import java.util.Optional;
import java.util.Set;

import nl.werkmotor.identity.CurrentUser;
import nl.werkmotor.identity.Role;
import nl.werkmotor.web.ApiProblem.Message;

/**
 * Who may do what with sector plans: every professional of the region reads them (not employers, not job seekers);
 * the adopting organisation's account managers and beleidsmedewerkers, and the beheerder, save a new version and
 * name the sectortrekker; only the beheerder gives a sector to another organisation. Each check returns the reason it
 * refuses, in Dutch and English, or none.
 */
public final class SectorPlanPolicy {

    public static final Set<Role> READERS = Set.of(Role.KLANTMANAGER, Role.ACCOUNTMANAGER, Role.OPLEIDER,
            Role.BELEIDSMEDEWERKER, Role.BEHEERDER);
    /** The roles that may save a plan of a sector their own organisation adopted. */
    public static final Set<Role> ADOPTERS_STAFF = Set.of(Role.ACCOUNTMANAGER, Role.BELEIDSMEDEWERKER);

    private SectorPlanPolicy() {
    }

    public static Optional<Message> mayRead(CurrentUser user) {
        return READERS.contains(user.role()) ? Optional.empty() : Optional.of(new Message(
                "Sectorplannen zijn voor de professionals van de regio.",
                "Sector plans are for the region's professionals."));
    }

    public static boolean maySave(CurrentUser user, AdoptedSector sector) {
        return whySaveRefused(user, sector).isEmpty();
    }

    /** Empty when the user may save a new version of the sector's plan and name its sectortrekker. */
    public static Optional<Message> whySaveRefused(CurrentUser user, AdoptedSector sector) {
        if (user.role() == Role.BEHEERDER) {
            return Optional.empty();
        }
        if (!ADOPTERS_STAFF.contains(user.role())) {
            return Optional.of(new Message("Een " + user.role().dutchName() + " slaat geen sectorplan op: dat doen de "
                    + "accountmanagers en beleidsmedewerkers van de adopterende organisatie en de beheerder.",
                    "A " + user.role().displayName(java.util.Locale.ENGLISH) + " does not save sector plans: the "
                    + "adopting organisation's employer advisers and policy analysts and the administrator do."));
        }
        String own = user.organisation() == null ? null : user.organisation().id();
        if (!sector.adoptingOrganisationId().equals(own)) {
            return Optional.of(new Message("Het sectorplan " + sector.nameNl() + " is van "
                    + sector.adoptingOrganisationName() + "; alleen haar medewerkers en de beheerder slaan het op.",
                    "The sector plan " + sector.nameEn() + " belongs to " + sector.adoptingOrganisationName()
                    + "; only its staff and the administrator save it."));
        }
        return Optional.empty();
    }

    /** Empty when the user may give the sector to another adopting organisation: the beheerder only. */
    public static Optional<Message> whyAdoptionChangeRefused(CurrentUser user) {
        return user.role() == Role.BEHEERDER ? Optional.empty() : Optional.of(new Message(
                "Alleen de beheerder geeft een sector aan een andere organisatie; laat dit veld zoals het was.",
                "Only the administrator gives a sector to another organisation; leave this field as it was."));
    }
}
