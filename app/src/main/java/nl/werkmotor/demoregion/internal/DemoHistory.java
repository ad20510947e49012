package nl.werkmotor.demoregion.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import nl.werkmotor.employers.Employer;
import nl.werkmotor.people.BenefitType;
import nl.werkmotor.people.LoadingPeople.PersonWithFacts;
import nl.werkmotor.people.Person;
import nl.werkmotor.people.PersonKind;
import nl.werkmotor.people.TargetGroup;
import nl.werkmotor.people.Visibility;
import nl.werkmotor.placements.LoadingPlacements.PlacementHistory;
import nl.werkmotor.placements.LoadingPlacements.Recorder;
import nl.werkmotor.placements.TakePlacementStep;
import nl.werkmotor.places.Postcode4;
import nl.werkmotor.showcase.IntroductionOutcome;
import nl.werkmotor.showcase.IntroductionStatus;
import nl.werkmotor.showcase.LoadingIntroductions.LoadedIntroduction;
import nl.werkmotor.taxonomy.Sector;
import nl.werkmotor.vacancies.Vacancy;

/**
 * The demo region's history of the past 18 months: people who consented to the showcase (their profile visible to
 * employers anonymously) introduced to vacancies by the WSP's account managers, their yes or no, and what came of a
 * yes: an interview, sometimes a trial placement, the start with a contract (hours, a fixed length or open-ended),
 * the instruments used (those of the Toolbox edition in force on the start date that suit the person's target
 * groups), aftercare, lasting at 6 and 12 months where the dates and the contract allow, or an early end with a
 * reason; the outflow from the person's own benefit. More of it lately, so that the region's charts rise.
 *
 * <p>Pure and deterministic, like the generator: each person's history is drawn from a source of its own (seed and
 * person id), so the introductions and the placements can be streamed one after the other, and a bigger region keeps
 * the smaller one's histories. It needs the people and vacancies as they stream past ({@link #see(PersonWithFacts)},
 * {@link #see(Vacancy)}), keeping of them only what a history names: about one person in six and every
 * vacancy in a few numbers. Keeps away from the demo accounts' fixtures: the demo employer and its vacancies, and the
 * demo case workers' caseloads (people 1 to {@value #FIRST_PERSON} - 1); the employer tests let the demo account
 * manager own (employer {@value #LAST_FIXTURE_EMPLOYER}) too.
 */
public final class DemoHistory {

    /** People 1 to 70 are the demo case workers' caseloads (and person 1 the demo person): no history for them. */
    public static final long FIRST_PERSON = 71;
    static final int MONTHS = 18;
    private static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");
    private static final long SALT = 0x5EED_0007L;
    /** The share of consenting job seekers with a history. */
    private static final double KEPT = 0.95;

    /** The instruments of the Toolbox edition in force on a date, each in force on it; empty before the first. */
    @FunctionalInterface
    public interface InstrumentsOn {
        Optional<Set<String>> on(LocalDate date);
    }

    /**
     * The WSP's account managers in the history, one per employer: colleagues of the demo account manager, whose
     * lists of the introductions they asked for stay those of the tests (and small, however large the region).
     */
    private static final List<Recorder> ACCOUNT_MANAGERS = List.of(
            new Recorder("am-jansen", "Noor Jansen", "ACCOUNTMANAGER"),
            new Recorder("am-de-boer", "Daan de Boer", "ACCOUNTMANAGER"),
            new Recorder("am-kaya", "Elif Kaya", "ACCOUNTMANAGER"));
    /** The demo employer, and the employer tests let the demo account manager own: no history for them. */
    static final long LAST_FIXTURE_EMPLOYER = 2;
    private static final List<Recorder> CASE_WORKERS = List.of(
            new Recorder("klantmanager", "Jeroen Visser", "CASE_WORKER"),
            new Recorder("klantmanager2", "Klantmanager 2", "CASE_WORKER"));
    /** UWV has no demo account: its work coach is a name in the history only. */
    private static final Recorder UWV_COACH = new Recorder("werkcoach-uwv", "Werkcoach UWV", "CASE_WORKER");
    static final String MUNICIPALITY = "gemeente-lindeveen";
    static final String UWV = "uwv";
    static final String WSP = "wsp-lindeveen";

