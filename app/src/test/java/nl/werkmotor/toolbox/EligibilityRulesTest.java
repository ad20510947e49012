package nl.werkmotor.toolbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Each rule of the Toolbox, its reasons, the edition boundaries and the measures being phased out. */
class EligibilityRulesTest {

    static final LocalDate DAY = LocalDate.of(2026, 12, 7);
    static final Applicant NOBODY_KNOWN = new Applicant(Set.of(), null, null, null, null, null);
    static final EmployerFacts IN_REGION = new EmployerFacts(true);
    static final Job UNKNOWN_JOB = new Job(null, null, null);

    static Applicant aPersonIn(String... groups) {
        return new Applicant(Set.of(groups), "NONE", 30, 3, false, 100);
    }

    static Verdict verdict(EligibilityRule rule, Applicant person, EmployerFacts employer, Job job) {
        return rule.judge(person, employer, job, DAY).verdict();
    }

    static EligibilityRule rule(Fact fact, Integer number, String... values) {
        return EligibilityRule.of(fact, Set.of(values), number, "test");
    }

    @Test
    void aTargetGroupRuleHoldsForAnyOfItsGroupsAndSaysWhich() {
        EligibilityRule rule = rule(Fact.TARGET_GROUP, null, "BANENAFSPRAAK", "WAJONG");
        RuleOutcome met = rule.judge(aPersonIn("BANENAFSPRAAK", "BIJSTAND"), IN_REGION, UNKNOWN_JOB, DAY);
        assertThat(met.verdict()).isEqualTo(Verdict.MET);
        assertThat(met.nl()).isEqualTo("In de doelgroep BANENAFSPRAAK.");
        assertThat(met.en()).isEqualTo("In the target group BANENAFSPRAAK.");
        assertThat(verdict(rule, aPersonIn("BIJSTAND"), IN_REGION, UNKNOWN_JOB)).isEqualTo(Verdict.NOT_MET);
    }

    @Test
    void aBenefitRuleIsUnknownWithoutABenefitOnFile() {
        EligibilityRule rule = rule(Fact.BENEFIT, null, "WW", "BIJSTAND");
        assertThat(verdict(rule, new Applicant(Set.of(), "WW", 40, null, null, null), IN_REGION, UNKNOWN_JOB))
                .isEqualTo(Verdict.MET);
        assertThat(verdict(rule, aPersonIn(), IN_REGION, UNKNOWN_JOB)).isEqualTo(Verdict.NOT_MET);
        assertThat(verdict(rule, NOBODY_KNOWN, IN_REGION, UNKNOWN_JOB)).isEqualTo(Verdict.UNKNOWN);
    }

    @Test
    void ageRulesCountTheBoundItself() {
        Applicant at56 = new Applicant(Set.of(), "WW", 56, null, null, null);
        Applicant at55 = new Applicant(Set.of(), "WW", 55, null, null, null);
        assertThat(verdict(rule(Fact.MIN_AGE, 56), at56, IN_REGION, UNKNOWN_JOB)).isEqualTo(Verdict.MET);
        assertThat(verdict(rule(Fact.MIN_AGE, 56), at55, IN_REGION, UNKNOWN_JOB)).isEqualTo(Verdict.NOT_MET);
        assertThat(verdict(rule(Fact.MAX_AGE, 27), at56, IN_REGION, UNKNOWN_JOB)).isEqualTo(Verdict.NOT_MET);
        assertThat(verdict(rule(Fact.MAX_AGE, 56), at56, IN_REGION, UNKNOWN_JOB)).isEqualTo(Verdict.MET);
        assertThat(verdict(rule(Fact.MIN_AGE, 56), NOBODY_KNOWN, IN_REGION, UNKNOWN_JOB)).isEqualTo(Verdict.UNKNOWN);
    }

