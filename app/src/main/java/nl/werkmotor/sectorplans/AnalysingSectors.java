package nl.werkmotor.sectorplans;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import nl.werkmotor.employers.EmployersBySector;
import nl.werkmotor.people.CountingJobSeekers;
import nl.werkmotor.taxonomy.FindOccupation;
import nl.werkmotor.taxonomy.Language;
import nl.werkmotor.vacancies.CountingVacancies;
import nl.werkmotor.vacancies.CountingVacancies.VacancyCounts;

/**
 * Computes a sector's {@link SectorAnalysis} from the counts the owning modules give (employers, vacancies, people):
 * no person is read, so nothing goes into the processing log; small figures are suppressed here.
 */
@Component
public class AnalysingSectors {

    static final int LONG_OPEN_WEEKS = 8;
    static final int MOST_ASKED = 5;

    private final EmployersBySector employers;
    private final CountingVacancies vacancies;
    private final CountingJobSeekers jobSeekers;
    private final FindOccupation occupations;
    private final Clock clock = Clock.systemUTC();

    AnalysingSectors(EmployersBySector employers, CountingVacancies vacancies, CountingJobSeekers jobSeekers,
                     FindOccupation occupations) {
        this.employers = employers;
        this.vacancies = vacancies;
        this.jobSeekers = jobSeekers;
        this.occupations = occupations;
    }

    public SectorAnalysis of(AdoptedSector sector, Locale locale) {
        Instant now = clock.instant();
        List<Long> ids = employers.idsIn(sector.sbiSections());
        VacancyCounts counts = vacancies.ofEmployers(ids, now.minus(Duration.ofDays(7L * LONG_OPEN_WEEKS)), MOST_ASKED);
        Language language = "en".equals(locale.getLanguage()) ? Language.EN : Language.NL;
        List<SectorAnalysis.AskedOccupation> asked = counts.mostAsked().stream()
                .map(o -> new SectorAnalysis.AskedOccupation(o.occupationUri(), occupations.byUri(o.occupationUri(),
                        language).map(found -> found.label().text()).orElse(o.occupationUri()),
                        SectorAnalysis.Figure.of(o.count()))).toList();
        long seekers = jobSeekers.wishingOrExperienced(sector.sbiSections(), counts.occupationUris());
        return new SectorAnalysis(sector.code(), SectorAnalysis.Figure.of(ids.size()),
                SectorAnalysis.Figure.of(counts.open()), SectorAnalysis.Figure.partOf(counts.enteredBefore(),
                counts.open()), asked, SectorAnalysis.Figure.of(seekers), now);
    }
}
