package nl.werkmotor.identity.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import nl.werkmotor.identity.CurrentUser;

/** A user who can sign in with a password: the principal of a form login. */
public record Account(CurrentUser user, String passwordHash) implements UserDetails, SignedIn {

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(user.role().authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return user.username();
    }

    @Override
    public String toString() {
        return "Account[" + user + "]"; // never the hash
    }
}