    @Test
    void monthsOutOfWorkWorkLimitationAndLoonwaarde() {
        Applicant person = new Applicant(Set.of(), "BIJSTAND", 30, 12, true, 60);
        assertThat(verdict(rule(Fact.MIN_MONTHS_OUT_OF_WORK, 12), person, IN_REGION, UNKNOWN_JOB)).isEqualTo(Verdict.MET);
        assertThat(verdict(rule(Fact.MIN_MONTHS_OUT_OF_WORK, 13), person, IN_REGION, UNKNOWN_JOB)).isEqualTo(Verdict.NOT_MET);
        assertThat(verdict(rule(Fact.WORK_LIMITATION, null), person, IN_REGION, UNKNOWN_JOB)).isEqualTo(Verdict.MET);
        assertThat(verdict(rule(Fact.WORK_LIMITATION, null), aPersonIn(), IN_REGION, UNKNOWN_JOB)).isEqualTo(Verdict.NOT_MET);
        assertThat(verdict(rule(Fact.LOONWAARDE_BELOW, 100), person, IN_REGION, UNKNOWN_JOB)).isEqualTo(Verdict.MET);
        assertThat(verdict(rule(Fact.LOONWAARDE_BELOW, 60), person, IN_REGION, UNKNOWN_JOB)).isEqualTo(Verdict.NOT_MET);
        RuleOutcome unassessed = rule(Fact.LOONWAARDE_BELOW, 100).judge(NOBODY_KNOWN, IN_REGION, UNKNOWN_JOB, DAY);
        assertThat(unassessed.verdict()).isEqualTo(Verdict.UNKNOWN);
        assertThat(unassessed.nl()).contains("nog niet gemeten");
    }

    @Test
    void employerAndJobRules() {
        Job job = new Job(12, 6, true);
        assertThat(verdict(rule(Fact.EMPLOYER_IN_REGION, null), aPersonIn(), IN_REGION, job)).isEqualTo(Verdict.MET);
        assertThat(verdict(rule(Fact.EMPLOYER_IN_REGION, null), aPersonIn(), new EmployerFacts(false), job))
                .isEqualTo(Verdict.NOT_MET);
        assertThat(verdict(rule(Fact.MIN_HOURS_A_WEEK, 12), aPersonIn(), IN_REGION, job)).isEqualTo(Verdict.MET);
        assertThat(verdict(rule(Fact.MIN_HOURS_A_WEEK, 13), aPersonIn(), IN_REGION, job)).isEqualTo(Verdict.NOT_MET);
        assertThat(verdict(rule(Fact.MIN_CONTRACT_MONTHS, 6), aPersonIn(), IN_REGION, job)).isEqualTo(Verdict.MET);
        assertThat(verdict(rule(Fact.MIN_CONTRACT_MONTHS, 12), aPersonIn(), IN_REGION, job)).isEqualTo(Verdict.NOT_MET);
        assertThat(verdict(rule(Fact.MIN_CONTRACT_MONTHS, 12), aPersonIn(), IN_REGION, UNKNOWN_JOB))
                .isEqualTo(Verdict.UNKNOWN);
        assertThat(rule(Fact.MIN_CONTRACT_MONTHS, 12).judge(aPersonIn(), IN_REGION, new Job(12, Job.PERMANENT, true), DAY)
                .nl()).isEqualTo("Vast contract: minstens 12 maanden.");
        assertThat(verdict(rule(Fact.BANENAFSPRAAK_JOB, null), aPersonIn(), IN_REGION, job)).isEqualTo(Verdict.MET);
        assertThat(verdict(rule(Fact.BANENAFSPRAAK_JOB, null), aPersonIn(), IN_REGION, new Job(12, 6, false)))
                .isEqualTo(Verdict.NOT_MET);
    }

    @Test
    void aRuleCountsFromItsFirstDayUpToAndIncludingItsLast() {
        EligibilityRule rule = rule(Fact.WORK_LIMITATION, null).from(LocalDate.of(2026, 3, 1))
                .until(LocalDate.of(2026, 9, 30));
        Applicant limited = new Applicant(Set.of(), "WIA", 40, null, true, null);
        assertThat(rule.judge(limited, IN_REGION, UNKNOWN_JOB, LocalDate.of(2026, 2, 28)).verdict())
                .isEqualTo(Verdict.NOT_IN_FORCE);
        assertThat(rule.judge(limited, IN_REGION, UNKNOWN_JOB, LocalDate.of(2026, 3, 1)).verdict()).isEqualTo(Verdict.MET);
        assertThat(rule.judge(limited, IN_REGION, UNKNOWN_JOB, LocalDate.of(2026, 9, 30)).verdict()).isEqualTo(Verdict.MET);
        RuleOutcome after = rule.judge(limited, IN_REGION, UNKNOWN_JOB, LocalDate.of(2026, 10, 1));
        assertThat(after.verdict()).isEqualTo(Verdict.NOT_IN_FORCE);
        assertThat(after.nl()).isEqualTo("Deze regel geldt niet meer sinds 1 oktober 2026.");
    }

