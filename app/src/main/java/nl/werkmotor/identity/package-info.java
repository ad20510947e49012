/**
 * Identity: who is signed in, in which role, for which organisation. Owns the roles of the platform
 * ({@link nl.werkmotor.identity.Role}), the organisations people act for, and the accounts behind
 * the login. Other modules ask {@link nl.werkmotor.identity.FindCurrentUser}. Until OIDC arrives
 * the only accounts are the demo accounts, one per role, which exist in the {@code dev} and
 * {@code test} profiles only. Calls no other module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package nl.werkmotor.identity;
