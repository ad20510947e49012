/**
 * Identity: who is signed in, in which role, for which organisation. Owns the roles of the platform
 * ({@link nl.werkmotor.identity.Role}), the organisations people act for, and how people sign in
 * ({@link nl.werkmotor.identity.SigningIn}): the demo accounts, one per role, in the {@code dev} and
 * {@code test} profiles; the organisation's OIDC provider when {@code WERKMOTOR_OIDC_*} is set (browser login
 * and API bearer tokens, role and organisation from the token's claims; logging out ends the provider's
 * session too; required in production). Other
 * modules ask {@link nl.werkmotor.identity.FindCurrentUser}, whatever the login. Calls {@code platform}
 * (the production start-up check).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package nl.werkmotor.identity;