    @Test
    void lkvForOlderEmployeesIsPhasedOutForJobsStartingIn2026() {
        Instrument lkv = instrument("LKV_OUDERE_WERKNEMER");
        Applicant older = new Applicant(Set.of("WW"), "WW", 60, null, null, null);
        assertThat(lkv.evaluate(older, IN_REGION, UNKNOWN_JOB, LocalDate.of(2025, 12, 31)).applicability())
                .isEqualTo(Applicability.APPLIES);
        assertThat(lkv.evaluate(older, IN_REGION, UNKNOWN_JOB, LocalDate.of(2026, 1, 1)).applicability())
                .isEqualTo(Applicability.NOT_IN_FORCE);
        Instrument disabled = instrument("LKV_ARBEIDSGEHANDICAPTE"); // not cut
        assertThat(disabled.evaluate(new Applicant(Set.of(), "WIA", 60, null, true, null), IN_REGION, UNKNOWN_JOB,
                LocalDate.of(2026, 1, 1)).applicability()).isEqualTo(Applicability.APPLIES);
    }

    @Test
    void theTemporaryWageDispensationForWiaEndsAfter31October2026() {
        Instrument temporary = instrument("LOONDISPENSATIE_WIA_IVA");
        Applicant wia = new Applicant(Set.of("WIA"), "WIA", 45, null, true, 60);
        assertThat(temporary.evaluate(wia, IN_REGION, UNKNOWN_JOB, LocalDate.of(2026, 10, 31)).applicability())
                .isEqualTo(Applicability.APPLIES);
        assertThat(temporary.evaluate(wia, IN_REGION, UNKNOWN_JOB, LocalDate.of(2026, 11, 1)).applicability())
                .isEqualTo(Applicability.NOT_IN_FORCE);
    }

    @Test
    void anUnknownFactLeavesAnInstrumentOpenAFailedRuleClosesIt() {
        Instrument jobcoaching = instrument("JOBCOACHING");
        Applicant limited = new Applicant(Set.of("BANENAFSPRAAK"), "NONE", 30, null, true, null);
        assertThat(jobcoaching.evaluate(limited, IN_REGION, new Job(20, null, true), DAY).applicability())
                .isEqualTo(Applicability.MAY_APPLY);
        assertThat(jobcoaching.evaluate(limited, IN_REGION, new Job(20, 12, true), DAY).applicability())
                .isEqualTo(Applicability.APPLIES);
        assertThat(jobcoaching.evaluate(limited, IN_REGION, new Job(8, 12, true), DAY).applicability())
                .isEqualTo(Applicability.DOES_NOT_APPLY);
    }

    @Test
    void editionsTakeEffectOnlyOn1MarchAnd1October() {
        assertThat(InstrumentEdition.isEffectiveDate(LocalDate.of(2027, 3, 1))).isTrue();
        assertThat(InstrumentEdition.isEffectiveDate(LocalDate.of(2027, 10, 1))).isTrue();
        assertThat(InstrumentEdition.isEffectiveDate(LocalDate.of(2027, 2, 28))).isFalse();
        assertThat(InstrumentEdition.isEffectiveDate(LocalDate.of(2027, 3, 2))).isFalse();
        assertThat(InstrumentEdition.isEffectiveDate(LocalDate.of(2027, 1, 1))).isFalse();
    }

    @Test
    void theEditionInForceChangesOn1MarchAndOn1October() {
        InstrumentEdition october = edition(1, LocalDate.of(2026, 10, 1), StartingToolbox.instruments());
        InstrumentEdition march = edition(2, LocalDate.of(2027, 3, 1),
                StartingToolbox.demoNextEdition(StartingToolbox.instruments()));
        InstrumentEdition nextOctober = edition(3, LocalDate.of(2027, 10, 1), StartingToolbox.instruments());
        InstrumentEdition draft = new InstrumentEdition(4, LocalDate.of(2027, 3, 1), EditionStatus.DRAFT,
                ChangeKind.LAW_CHANGE, "concept", "b", Instant.EPOCH, null, null, null, null, List.of());
        List<InstrumentEdition> all = List.of(october, march, nextOctober, draft);

        assertThat(InstrumentEdition.inForceOn(all, LocalDate.of(2027, 2, 28))).contains(october);
        assertThat(InstrumentEdition.inForceOn(all, LocalDate.of(2027, 3, 1))).contains(march);
        assertThat(InstrumentEdition.inForceOn(all, LocalDate.of(2027, 9, 30))).contains(march);
        assertThat(InstrumentEdition.inForceOn(all, LocalDate.of(2027, 10, 1))).contains(nextOctober);
        assertThat(InstrumentEdition.inForceOn(all, LocalDate.of(2026, 9, 30))).isEmpty();

        // the demo's change: the voucher's amount and the premium's contract rule
        assertThat(october.instrument("SCHOLINGSVOUCHER").orElseThrow().offer().amount()).isEqualByComparingTo("2500");
        assertThat(march.instrument("SCHOLINGSVOUCHER").orElseThrow().offer().amount()).isEqualByComparingTo("2700");
        Applicant onAssistance = new Applicant(Set.of("BIJSTAND"), "BIJSTAND", 35, null, null, null);
        Job sixMonths = new Job(32, 6, false);
        assertThat(evaluate(all, LocalDate.of(2027, 2, 28), onAssistance, sixMonths, "PLAATSINGSPREMIE"))
                .isEqualTo(Applicability.APPLIES);
        assertThat(evaluate(all, LocalDate.of(2027, 3, 1), onAssistance, sixMonths, "PLAATSINGSPREMIE"))
                .isEqualTo(Applicability.DOES_NOT_APPLY);
    }