    private static final Weighted<Integer> INTRODUCTIONS = Weighted.<Integer>of().with(1, 30).with(2, 35).with(3, 35);
    /** Contract length in months; 0 is open-ended. */
    private static final Weighted<Integer> CONTRACT = Weighted.<Integer>of()
            .with(0, 30).with(3, 5).with(6, 18).with(7, 10).with(12, 28).with(24, 9);
    private static final List<String> ENDED_BEFORE_START = List.of(
            "De werkgever heeft de vacature op een andere manier ingevuld.",
            "De klant zag na het gesprek toch af van deze baan.");
    private static final List<String> NOT_HIRED = List.of(
            "Niet aangenomen na het sollicitatiegesprek.",
            "De werkgever koos voor een andere kandidaat.");
    private static final List<String> ENDED_AT_WORK = List.of(
            "Het werk paste niet bij wat de klant aankon.",
            "De klant is ziek geworden en kon niet verder.",
            "Het bedrijf moest inkrimpen.",
            "De klant vond ander werk.",
            "Werkgever en klant werden het niet eens over de werktijden.");
    private static final String TRIAL_NOT_CONTINUED = "De proefplaatsing is niet omgezet in een contract.";
    private static final String CONTRACT_NOT_RENEWED = "Het contract is afgelopen en niet verlengd.";

    /** What a history needs of a person who may have one. */
    record Candidate(long id, BenefitType benefit, Set<String> targetGroups, String municipalityCode, int minHours,
                     int maxHours, Set<Sector> sectors) {
    }

    /** What a history needs of a vacancy. */
    record Opening(long id, long employerId, Sector sector, int minHours, int maxHours) {
    }

    /** One person's introductions and the placements of their yeses. */
    record PersonHistory(List<LoadedIntroduction> introductions, List<PlacementHistory> placements) {
    }

    private final long seed;
    private final LocalDate today;
    private final Map<String, String> municipalityOf;
    private final Map<Long, Sector> sectorOfEmployer;
    private final InstrumentsOn instrumentsOn;
    private final List<Candidate> candidates = new ArrayList<>();
    private final List<Opening> openings = new ArrayList<>();
    private final Map<Sector, List<Opening>> openingsBySector = new EnumMap<>(Sector.class);

    /**
     * @param today         the last day of the history; nothing is dated after it
     * @param instrumentsOn the Toolbox's instruments on a start date
     */
    public DemoHistory(long seed, LocalDate today, List<Postcode4> postcodes, List<Employer> employers,
                       InstrumentsOn instrumentsOn) {
        this.seed = seed;
        this.today = today;
        this.municipalityOf = postcodes.stream().collect(Collectors.toMap(Postcode4::code, Postcode4::municipalityCode,
                (a, b) -> a));
        this.sectorOfEmployer = employers.stream().filter(e -> e.sector() != null)
                .collect(Collectors.toMap(Employer::id, Employer::sector));
        this.instrumentsOn = instrumentsOn;
    }

    /**
     * A person streaming past on their way to the database: kept when they will have a history (a job seeker who
     * consented to the showcase, outside the demo caseloads, and drawn).
     */
    public PersonWithFacts see(PersonWithFacts loaded) {
        Person p = loaded.person();
        if (p.id() >= FIRST_PERSON && p.kind() == PersonKind.JOB_SEEKER
                && p.profile().preferences().visibility() == Visibility.EMPLOYERS_ANONYMOUS
                && draw(p.id()).chance(KEPT)) {
            candidates.add(new Candidate(p.id(), p.benefit(),
                    p.targetGroups().stream().map(TargetGroup::code).collect(Collectors.toUnmodifiableSet()),
                    municipalityOf.get(p.postcode4()), p.profile().preferences().minHours(),
                    p.profile().preferences().maxHours(), Set.copyOf(p.profile().preferences().sectors())));
        }
        return loaded;
    }

