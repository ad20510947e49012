/**
 * Partners: the organisations of the region (issue 13, item 1), each bound to the identity organisation its users'
 * logins carry: the municipalities (their CBS code from {@code places}, in the deployment's region, and their
 * inhabitants with the year the number is from), UWV, the WerkgeversServicePunten with their locations and the
 * municipalities each location serves (a municipality by one location at a time), the schools and the social
 * organisations; each with a contact and the dates it takes part. The beheerder keeps them on {@code /beheer/partners}
 * and {@code /api/v1/partners} ({@link nl.werkmotor.partners.AddingPartner}, {@link nl.werkmotor.partners.ChangingPartner}),
 * every change kept with who made it; the professionals read them. Other modules (monitoring: figures per organisation
 * and per municipality) ask {@link nl.werkmotor.partners.FindPartners}. No personal data: a contact is the
 * organisation's own desk. Calls {@code places}, {@code identity}, {@code web} and {@code platform}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Partners")
package nl.werkmotor.partners;
