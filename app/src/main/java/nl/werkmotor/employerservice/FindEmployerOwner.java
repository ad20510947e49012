package nl.werkmotor.employerservice;

import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Who owns an employer in the portfolio, for a module that needs the owner's name beside what it records (a
 * placement names the account manager of its employer). It gives no right to act for the employer: that is
 * employers' port {@code EmployerAdvisers}.
 */
@Component
public class FindEmployerOwner {

    private final FindOwnership ownership;

    FindEmployerOwner(FindOwnership ownership) {
        this.ownership = ownership;
    }

    /** The account manager's login name and name, and their organisation; empty when nobody owns it. */
    public Optional<EmployerOwner> of(long employerId) {
        return ownership.of(employerId).map(o -> new EmployerOwner(o.accountManager(), o.ownerName(),
                o.organisationId()));
    }

    public record EmployerOwner(String username, String name, String organisationId) {
    }
}