    /** A vacancy streaming past: kept, in a few numbers, unless it is of the demo fixtures' employers. */
    public Vacancy see(Vacancy vacancy) {
        Sector sector = sectorOfEmployer.get(vacancy.employerId());
        if (vacancy.employerId() > LAST_FIXTURE_EMPLOYER && sector != null) {
            Opening opening = new Opening(vacancy.id(), vacancy.employerId(), sector, vacancy.minHours(),
                    vacancy.maxHours());
            openings.add(opening);
            openingsBySector.computeIfAbsent(sector, s -> new ArrayList<>()).add(opening);
        }
        return vacancy;
    }

    /** Every history's introductions, person by person; call after the people and vacancies streamed past. */
    public Stream<LoadedIntroduction> introductions() {
        return candidates.stream().flatMap(c -> history(c).introductions().stream());
    }

    /** Every history's placements, person by person, drawn as {@link #introductions()} drew them. */
    public Stream<PlacementHistory> placements() {
        return candidates.stream().flatMap(c -> history(c).placements().stream());
    }

    int candidates() {
        return candidates.size();
    }

    private Draw draw(long personId) {
        return new Draw(seed ^ SALT ^ (personId * 0x9E37_79B9_7F4A_7C15L));
    }

    PersonHistory history(Candidate c) {
        List<LoadedIntroduction> introductions = new ArrayList<>();
        List<PlacementHistory> placements = new ArrayList<>();
        if (openings.isEmpty()) {
            return new PersonHistory(introductions, placements);
        }
        Draw draw = draw(c.id());
        draw.chance(KEPT); // the draw that kept this person
        LocalDate first = today.minusMonths(MONTHS);
        long span = ChronoUnit.DAYS.between(first, today);
        // rising: almost half of the people are introduced at any time, the rest more often lately (a linear ramp)
        double u = draw.below(1_000_000) / 1_000_000.0;
        double position = draw.chance(0.45) ? u : Math.sqrt(u);
        LocalDate day = first.plusDays((long) (position * (span - 3)));
        int count = draw.weighted(INTRODUCTIONS);
        Set<Long> vacanciesUsed = new LinkedHashSet<>();
        Recorder caseWorker = caseWorker(c, draw);
        String organisation = organisation(c, draw);
        for (int i = 0; i < count && day.isBefore(today); i++) {
            Opening opening = opening(c, draw);
            if (!vacanciesUsed.add(opening.id())) {
                continue; // one introduction per person and vacancy
            }
            Recorder adviser = ACCOUNT_MANAGERS.get((int) (opening.employerId() % ACCOUNT_MANAGERS.size()));
            Recorder recorder = organisation.equals(WSP) ? adviser : caseWorker;
            Recorder confirmer = organisation.equals(WSP) ? caseWorker : adviser;
            long id = c.id() * 4 + i;
            LocalDate requested = day;
            LocalDate decided = requested.plusDays(draw.between(1, 7));
            Instant requestedAt = at(requested, LocalTime.of(9, draw.between(0, 59)));
            if (decided.isAfter(today)) {
                introductions.add(new LoadedIntroduction(id, opening.id(), opening.employerId(), c.id(),
                        adviser.username(), "ACCOUNTMANAGER", adviser.name(), requestedAt, IntroductionStatus.REQUESTED, null, null, null, null, null, null, null));
                break;
            }
            Instant decidedAt = at(decided, LocalTime.of(12, draw.between(0, 59)));
            if (!draw.chance(0.72)) {
                introductions.add(new LoadedIntroduction(id, opening.id(), opening.employerId(), c.id(),
                        adviser.username(), "ACCOUNTMANAGER", adviser.name(), requestedAt, IntroductionStatus.DECLINED, "persoon-" + c.id(), "PERSON", decidedAt, null, null, null,
                        null));
                day = decided.plusDays(draw.between(7, 45));
                continue;
            }
            Placed placed = placement(id, c, opening, decided, organisation, adviser, recorder, confirmer, draw);
            placements.add(placed.history());
            IntroductionOutcome outcome = placed.outcome();
            introductions.add(new LoadedIntroduction(id, opening.id(), opening.employerId(), c.id(),
                    adviser.username(), "ACCOUNTMANAGER", adviser.name(), requestedAt,
                    IntroductionStatus.ACCEPTED, "persoon-" + c.id(), "PERSON", decidedAt, outcome,
                    outcome == null ? null : adviser.username(), outcome == null ? null : "ACCOUNTMANAGER",
                    outcome == null ? null : at(placed.outcomeOn(), LocalTime.of(15, 0))));
            if (placed.endedOn() == null) {
                break; // at work, or still on its way
            }
            day = placed.endedOn().plusDays(draw.between(14, 60));
        }
        return new PersonHistory(introductions, placements);
    }