    @Test
    void theEmployerIsOfferedWhatAnInstrumentGivesNeverWhy() {
        InstrumentEdition october = edition(1, LocalDate.of(2026, 10, 1), StartingToolbox.instruments());
        Evaluation evaluation = Evaluation.of(october, new Applicant(Set.of("BANENAFSPRAAK"), "NONE", 30, null, true, null),
                IN_REGION, new Job(24, 12, true), DAY);
        List<InstrumentOffer> offers = evaluation.offersToEmployer();
        assertThat(offers).extracting(InstrumentOffer::code).contains("NO_RISK_POLIS", "LKV_BANENAFSPRAAK", "JOBCOACHING");
        assertThat(InstrumentOffer.class.getRecordComponents()).extracting(c -> c.getName())
                .containsExactly("code", "nameNl", "nameEn", "provider", "offer", "applicability");
    }

    @Test
    void everyStartingRuleCitesItsSourceAndAwaitsTheRegionsCheck() {
        assertThat(StartingToolbox.instruments()).hasSizeGreaterThanOrEqualTo(14).allSatisfy(i -> {
            assertThat(i.rules()).isNotEmpty().allSatisfy(r -> {
                assertThat(r.source()).isNotBlank();
                assertThat(r.checkedByRegion()).isFalse();
            });
            assertThat(i.offer().nl()).isNotBlank();
            assertThat(i.offer().en()).isNotBlank();
        });
        assertThat(StartingToolbox.instruments()).extracting(Instrument::legalBasis)
                .contains(LegalBasis.PARTICIPATIEWET, LegalBasis.WW_WIA_WAJONG, LegalBasis.FISCAL_PREMIUM);
        assertThat(StartingToolbox.instruments().stream().filter(i -> i.code().equals("LKV_ARBEIDSGEHANDICAPTE"))
                .findFirst().orElseThrow().offer().capPerYear()).isEqualByComparingTo(new BigDecimal("6000"));
    }

    @Test
    void aFirstStartSeedsTheEditionInForceAndTheComing1March() {
        assertThat(SeedingTheToolbox.lastEffectiveDate(LocalDate.of(2026, 12, 7))).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(SeedingTheToolbox.lastEffectiveDate(LocalDate.of(2027, 2, 28))).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(SeedingTheToolbox.lastEffectiveDate(LocalDate.of(2027, 3, 1))).isEqualTo(LocalDate.of(2027, 3, 1));
        assertThat(SeedingTheToolbox.nextFirstOfMarch(LocalDate.of(2026, 12, 7))).isEqualTo(LocalDate.of(2027, 3, 1));
        assertThat(SeedingTheToolbox.nextFirstOfMarch(LocalDate.of(2027, 3, 1))).isEqualTo(LocalDate.of(2028, 3, 1));
    }

    private static Applicability evaluate(List<InstrumentEdition> all, LocalDate date, Applicant person, Job job,
                                          String code) {
        return Evaluation.of(InstrumentEdition.inForceOn(all, date).orElseThrow(), person, IN_REGION, job, date)
                .instruments().stream().filter(e -> e.instrument().code().equals(code)).findFirst().orElseThrow()
                .applicability();
    }

    private static InstrumentEdition edition(long id, LocalDate date, List<Instrument> instruments) {
        return new InstrumentEdition(id, date, EditionStatus.PUBLISHED, ChangeKind.LAW_CHANGE, "test", "b", Instant.EPOCH,
                "b", Instant.EPOCH, "b", Instant.EPOCH, instruments);
    }

    private static Instrument instrument(String code) {
        return StartingToolbox.instruments().stream().filter(i -> i.code().equals(code)).findFirst().orElseThrow();
    }
}
