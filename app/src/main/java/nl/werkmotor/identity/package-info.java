/**
 * Identity: who is signed in, in which role, for which organisation. Owns the roles of the platform
 * ({@link nl.werkmotor.identity.Role}), the organisations people act for, and how people sign in
 * ({@link nl.werkmotor.identity.SigningIn}): the demo accounts, one per role, in the {@code dev} and
 * {@code test} profiles, on the embedded database only; the organisation's OIDC provider when
 * {@code WERKMOTOR_OIDC_*} is set (browser login and API access tokens for the API's own audience, role and
 * organisation from the token's claims; logging out ends the provider's session too; required in production).
 * Also how long a session lasts (idle, and at most {@code werkmotor.session.lifetime} after signing in) and
 * that a step which cannot be undone needs a recent sign-in. Other
 * modules ask {@link nl.werkmotor.identity.FindCurrentUser}, whatever the login. Calls {@code platform}
 * (the production start-up check).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package nl.werkmotor.identity;
