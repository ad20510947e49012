package nl.werkmotor.employerservice;

import java.util.List;

import nl.werkmotor.employers.Employer;

/** Everything the WSP keeps about one employer; {@code owner} is null while nobody owns it. */
record EmployerFile(Employer employer, Ownership owner, Mark mark, List<ContactMoment> contacts) {
}
