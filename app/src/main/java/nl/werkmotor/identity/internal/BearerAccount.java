package nl.werkmotor.identity.internal;

import java.util.List;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import nl.werkmotor.identity.CurrentUser;

/** An API call with an OIDC access token whose claims give one role of ours. */
final class BearerAccount extends JwtAuthenticationToken implements SignedIn {

    private final CurrentUser user;

    BearerAccount(Jwt token, CurrentUser user) {
        super(token, List.of(new SimpleGrantedAuthority(user.role().authority())), user.username());
        this.user = user;
    }

    @Override
    public CurrentUser user() {
        return user;
    }
}
