package nl.werkmotor.employerservice;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import nl.werkmotor.employers.Employer;
import nl.werkmotor.employers.FindEmployers;

/** An account manager's own employers, the region's employers by name, and one employer's file. */
@Component
class FindPortfolio {

    private final FindEmployers employers;
    private final FindOwnership ownership;
    private final JdbcTemplate jdbc;

    FindPortfolio(FindEmployers employers, FindOwnership ownership, JdbcTemplate jdbc) {
        this.employers = employers;
        this.ownership = ownership;
        this.jdbc = jdbc;
    }

    List<PortfolioEntry> ownedBy(AccountManager accountManager) {
        return entries(ownership.ownedBy(accountManager).stream().map(o -> employers.byId(o.employerId()))
                .flatMap(Optional::stream).toList());
    }

    /** Employers of the region whose name contains the text, by name. */
    List<PortfolioEntry> named(String text, int offset, int limit) {
        return entries(employers.named(text, offset, limit));
    }

    /** @throws NoSuchEmployer when there is no such employer */
    EmployerFile file(long employerId) {
        Employer employer = employers.byId(employerId).orElseThrow(() -> new NoSuchEmployer(employerId));
        return new EmployerFile(employer, ownership.of(employerId).orElse(null),
                ownership.marks(List.of(employerId)).getOrDefault(employerId, Mark.NONE), contacts(employerId));
    }

    /** Newest first. */
    List<ContactMoment> contacts(long employerId) {
        return jdbc.query("""
                select id, employer_id, contact_date, kind, summary, author_name from employer_contact
                where employer_id = ? order by contact_date desc, id desc""",
                (rs, i) -> new ContactMoment(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class),
                        ContactKind.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6)), employerId);
    }

    private List<PortfolioEntry> entries(List<Employer> list) {
        List<Long> ids = list.stream().map(Employer::id).toList();
        Map<Long, Ownership> owners = ownership.of(ids);
        Map<Long, Mark> marks = ownership.marks(ids);
        return list.stream().map(e -> new PortfolioEntry(e, owners.get(e.id()), marks.getOrDefault(e.id(), Mark.NONE)))
                .toList();
    }
}
