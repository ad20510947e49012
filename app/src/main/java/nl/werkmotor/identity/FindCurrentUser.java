package nl.werkmotor.identity;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import nl.werkmotor.identity.internal.SignedIn;

/**
 * Who is signed in on the current request; empty for anonymous visitors and for tokens without a role of
 * ours. The same user whether they signed in with a demo account, in the browser through OIDC, or sent an
 * OIDC bearer token to the API.
 */
@Component
public class FindCurrentUser {

    public Optional<CurrentUser> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof SignedIn bearer) {
            return Optional.of(bearer.user());
        }
        return authentication != null && authentication.getPrincipal() instanceof SignedIn user
                ? Optional.of(user.user())
                : Optional.empty();
    }
}
