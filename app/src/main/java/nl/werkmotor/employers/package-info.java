/**
 * Employers: the organisations that hire, with their sector (SBI), size class and address (PC4).
 * {@link nl.werkmotor.employers.LoadingEmployers} replaces them all at once (demo regions, benchmarks);
 * {@link nl.werkmotor.employers.FindEmployers} reads them. Calls {@code platform} (bulk loading) and
 * {@code taxonomy} (sectors).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Employers")
package nl.werkmotor.employers;
