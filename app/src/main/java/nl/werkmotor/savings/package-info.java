/**
 * Shared savings (issue 13, item 6): the Motor blueprint's Shared Savings model as a calculator in its seven
 * steps (problem, intervention, null alternative, time horizon, costs per partner, benefits per partner, an
 * overview with the direct return to the partners and the broader societal return), for the beleidsmedewerker.
 * Amounts are exact ({@link java.math.BigDecimal} euros, rounded to cents only in the overview); what lies in later
 * years is discounted at a rate the scenario states (MKBA practice), as are the other assumptions, each with its
 * source and "to be checked by the region".
 * <p>
 * Saved scenarios belong to the organisation of whoever saved them (others' answer 404), and are kept as they were
 * saved: to change one, copy it. The blueprint's own worked case (about €949 a year of training against about
 * €29,000 a year of benefits, "€28.000 euro per persoon") is seeded as a read-only example every organisation
 * sees and may copy.
 * <p>
 * Fed with the region's own outcomes through the port {@link nl.werkmotor.savings.FindRegionalOutcomes}
 * (aggregates only: placements, lasting placements, benefit months saved), which a later placements or monitoring
 * module implements; until one does, the pages say that the figures come from the assumptions alone. Nothing here
 * is about one person, so nothing goes into the processing log.
 * <p>
 * Pages under {@code /besparingen}, API under {@code /api/v1/besparingsscenarios}. Calls {@code identity} (who is
 * signed in), {@code web} (navigation, problem+json) and {@code platform} (refusals).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared savings")
package nl.werkmotor.savings;
