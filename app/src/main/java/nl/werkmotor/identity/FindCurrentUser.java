package nl.werkmotor.identity;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import nl.werkmotor.identity.internal.Account;

/** Who is signed in on the current request; empty for anonymous visitors. */
@Component
public class FindCurrentUser {

    public Optional<CurrentUser> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof Account account
                ? Optional.of(account.user())
                : Optional.empty();
    }
}
