/**
 * Employers: the organisations that hire, with their sector (SBI), size class and address (PC4), and the
 * employer's own product: the company profile ({@code /werkgever}), their vacancies and the vacancy intake
 * ({@code /werkgever/vacatures}: paste the text, confirm the skills and occupation it names) and the API
 * {@code /api/v1/werkgevers/{id}}. {@link nl.werkmotor.employers.CurrentEmployer} is the signed-in
 * recruiter's own employer, the only one they reach. The same intake pages serve the WSP account manager
 * who acts for an employer ({@code /portefeuille/{employer}/vacatures}); who advises which employer is asked
 * through the port {@link nl.werkmotor.employers.EmployerAdvisers}, implemented by the module that keeps the
 * portfolio: every account manager reads the region's employers, only the owner changes their vacancies
 * (and opens their showcase). A vacancy page says who entered the vacancy and who last changed it, the employer
 * or the account manager, by name. The employer's own account publishes vacancies and looks at showcases within a
 * daily limit ({@link nl.werkmotor.employers.EmployerDailyLimits}, counted in the database; the showcase module
 * asks it too). {@link nl.werkmotor.employers.LoadingEmployers}
 * replaces them all at once (demo regions, benchmarks); {@link nl.werkmotor.employers.FindEmployers} reads
 * them. Calls {@code platform} (bulk loading), {@code taxonomy} (sectors, text recognition, search),
 * {@code identity} (who is signed in), {@code vacancies} (the use cases that write them) and {@code web}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Employers")
package nl.werkmotor.employers;
