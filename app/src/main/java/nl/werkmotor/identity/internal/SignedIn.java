package nl.werkmotor.identity.internal;

import nl.werkmotor.identity.CurrentUser;

/** A principal that knows its user, however it signed in: demo account, OIDC in the browser, bearer token. */
public interface SignedIn {

    CurrentUser user();
}