    private record Placed(PlacementHistory history, IntroductionOutcome outcome, LocalDate outcomeOn,
                          LocalDate endedOn) {
    }

    /** The steps after a yes, as far as today reaches. */
    private Placed placement(long id, Candidate c, Opening opening, LocalDate accepted, String organisation,
                             Recorder adviser, Recorder recorder, Recorder confirmer, Draw draw) {
        List<TakePlacementStep> steps = new ArrayList<>();
        Steps s = new Steps(id, steps);
        IntroductionOutcome outcome = null;
        LocalDate outcomeOn = null;
        LocalDate ended = null;
        LocalDate interview = accepted.plusDays(draw.between(3, 14));
        if (draw.chance(0.07)) {
            ended = s.end(accepted.plusDays(draw.between(5, 20)), draw.oneOf(ENDED_BEFORE_START));
        } else if (s.step("INTERVIEW", interview)) {
            outcome = IntroductionOutcome.INTERVIEW_PLANNED;
            outcomeOn = interview;
            boolean trial = false;
            LocalDate start;
            if (draw.chance(0.25)) {
                ended = s.end(interview.plusDays(draw.between(2, 10)), draw.oneOf(NOT_HIRED));
                outcome = ended == null ? outcome : IntroductionOutcome.NOT_HIRED;
                outcomeOn = ended == null ? outcomeOn : ended;
                start = null;
            } else if (draw.chance(0.25)) {
                LocalDate from = interview.plusDays(draw.between(5, 14));
                trial = s.step("TRIAL", from);
                start = from.plusDays(draw.between(28, 56));
                if (trial && !draw.chance(0.8)) {
                    ended = s.end(from.plusDays(draw.between(14, 56)), TRIAL_NOT_CONTINUED);
                    outcome = ended == null ? outcome : IntroductionOutcome.NOT_HIRED;
                    outcomeOn = ended == null ? outcomeOn : ended;
                    start = null;
                } else if (!trial) {
                    start = null;
                }
            } else {
                start = interview.plusDays(draw.between(7, 28));
            }
            if (start != null && !start.isAfter(today)) {
                ended = atWork(c, opening, start, trial, s, draw);
                outcome = IntroductionOutcome.HIRED;
                outcomeOn = start;
            }
        }
        LocalDate last = steps.isEmpty() ? accepted : steps.getLast().on();
        boolean awaiting = !"LASTING_6".equals(stepName(steps)) && !"LASTING_12".equals(stepName(steps))
                && ChronoUnit.DAYS.between(last, today) < 7;
        PlacementHistory history = new PlacementHistory(id, id, c.id(), opening.id(), opening.employerId(),
                organisation, draw.chance(0.85) ? adviser.username() : null, opening.sector().name(),
                c.municipalityCode(), upper(c.targetGroups()), accepted, recorder, confirmer, awaiting, steps);
        return new Placed(history, outcome, outcomeOn, ended);
    }

