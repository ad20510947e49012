package nl.werkmotor.employerservice;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import nl.werkmotor.employers.Employer;
import nl.werkmotor.employers.EmployerDailyLimits;
import nl.werkmotor.employers.EmployerDailyLimits.OverLimit;
import nl.werkmotor.employers.FindEmployers;

/**
 * An account manager's own employers, the region's employers by name, one employer's file, and the employers over
 * a daily limit they follow up.
 */
@Component
class FindPortfolio {

    /** A week: long enough to be seen by an account manager back from a few days off. */
    static final int NOTICE_DAYS = 7;
    private static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");

    private final FindEmployers employers;
    private final FindOwnership ownership;
    private final EmployerDailyLimits limits;
    private final RegionOfEmployer regions;
    private final JdbcTemplate jdbc;

    FindPortfolio(FindEmployers employers, FindOwnership ownership, EmployerDailyLimits limits,
                  RegionOfEmployer regions, JdbcTemplate jdbc) {
        this.employers = employers;
        this.ownership = ownership;
        this.limits = limits;
        this.regions = regions;
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

    /**
     * The employers over a daily limit in the last {@link #NOTICE_DAYS} days that this account manager follows up:
     * those they own, and those of their region nobody owns yet. Newest first.
     */
    List<LimitNotice> notices(AccountManager accountManager) {
        List<OverLimit> over = limits.overLimitSince(LocalDate.now(DUTCH_TIME).minusDays(NOTICE_DAYS - 1));
        Map<Long, Ownership> owners = ownership.of(over.stream().map(OverLimit::employerId).distinct().toList());
        return notices(over.stream().filter(o -> owners.containsKey(o.employerId())
                ? owners.get(o.employerId()).ownedBy(accountManager)
                : employers.byId(o.employerId()).filter(e -> regions.serves(accountManager.regionCode(), e)).isPresent())
                .toList());
    }

    /** This employer's days over a daily limit in the last {@link #NOTICE_DAYS} days, newest first. */
    List<LimitNotice> notices(long employerId) {
        return notices(limits.overLimitSince(LocalDate.now(DUTCH_TIME).minusDays(NOTICE_DAYS - 1)).stream()
                .filter(o -> o.employerId() == employerId).toList());
    }

    private List<LimitNotice> notices(List<OverLimit> over) {
        return over.stream().flatMap(o -> employers.byId(o.employerId()).stream()
                .map(e -> new LimitNotice(e, o.day(), o.activity(), o.limit(), o.refused()))).toList();
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
