package nl.werkmotor.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.werkmotor.identity.CurrentUser;
import nl.werkmotor.identity.Organisation;
import nl.werkmotor.identity.Role;

/** Role and organisation from the provider's claims; no access without exactly one role of ours. */
class TokenClaimsTest {

    private final TokenClaims defaults = new TokenClaims(settings("werkmotor_rol", "organisatie"));

    @Test
    void readsUserRoleAndOrganisationFromTheDefaultClaims() {
        assertThat(defaults.user(Map.of("sub", "f81d", "preferred_username", "jvisser", "name", "Jeroen Visser",
                "werkmotor_rol", "klantmanager", "organisatie", "gemeente-lindeveen",
                "organisatie_naam", "Gemeente Lindeveen")))
                .contains(new CurrentUser("f81d", "Jeroen Visser", Role.KLANTMANAGER,
                        new Organisation("gemeente-lindeveen", "Gemeente Lindeveen")));
    }

    @Test
    void readsTheRegionTheOrganisationServesWhenTheProviderSaysIt() {
        assertThat(defaults.user(Map.of("sub", "a", "werkmotor_rol", "accountmanager", "organisatie", "wsp-rijnmond",
                "organisatie_regio", "am22")).orElseThrow().organisation().regionCode()).isEqualTo("AM22");
        assertThat(defaults.user(Map.of("sub", "a", "werkmotor_rol", "accountmanager", "organisatie", "wsp-rijnmond"))
                .orElseThrow().organisation().regionCode()).isNull();
    }

    @Test
    void takesTheOneRoleOfOursFromAListAndFallsBackOnIdsForNames() {
        assertThat(new TokenClaims(settings("roles", "org")).user(Map.of("sub", "f81d",
                "roles", List.of("offline_access", "ACCOUNTMANAGER"), "org", "wsp-lindeveen")))
                .contains(new CurrentUser("f81d", "f81d", Role.ACCOUNTMANAGER,
                        new Organisation("wsp-lindeveen", "wsp-lindeveen")));
    }

    @Test
    void noRoleSeveralRolesOrNoOrganisationGiveNoUser() {
        assertThat(defaults.user(Map.of("sub", "a", "organisatie", "x"))).isEmpty();
        assertThat(defaults.user(Map.of("sub", "a", "organisatie", "x", "werkmotor_rol", "directeur"))).isEmpty();
        assertThat(defaults.user(Map.of("sub", "a", "organisatie", "x",
                "werkmotor_rol", List.of("werkzoekende", "beheerder")))).isEmpty();
        assertThat(defaults.user(Map.of("sub", "a", "werkmotor_rol", "beheerder"))).isEmpty();
    }

    private static OidcProperties settings(String roleClaim, String organisationClaim) {
        return new OidcProperties("https://login.example.nl", "werkmotor", "geheim", "werkmotor-api", true, List.of("openid"),
                "sub", "name", roleClaim, organisationClaim, "organisatie_naam", "organisatie_regio");
    }
}