    /** The start and what follows it: aftercare, lasting, an early end; the day it ended, or null while at work. */
    private LocalDate atWork(Candidate c, Opening opening, LocalDate start, boolean trial, Steps s, Draw draw) {
        int lo = Math.min(opening.minHours(), c.maxHours());
        int hi = Math.max(lo, Math.min(opening.maxHours(), c.maxHours()));
        int hours = Math.clamp(draw.between(lo, hi), 1, 60);
        int months = draw.weighted(CONTRACT);
        Integer contract = months == 0 ? null : months;
        String benefit = c.benefit() == BenefitType.NONE ? null : c.benefit().name();
        boolean outflow = benefit != null && draw.chance(switch (c.benefit()) {
            case WW -> 0.85;
            case BIJSTAND -> hours >= 24 ? 0.75 : 0.35;
            case WIA -> 0.3;
            case WAJONG -> 0.15;
            case NONE -> 0;
        });
        List<String> instruments = instruments(c, start, trial, draw);
        s.steps.add(new TakePlacementStep(s.id, "STARTED", start, hours, contract, outflow ? benefit : null,
                outflow ? start.withDayOfMonth(1).plusMonths(1) : null, instruments, null));
        if (draw.chance(0.75)) {
            s.step("AFTERCARE", start.plusDays(draw.between(14, 42)));
        }
        LocalDate six = start.plusMonths(6);
        LocalDate twelve = start.plusMonths(12);
        LocalDate contractEnd = contract == null ? null : start.plusMonths(contract);
        // an early end somewhere in the first year, before a fixed contract ends
        LocalDate early = draw.chance(0.15) ? start.plusDays(draw.between(20, 330)) : null;
        if (early != null && contractEnd != null && early.isAfter(contractEnd)) {
            early = null;
        }
        if (early != null && early.isBefore(six)) {
            return s.end(early, draw.oneOf(ENDED_AT_WORK));
        }
        if (contract != null && contract < 6) {
            return draw.chance(0.6) ? s.end(contractEnd, CONTRACT_NOT_RENEWED) : null;
        }
        if (!s.step("LASTING_6", six)) {
            return null;
        }
        if (early != null && early.isBefore(twelve)) {
            return s.end(early, draw.oneOf(ENDED_AT_WORK));
        }
        if (contract != null && contract < 12) {
            return draw.chance(0.5) ? s.end(contractEnd, CONTRACT_NOT_RENEWED) : null;
        }
        s.step("LASTING_12", twelve);
        return null;
    }

    /** The steps of one placement being drawn; a step dated after today is not (yet) taken. */
    private final class Steps {

        private final long id;
        private final List<TakePlacementStep> steps;

        Steps(long id, List<TakePlacementStep> steps) {
            this.id = id;
            this.steps = steps;
        }

        boolean step(String step, LocalDate on) {
            if (on.isAfter(today)) {
                return false;
            }
            steps.add(new TakePlacementStep(id, step, on, null, null, null, null, List.of(), null));
            return true;
        }

        /** @return the day it ended, or null when that day is still to come */
        LocalDate end(LocalDate day, String reason) {
            // never before the step it follows (an early end soon after the start may fall before aftercare)
            LocalDate on = steps.isEmpty() || !day.isBefore(steps.getLast().on()) ? day : steps.getLast().on();
            if (on.isAfter(today)) {
                return null;
            }
            steps.add(new TakePlacementStep(id, "ENDED", on, null, null, null, null, List.of(), reason));
            return on;
        }
    }

