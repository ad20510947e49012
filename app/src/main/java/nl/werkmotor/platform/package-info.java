/**
 * Platform: how Werkmotor starts. Start-up modes (development, production, command line), the
 * database (configured PostgreSQL or the embedded one in the local data folder), the subcommand
 * registry behind {@code bin/werkmotor}, and whether the settings are production's. Every module may use it; it uses no module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform")
package nl.werkmotor.platform;
