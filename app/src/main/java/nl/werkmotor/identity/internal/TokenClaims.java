package nl.werkmotor.identity.internal;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import nl.werkmotor.identity.CurrentUser;
import nl.werkmotor.identity.Organisation;
import nl.werkmotor.identity.Role;

/**
 * Who the claims of an OIDC identity token or an API access token say someone is. Role and organisation
 * come from the provider, never from the user: without exactly one known role and an organisation the
 * token gives no access at all.
 */
@Component
class TokenClaims {

    private final OidcProperties settings;

    TokenClaims(OidcProperties settings) {
        this.settings = settings;
    }

    Optional<CurrentUser> user(Map<String, Object> claims) {
        List<Role> roles = values(claims.get(settings.roleClaim())).stream()
                .flatMap(value -> role(value).stream()).distinct().toList();
        String organisation = text(claims.get(settings.organisationClaim()));
        String username = text(claims.get(settings.usernameClaim()));
        username = username != null ? username : text(claims.get("sub"));
        if (roles.size() != 1 || organisation == null || username == null) {
            return Optional.empty(); // several roles: which one is meant is not ours to guess
        }
        String name = text(claims.get(settings.nameClaim()));
        String organisationName = text(claims.get(settings.organisationNameClaim()));
        String region = text(claims.get(settings.organisationRegionClaim()));
        return Optional.of(new CurrentUser(username, name != null ? name : username, roles.getFirst(),
                new Organisation(organisation, organisationName != null ? organisationName : organisation,
                        region == null ? null : region.strip().toUpperCase(Locale.ROOT))));
    }

    /** "klantmanager" as the UI names it, or the constant KLANTMANAGER; anything else is no role of ours. */
    private static Optional<Role> role(String value) {
        for (Role role : Role.values()) {
            if (role.dutchName().equalsIgnoreCase(value) || role.name().equals(value.toUpperCase(Locale.ROOT))) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }

    private static List<String> values(Object claim) {
        if (claim instanceof Collection<?> many) {
            return many.stream().map(String::valueOf).toList();
        }
        return claim == null ? List.of() : List.of(String.valueOf(claim));
    }

    private static String text(Object claim) {
        return claim == null || String.valueOf(claim).isBlank() ? null : String.valueOf(claim);
    }
}