    /**
     * What the Toolbox of the start date offers for the person's target groups and benefit, as a WSP would combine
     * it; none before the first edition.
     */
    private List<String> instruments(Candidate c, LocalDate start, boolean trial, Draw draw) {
        Optional<Set<String>> available = instrumentsOn.on(start);
        if (available.isEmpty()) {
            return List.of();
        }
        Set<String> groups = upper(c.targetGroups());
        Set<String> chosen = new LinkedHashSet<>();
        if (groups.contains("BANENAFSPRAAK")) {
            chosen.add(c.benefit() == BenefitType.WAJONG ? "LOONDISPENSATIE" : "LOONKOSTENSUBSIDIE");
            chosen.add("LKV_BANENAFSPRAAK");
            chosen.add("NO_RISK_POLIS");
            if (draw.chance(0.5)) {
                chosen.add("JOBCOACHING");
            }
        }
        if (groups.contains("BEMIDDELBAAR_ARBEIDSBEPERKT")) {
            chosen.add("LKV_ARBEIDSGEHANDICAPTE");
            chosen.add("NO_RISK_POLIS");
            if (draw.chance(0.15)) {
                chosen.add("WERKPLEKAANPASSING");
            }
        }
        if (groups.contains("BESCHUT_WERK")) {
            chosen.add("BESCHUT_WERK");
        }
        if (groups.contains("VIJFTIG_PLUS") && c.benefit() != BenefitType.NONE && draw.chance(0.7)) {
            chosen.add("LKV_OUDERE_WERKNEMER");
        }
        if (c.benefit() == BenefitType.BIJSTAND && draw.chance(0.3)) {
            chosen.add("PLAATSINGSPREMIE");
        }
        if ((c.benefit() == BenefitType.BIJSTAND || groups.contains("JONGEREN_ZONDER_STARTKWALIFICATIE"))
                && draw.chance(0.15)) {
            chosen.add("SCHOLINGSVOUCHER");
        }
        if (c.benefit() == BenefitType.WIA && draw.chance(0.5)) {
            chosen.add("NO_RISK_POLIS");
        }
        if (trial) {
            chosen.add("PROEFPLAATSING");
        }
        return chosen.stream().filter(available.get()::contains).toList();
    }

    /** A vacancy of a sector the person wants, mostly; any other one otherwise. */
    private Opening opening(Candidate c, Draw draw) {
        if (!c.sectors().isEmpty() && draw.chance(0.7)) {
            List<Sector> wanted = c.sectors().stream().sorted().filter(openingsBySector::containsKey).toList();
            if (!wanted.isEmpty()) {
                return draw.oneOf(openingsBySector.get(draw.oneOf(wanted)));
            }
        }
        return draw.oneOf(openings);
    }

    /**
     * Who records for the person: UWV for WW, WIA and Wajong, the municipality for bijstand and others, each now and
     * then left to the WSP's account manager.
     */
    private static String organisation(Candidate c, Draw draw) {
        boolean uwv = c.benefit() == BenefitType.WW || c.benefit() == BenefitType.WIA
                || c.benefit() == BenefitType.WAJONG;
        if (draw.chance(0.3)) {
            return WSP;
        }
        return uwv ? UWV : MUNICIPALITY;
    }

    private static Recorder caseWorker(Candidate c, Draw draw) {
        boolean uwv = c.benefit() == BenefitType.WW || c.benefit() == BenefitType.WIA
                || c.benefit() == BenefitType.WAJONG;
        return uwv ? UWV_COACH : draw.oneOf(CASE_WORKERS);
    }

    private static String stepName(List<TakePlacementStep> steps) {
        return steps.isEmpty() ? "ACCEPTED" : steps.getLast().step();
    }

    private static Set<String> upper(Set<String> codes) {
        return codes.stream().map(code -> code.toUpperCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    private static Instant at(LocalDate day, LocalTime time) {
        return day.atTime(time).atZone(NETHERLANDS).toInstant();
    }

    /** The Toolbox's instruments by date, asked once per edition and instrument validity. */
    public static InstrumentsOn cached(Function<LocalDate, Optional<Set<String>>> lookup) {
        Map<LocalDate, Optional<Set<String>>> cache = new java.util.HashMap<>();
        return date -> cache.computeIfAbsent(date, lookup);
    }
}
