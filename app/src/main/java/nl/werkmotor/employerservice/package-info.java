/**
 * Employer service (WerkgeversServicePunt): the account managers' portfolio of employers. Exactly one
 * owning account manager per employer in the region, guarded by the database (a second claim is refused
 * with the owner's name, whoever loses a race); claim and release, contact moments (date, kind, summary),
 * and marks (key account, the sector the WSP files the employer under). Only the owner records contacts
 * and marks, enters, changes and withdraws vacancies on the employer's behalf (the employers module's
 * intake pages, linked from the employer's file) and proposes candidates from the anonymous showcase of
 * their employer's vacancies; the module answers the employers module's port {@code EmployerAdvisers}
 * from its ownership table, which the employer API and the showcase ask too.
 * Pages under {@code /portefeuille}, API under {@code /api/v1/portefeuille} and
 * {@code /api/v1/werkgevers/{id}/claim|contactmomenten}.
 * <p>
 * An account manager claims, and acts for, only an employer of the region their organisation serves (the
 * organisation's region from identity, the employer's from its address); the portfolio pages name the employers
 * that went over a daily limit lately.
 * <p>
 * Calls {@code employers} (the employers of the region, their daily limits), {@code vacancies}, {@code showcase}
 * (the anonymous showcase and introductions), {@code matching} (its {@code FindingOpenVacancies}: the owned employers'
 * vacancies open longer than eight weeks with candidates, {@code /portefeuille/vacatures-lang-open}), {@code places} (an employer's region), {@code taxonomy} (sectors),
 * {@code identity}
 * (who is signed in), {@code web} and {@code platform}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Employer service (WSP portfolio)")
package nl.werkmotor.employerservice;
