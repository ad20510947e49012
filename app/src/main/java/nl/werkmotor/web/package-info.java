/**
 * Web shell: page layout, language switch (Dutch first, English), error pages and problem+json,
 * security headers. Modules contribute their own pages and controllers.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web shell")
package nl.werkmotor.web;
