package nl.werkmotor.demoregion.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import nl.werkmotor.employers.Employer;
import nl.werkmotor.people.LoadingPeople.PersonWithFacts;
import nl.werkmotor.people.Person;
import nl.werkmotor.placements.LoadingPlacements;
import nl.werkmotor.placements.LoadingPlacements.PlacementHistory;
import nl.werkmotor.placements.TakePlacementStep;
import nl.werkmotor.showcase.IntroductionStatus;
import nl.werkmotor.showcase.LoadingIntroductions.LoadedIntroduction;
import nl.werkmotor.toolbox.ChangeKind;
import nl.werkmotor.toolbox.EditionStatus;
import nl.werkmotor.toolbox.Instrument;
import nl.werkmotor.toolbox.InstrumentEdition;
import nl.werkmotor.toolbox.LegalBasis;
import nl.werkmotor.vacancies.Vacancy;

/** The demo region's history, replayed through the placements' own policy. */
class DemoHistoryTest {

    private static final List<String> CODES = List.of("LOONKOSTENSUBSIDIE", "LOONDISPENSATIE", "LKV_BANENAFSPRAAK",
            "NO_RISK_POLIS", "JOBCOACHING", "LKV_ARBEIDSGEHANDICAPTE", "WERKPLEKAANPASSING", "BESCHUT_WERK",
            "LKV_OUDERE_WERKNEMER", "PLAATSINGSPREMIE", "SCHOLINGSVOUCHER", "PROEFPLAATSING");
    /** The Toolbox as a region starting now has it: a first edition from 1 October 2026 (as the seed makes it). */
    private static final InstrumentEdition FIRST = new InstrumentEdition(7, LocalDate.of(2026, 10, 1),
            EditionStatus.PUBLISHED, ChangeKind.FIRST_EDITION, "", "test", null, null, null, null, null,
            CODES.stream().map(code -> new Instrument(code, code, code, LegalBasis.PARTICIPATIEWET, "", List.of(), null,
                    "", "", List.of(), null, null)).toList());
    private static final Function<LocalDate, Optional<InstrumentEdition>> EDITION_ON =
            date -> InstrumentEdition.inForceOn(List.of(FIRST), date);
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    record Generated(List<Person> people, List<Employer> employers, List<Vacancy> vacancies,
                     List<LoadedIntroduction> introductions, List<PlacementHistory> placements) {
    }

    static Generated generate(long seed, int size, LocalDate today) {
        DemoRegionGenerator generator = new DemoRegionGenerator(GeneratingADemoRegionTest.OCCUPATIONS,
                GeneratingADemoRegionTest.REGION, seed);
        DemoRegionGenerator.Sizes sizes = DemoRegionGenerator.Sizes.forPeople(size);
        List<Employer> employers = generator.employers(sizes.employers());
        DemoHistory history = new DemoHistory(seed, today, GeneratingADemoRegionTest.REGION, employers,
                date -> EDITION_ON.apply(date).map(e -> e.instruments().stream().map(Instrument::code)
                        .collect(Collectors.toSet())));
        List<Person> people = generator.peopleWithFacts(sizes.people()).map(history::see).map(PersonWithFacts::person)
                .toList();
        List<Vacancy> vacancies = generator.vacancies(employers, sizes.vacancies()).map(history::see).toList();
        return new Generated(people, employers, vacancies, history.introductions().toList(),
                history.placements().toList());
    }

    @Test
    void everyPlacementPassesThePolicyStepByStep() {
        for (long seed : new long[] {1, 42, 20261124L}) {
            for (LocalDate today : List.of(TODAY, LocalDate.of(2027, 3, 1), LocalDate.of(2026, 10, 3))) {
                Generated region = generate(seed, 3_000, today);
                assertThat(region.placements()).hasSizeGreaterThan(100);
                for (PlacementHistory placement : region.placements()) {
                    assertThat(LoadingPlacements.reasonsAgainst(placement, today, EDITION_ON))
                            .as("placement %d of seed %d on %s: %s", placement.id(), seed, today, placement.steps())
                            .isEmpty();
                    assertThat(placement.steps()).allSatisfy(s -> assertThat(s.on()).isBeforeOrEqualTo(today));
                }
            }
        }
    }

    @Test
    void thePolicyRefusesAHistoryWithADateBeforeThePreviousStep() {
        PlacementHistory started = generate(42, 3_000, TODAY).placements().stream()
                .filter(p -> p.steps().size() >= 2).findFirst().orElseThrow();
        TakePlacementStep second = started.steps().get(1);
        TakePlacementStep backdated = new TakePlacementStep(0, second.step(), started.steps().getFirst().on()
                .minusDays(1), second.hoursPerWeek(), second.contractMonths(), second.outflowBenefit(),
                second.outflowOn(), second.instruments(), second.endReason());
        PlacementHistory broken = new PlacementHistory(started.id(), started.introductionId(), started.personId(),
                started.vacancyId(), started.employerId(), started.organisationId(), started.accountManager(),
                started.employerSector(), started.municipalityCode(), started.targetGroups(), started.acceptedOn(),
                started.recordedBy(), started.confirmedBy(), false, List.of(started.steps().getFirst(), backdated));
        assertThat(LoadingPlacements.reasonsAgainst(broken, TODAY, EDITION_ON)).isNotEmpty();
    }

