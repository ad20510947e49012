package nl.werkmotor.identity.internal;

import java.util.List;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

import nl.werkmotor.identity.CurrentUser;

/** Someone signed in through the OIDC provider in the browser, with the one role their claims give. */
final class OidcAccount extends DefaultOidcUser implements SignedIn {

    private final CurrentUser user;

    OidcAccount(OidcUser oidc, CurrentUser user) {
        super(List.of(new SimpleGrantedAuthority(user.role().authority())), oidc.getIdToken(), oidc.getUserInfo());
        this.user = user;
    }

    @Override
    public CurrentUser user() {
        return user;
    }
}
