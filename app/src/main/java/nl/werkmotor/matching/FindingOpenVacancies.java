package nl.werkmotor.matching;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongPredicate;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import nl.werkmotor.employers.Employer;
import nl.werkmotor.employers.FindEmployers;
import nl.werkmotor.matching.internal.MatchWorld;
import nl.werkmotor.matching.internal.MatchingIndex;
import nl.werkmotor.places.FindPlaces;
import nl.werkmotor.places.Municipality;
import nl.werkmotor.sectorplans.FindSectors;
import nl.werkmotor.sectorplans.RegionSector;
import nl.werkmotor.vacancies.EnteredVacancy;
import nl.werkmotor.vacancies.FindVacancies;
import nl.werkmotor.vacancies.Vacancy;

/**
 * "No vacancy unfilled while potential exists": the vacancies published more than {@value #WEEKS} weeks ago that are
 * still open, each with how many people could fill it, counted as the showcase finds them: people who let employers
 * see them anonymously ({@code EMPLOYERS_ANONYMOUS}), with the vacancy within their own travel radius as the
 * showcase measures it (from the centre of their municipality), the matcher's other hard filters passed (region,
 * hours, available by the start), and some of what the vacancy asks covered (a score above 0: the showcase has no
 * higher threshold). Counted up to {@value #CAP}. Only counts leave this class, never a person or an id; no read of
 * a person is logged because nothing about one person is told (the count is the index's, kept current from every
 * {@code PersonChanged}).
 * <p>
 * A vacancy has no publication or closing date: it is published when it is entered ({@code vacancy.entered_at}),
 * and withdrawing it deletes it, so every vacancy in the table is open. Vacancies loaded in bulk have no entry date
 * and are left out (their number is given). Counted per request; {@code docs/performance.md} has the time.
 */
@Component
public class FindingOpenVacancies {

    public static final int WEEKS = 8;
    /** Counted up to this many: "50 of meer". */
    public static final int CAP = 50;
    /** Far more than a region has open longer than eight weeks (a medium demo region has 10,000 open in all). */
    static final int MOST = 50_000;

    private final FindVacancies vacancies;
    private final MatchingIndex index;
    private final FindEmployers employers;
    private final FindSectors sectors;
    private final FindPlaces places;
    private final Clock clock;

    @Autowired
    FindingOpenVacancies(FindVacancies vacancies, MatchingIndex index, FindEmployers employers, FindSectors sectors,
                         FindPlaces places) {
        this(vacancies, index, employers, sectors, places, Clock.system(ZoneId.of("Europe/Amsterdam")));
    }

    FindingOpenVacancies(FindVacancies vacancies, MatchingIndex index, FindEmployers employers, FindSectors sectors,
                         FindPlaces places, Clock clock) {
        this.vacancies = vacancies;
        this.index = index;
        this.employers = employers;
        this.sectors = sectors;
        this.places = places;
        this.clock = clock;
    }

    /** The open vacancies of the whole region. */
    public OpenVacancies openLongerThanEightWeeks() {
        return openLongerThanEightWeeks(employerId -> true);
    }

    /** @param ofEmployers which employers' vacancies (an account manager's own) */
    public OpenVacancies openLongerThanEightWeeks(LongPredicate ofEmployers) {
        long started = System.nanoTime();
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        LocalDate before = today.minusWeeks(WEEKS);
        MatchWorld world = index.world();
        Map<Long, Optional<Employer>> employer = new HashMap<>();
        Map<String, Optional<RegionSector>> sectorOf = new HashMap<>();
        Map<String, Optional<Municipality>> municipalityOf = new HashMap<>();
        List<OpenVacancy> open = new ArrayList<>();
        for (EnteredVacancy entered : vacancies.enteredBefore(before.atStartOfDay(clock.getZone()).toInstant(), MOST)) {
            Vacancy v = entered.vacancy();
            if (!ofEmployers.test(v.employerId())) {
                continue;
            }
            Optional<Employer> by = employer.computeIfAbsent(v.employerId(), employers::byId);
            Optional<RegionSector> sector = by.map(Employer::sector).flatMap(s -> sectorOf.computeIfAbsent(s.name(),
                    name -> sectors.sectorOf(s)));
            Optional<Municipality> municipality = municipalityOf.computeIfAbsent(v.postcode4(), places::municipalityOf);
            LocalDate published = LocalDate.ofInstant(entered.enteredAt(), clock.getZone());
            int found = Math.max(0, world.countAnonymousCandidates(v, CAP + 1));
            open.add(new OpenVacancy(v.id(), v.title(), v.employerId(), by.map(Employer::name).orElse(""),
                    sector.map(RegionSector::code).orElse(null), sector.map(RegionSector::nameNl).orElse(null),
                    sector.map(RegionSector::nameEn).orElse(null), municipality.map(Municipality::code).orElse(null),
                    municipality.map(Municipality::name).orElse(null), published,
                    ChronoUnit.WEEKS.between(published, today), Math.min(found, CAP), found > CAP));
        }
        return new OpenVacancies(open, today, before, now, vacancies.withoutEntryDate(),
                (System.nanoTime() - started) / 1_000_000);
    }
}