    @Test
    void everyPlacementFollowsAYesOfItsPersonToItsVacancy() {
        Generated region = generate(42, 3_000, TODAY);
        Map<Long, LoadedIntroduction> introductions = region.introductions().stream()
                .collect(Collectors.toMap(LoadedIntroduction::id, i -> i));
        assertThat(introductions).hasSize(region.introductions().size());
        Map<Long, Long> employerOf = region.vacancies().stream()
                .collect(Collectors.toMap(Vacancy::id, Vacancy::employerId));
        for (PlacementHistory p : region.placements()) {
            LoadedIntroduction i = introductions.get(p.introductionId());
            assertThat(i).isNotNull();
            assertThat(i.status()).isEqualTo(IntroductionStatus.ACCEPTED);
            assertThat(i.personId()).isEqualTo(p.personId());
            assertThat(i.vacancyId()).isEqualTo(p.vacancyId());
            assertThat(i.employerId()).isEqualTo(p.employerId()).isEqualTo(employerOf.get(p.vacancyId()));
            assertThat(LocalDate.ofInstant(i.decidedAt(), ZoneId.of("Europe/Amsterdam"))).isEqualTo(p.acceptedOn());
        }
        assertThat(region.introductions()).extracting(LoadedIntroduction::status)
                .contains(IntroductionStatus.ACCEPTED, IntroductionStatus.DECLINED);
        assertThat(region.introductions()).allSatisfy(i -> {
            assertThat(i.personId()).isGreaterThanOrEqualTo(DemoHistory.FIRST_PERSON);
            assertThat(i.employerId()).isGreaterThan(DemoHistory.LAST_FIXTURE_EMPLOYER);
            assertThat(i.requestedBy()).isNotEqualTo("accountmanager");
            assertThat(i.requestedAt()).isBefore(TODAY.plusDays(1).atStartOfDay(ZoneId.of("Europe/Amsterdam"))
                    .toInstant());
        });
        // one introduction per person and vacancy, as the table's key wants
        assertThat(region.introductions().stream().map(i -> i.personId() + ":" + i.vacancyId()).distinct().count())
                .isEqualTo(region.introductions().size());
    }

    @Test
    void peopleLeaveTheirOwnBenefitAndOnlyConsentingJobSeekersHaveAHistory() {
        Generated region = generate(42, 3_000, TODAY);
        Map<Long, Person> people = region.people().stream().collect(Collectors.toMap(Person::id, p -> p));
        for (LoadedIntroduction i : region.introductions()) {
            Person person = people.get(i.personId());
            assertThat(person.kind()).isEqualTo(nl.werkmotor.people.PersonKind.JOB_SEEKER);
            assertThat(person.profile().preferences().visibility())
                    .isEqualTo(nl.werkmotor.people.Visibility.EMPLOYERS_ANONYMOUS);
        }
        List<TakePlacementStep> starts = region.placements().stream().flatMap(p -> p.steps().stream()
                .filter(s -> s.step().equals("STARTED"))).toList();
        assertThat(starts).hasSizeGreaterThan(100);
        for (PlacementHistory p : region.placements()) {
            Person person = people.get(p.personId());
            assertThat(p.targetGroups()).isEqualTo(person.targetGroups().stream()
                    .map(nl.werkmotor.people.TargetGroup::code).collect(Collectors.toSet()));
            p.steps().stream().filter(s -> s.outflowBenefit() != null)
                    .forEach(s -> assertThat(s.outflowBenefit()).isEqualTo(person.benefit().name()));
        }
        assertThat(starts).anyMatch(s -> s.outflowBenefit() != null);
        assertThat(starts).anyMatch(s -> s.contractMonths() == null);
        assertThat(starts).anyMatch(s -> s.contractMonths() != null);
        // instruments from the first edition on, none before
        assertThat(starts).allSatisfy(s -> assertThat(s.instruments().isEmpty()
                || !s.on().isBefore(FIRST.takesEffectOn())).isTrue());
        assertThat(starts).anyMatch(s -> !s.instruments().isEmpty());
        Set<String> finalSteps = region.placements().stream()
                .map(p -> p.steps().isEmpty() ? "ACCEPTED" : p.steps().getLast().step()).collect(Collectors.toSet());
        assertThat(finalSteps).contains("ACCEPTED", "INTERVIEW", "STARTED", "AFTERCARE", "LASTING_6", "LASTING_12",
                "ENDED");
        assertThat(region.placements()).anyMatch(p -> p.steps().stream().anyMatch(s -> s.step().equals("TRIAL")));
    }

    @Test
    void moreStartLatelyThanAYearAgo() {
        Generated region = generate(42, 3_000, TODAY);
        List<LocalDate> starts = region.placements().stream().flatMap(p -> p.steps().stream())
                .filter(s -> s.step().equals("STARTED")).map(TakePlacementStep::on).toList();
        long lastSix = starts.stream().filter(d -> ChronoUnit.MONTHS.between(d, TODAY) < 6).count();
        long sixToTwelve = starts.stream().filter(d -> ChronoUnit.MONTHS.between(d, TODAY) >= 6
                && ChronoUnit.MONTHS.between(d, TODAY) < 12).count();
        long twelveToEighteen = starts.stream().filter(d -> ChronoUnit.MONTHS.between(d, TODAY) >= 12).count();
        assertThat(lastSix).isGreaterThan(sixToTwelve);
        assertThat(sixToTwelve).isGreaterThan(twelveToEighteen);
        assertThat(starts).allSatisfy(d -> assertThat(d).isAfter(TODAY.minusMonths(DemoHistory.MONTHS)));
    }

    @Test
    void theSameSeedGivesTheSameHistory() {
        Generated a = generate(42, 2_000, TODAY);
        Generated b = generate(42, 2_000, TODAY);
        assertThat(a.introductions()).isEqualTo(b.introductions());
        assertThat(a.placements()).isEqualTo(b.placements());
        assertThat(generate(43, 2_000, TODAY).placements()).isNotEqualTo(a.placements());
    }
}
