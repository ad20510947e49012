/**
 * Web shell: page layout (NL Design System), language switch (Dutch first, English), login and
 * security headers, error pages, and problem+json for every {@code /api} error
 * ({@link nl.werkmotor.web.ApiProblem}). Modules contribute their own pages and controllers, and menu
 * entries as {@link nl.werkmotor.web.NavigationLink} beans. Calls {@code identity} (who is signed in).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web shell")
package nl.werkmotor.web;
