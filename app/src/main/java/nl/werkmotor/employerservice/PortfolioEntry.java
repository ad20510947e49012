package nl.werkmotor.employerservice;

import nl.werkmotor.employers.Employer;

/** An employer as a portfolio list shows it: who owns it (null: nobody yet) and its marks. */
record PortfolioEntry(Employer employer, Ownership owner, Mark mark) {
}
