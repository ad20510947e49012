package nl.werkmotor.demoregion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import nl.werkmotor.WerkmotorTest;
import nl.werkmotor.employers.FindEmployers;
import nl.werkmotor.monitoring.CountedPeriod;
import nl.werkmotor.monitoring.CountingPlacements;
import nl.werkmotor.monitoring.Measure;
import nl.werkmotor.monitoring.MonitoringTable;
import nl.werkmotor.monitoring.Per;
import nl.werkmotor.partners.FindPartners;
import nl.werkmotor.partners.Partner;
import nl.werkmotor.people.ChangeAuthor;
import nl.werkmotor.people.ErasePerson;
import nl.werkmotor.people.ErasingPerson;
import nl.werkmotor.people.ExportingPersonalData;
import nl.werkmotor.people.FindPeople;
import nl.werkmotor.people.PersonalDataExport;
import nl.werkmotor.people.Visibility;
import nl.werkmotor.places.ImportingPlaces;
import nl.werkmotor.places.RealPlaces;
import nl.werkmotor.platform.CommandLine;
import nl.werkmotor.savings.FindRegionalOutcomes;
import nl.werkmotor.savings.RegionalOutcomes;
import nl.werkmotor.taxonomy.ImportingTaxonomy;
import nl.werkmotor.taxonomy.Language;
import nl.werkmotor.taxonomy.RealEsco;

/** The generator on the real ESCO v1.1.1 and the real places, through the database. */
@WerkmotorTest
class GeneratingDemoRegionIT {

    /** Everything generated, in a stable order, to compare whole regions. */
    private static final String FINGERPRINT = """
            select md5(string_agg(t, '|' order by t)) from (
              select p::text as t from person p
              union all select s::text from person_skill s
              union all select e::text from employer e
              union all select v::text from vacancy v
              union all select r::text from vacancy_skill r
              union all select o::text from learning_offer o
              union all select k::text from learning_offer_skill k
              union all select i::text from introduction i
              union all select (pl.id, pl.introduction_id, pl.person_id, pl.step, pl.started_on, pl.ended_on,
                  pl.lasting12_on, pl.outflow_on)::text from placement pl
              union all select pi::text from placement_instrument pi) all_rows""";

    @Autowired
    GeneratingDemoRegion generating;
    @Autowired
    FindPeople people;
    @Autowired
    FindEmployers employers;
    @Autowired
    CommandLine commandLine;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    FindPartners partners;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void importTaxonomyAndPlaces(@Autowired ImportingTaxonomy taxonomy, @Autowired ImportingPlaces places) {
        RealEsco.ensureImported(taxonomy, jdbc);
        RealPlaces.ensureImported(places, jdbc);
    }

    @Test
    void generatesTheSmallRegionInRijnmondFromEsco() {
        DemoRegionGenerated generated = generating.generate(GenerateDemoRegionCommand.small());
        System.out.println(generated.summary());

        assertThat(generated.regionName()).isEqualTo("Rijnmond");
        assertThat(generated.people()).isEqualTo(2_000);
        assertThat(generated.employers()).isEqualTo(80);
        assertThat(generated.vacancies()).isEqualTo(400);
        assertThat(generated.learningOffers()).isEqualTo(30);
        assertThat(people.count()).isEqualTo(2_000);
        assertThat(count("""
                select count(*) from person p where not exists (select 1 from postcode4 c join municipality m
                    on m.code = c.municipality_code where c.code = p.postcode4 and m.region_code = 'AM22')"""))
                .as("people outside Rijnmond").isZero();
        assertThat(count("select count(*) from person_skill s where not exists (select 1 from skill k where k.uri = s.skill_uri)"))
                .as("claimed skills missing from the taxonomy").isZero();
        assertThat(count("""
                select count(*) from person p, unnest(p.previous_occupations) o
                where not exists (select 1 from occupation k where k.uri = o)""")).as("unknown occupations").isZero();
        assertThat(count("select count(*) from vacancy_skill s where not exists (select 1 from skill k where k.uri = s.skill_uri)"))
                .isZero();
        assertThat(count("select count(*) from vacancy v where not exists (select 1 from employer e where e.id = v.employer_id)"))
                .isZero();
        assertThat(count("select count(*) from person_skill")).as("skill claims").isBetween(16_000L, 32_000L);
        assertThat(people.byId(1)).hasValueSatisfying(p -> assertThat(p.profile().skills()).isNotEmpty());
        assertThat(people.byAccount("werkzoekende")).as("the demo job seeker's own profile").hasValueSatisfying(p -> {
            assertThat(p.firstName() + " " + p.lastName()).isEqualTo("Sanne Bakker");
            assertThat(p.profile().preferences().visibility()).isEqualTo(Visibility.EMPLOYERS_ANONYMOUS);
        });
        assertThat(employers.byOrganisation("bouwbedrijf-de-vaste-hand")).as("the demo employer")
                .hasValueSatisfying(e -> assertThat(e.name()).isEqualTo("Bouwbedrijf De Vaste Hand B.V."));
        assertThat(count("select count(*) from vacancy where employer_id = 1")).as("the demo employer's vacancies").isPositive();
        // the region's partners (issue 13, item 1): its 14 municipalities with inhabitants, UWV, the WSP whose four
        // locations serve every municipality once, the ROC and two social organisations
        assertThat(partners.municipalities()).hasSize(14).allSatisfy(m -> assertThat(m.inhabitants().year()).isEqualTo(2024));
        assertThat(partners.all()).hasSize(19);
        assertThat(count("""
                select count(*) from partner_location_municipality m join partner_location l on l.id = m.location_id
                join partner p on p.id = l.partner_id where p.organisation_id = 'wsp-lindeveen'""")).isEqualTo(14);
        assertThat(partners.byOrganisation("gemeente-lindeveen")).map(p -> p.municipalityCode()).hasValue("GM0599");
    }

    /**
     * Issue 13, item 3: the small region's history of the past 18 months fills the monitoring figures: the region
     * and its larger cells shown, some small ones suppressed; every placement follows a yes of its own person to its
     * own vacancy, away from the demo fixtures (employer 1, the caseloads of people 1 to 70).
     */
    @Test
    void theSmallRegionHasAPlacementHistoryThatFillsTheFigures(@Autowired CountingPlacements counting,
                                                               @Autowired FindRegionalOutcomes outcomes) {
        DemoRegionGenerated generated = generating.generate(GenerateDemoRegionCommand.small());
        System.out.println(generated.summary());
        System.out.println(jdbc.queryForList("""
                select to_char(started_on, 'YYYY-MM') as month, count(*) as started from placement
                    where started_on is not null group by 1 order by 1"""));
        System.out.println(jdbc.queryForList("select step, count(*) from placement group by step order by step"));

        assertThat(generated.introductions()).isEqualTo(count("select count(*) from introduction")).isBetween(300L, 900L);
        assertThat(generated.placements()).isEqualTo(count("select count(*) from placement")).isBetween(150L, 600L);
        assertThat(count("select count(*) from introduction where person_id <= 70 or employer_id <= 2 or requested_by = 'accountmanager'"))
                .as("history of the demo fixtures").isZero();
        assertThat(count("""
                select count(*) from placement p left join introduction i on i.id = p.introduction_id
                where i.id is null or i.status <> 'ACCEPTED' or i.person_id <> p.person_id or i.vacancy_id <> p.vacancy_id
                   or i.employer_id <> p.employer_id or (i.decided_at at time zone 'Europe/Amsterdam')::date <> p.accepted_on
                """)).as("placements without their own accepted introduction").isZero();
        assertThat(count("""
                select count(*) from introduction i left join person p on p.id = i.person_id
                left join vacancy v on v.id = i.vacancy_id
                where p.id is null or v.id is null or v.employer_id <> i.employer_id or p.visibility <> 'EMPLOYERS_ANONYMOUS'
                """)).as("introductions of nobody, to no vacancy, or of someone who did not consent").isZero();
        assertThat(count("""
                select count(*) from placement p join person q on q.id = p.person_id
                where p.outflow_benefit is not null and p.outflow_benefit <> q.benefit"""))
                .as("outflow from another benefit than the person's").isZero();
        assertThat(count("""
                select count(*) from placement where lasting6_on < started_on + interval '6 months'
                    or lasting12_on < started_on + interval '12 months'
                    or (contract_months < 6 and lasting6_on is not null) or (contract_months < 12 and lasting12_on is not null)
                    or interview_on < accepted_on or started_on < coalesce(trial_from, interview_on)
                    or greatest(interview_on, trial_from, started_on, aftercare_from, lasting6_on, lasting12_on, ended_on)
                       > current_date"""))
                .as("steps out of order, lasting before its day or beyond the contract, dates to come").isZero();
        assertThat(jdbc.queryForList("select distinct organisation_id from placement order by 1", String.class))
                .containsExactly("gemeente-lindeveen", "uwv", "wsp-lindeveen");
        assertThat(count("select count(*) from placement_change")).isGreaterThan(generated.placements() * 2);
        assertThat(count("""
                select count(*) from placement_instrument pi join placement p on p.id = pi.placement_id
                left join toolbox_edition e on e.id = pi.edition_id
                where e.id is null or e.takes_effect_on > p.started_on or e.status <> 'PUBLISHED'"""))
                .as("instruments without the edition in force on the start date").isZero();
        assertThat(count("select count(*) from placement_instrument")).isPositive();
        for (String step : List.of("ACCEPTED", "STARTED", "AFTERCARE", "LASTING_6", "LASTING_12", "ENDED")) {
            assertThat(count("select count(*) from placement where step = '" + step + "'")).as(step).isPositive();
        }

        YearMonth now = YearMonth.now(java.time.ZoneId.of("Europe/Amsterdam"));
        YearMonth from = now.minusMonths(12);
        CountedPeriod region = counting.count(from, now.minusMonths(1), Per.ORGANISATION);
        assertThat(region.table().totals().get(Measure.PLACEMENTS).suppressed()).as("the region's placements").isFalse();
        assertThat(region.table().totals().get(Measure.LASTING_6).suppressed()).isFalse();
        assertThat(region.table().totals().get(Measure.OUTFLOW).suppressed()).isFalse();
        assertThat(region.table().rows()).hasSize(3).allSatisfy(row ->
                assertThat(row.cells().get(Measure.PLACEMENTS).suppressed()).as(row.key()).isFalse());
        // the last twelve full months, as the page shows by default
        CountedPeriod months = counting.count(now.minusMonths(12), now.minusMonths(1), Per.MONTH);
        assertThat(months.table().rows()).hasSize(12)
                .filteredOn(row -> !row.cells().get(Measure.PLACEMENTS).suppressed()).as("months shown").hasSizeGreaterThan(9);
        for (Per per : List.of(Per.SECTOR, Per.TARGET_GROUP, Per.MUNICIPALITY)) {
            List<MonitoringTable.Row> rows = counting.count(from, now.minusMonths(1), per).table().rows();
            assertThat(rows).as(per + ": larger cells shown").anyMatch(r -> !r.cells().get(Measure.PLACEMENTS).suppressed());
            assertThat(rows).as(per + ": small cells suppressed").anyMatch(r -> r.cells().get(Measure.PLACEMENTS).suppressed());
        }
        RegionalOutcomes savings = outcomes.between(now.minusMonths(17), now);
        assertThat(savings.lastingPlacements()).isGreaterThanOrEqualTo(RegionalOutcomes.SMALLEST_SHOWN);
        assertThat(savings.benefitMonthsSaved()).isPositive();
    }

    /** Replacing the region replaces its history: nothing of the old one dangles; export and erasure still work. */
    @Test
    void anotherRegionReplacesTheHistoryAndAPersonWithAHistoryIsExportedAndErased(
            @Autowired ExportingPersonalData exporting, @Autowired ErasingPerson erasing) {
        generating.generate(GenerateDemoRegionCommand.small());
        DemoRegionGenerated other = generating.generate(new GenerateDemoRegionCommand(1_500, 7, "AM22"));

        assertThat(count("select count(*) from placement")).isEqualTo(other.placements()).isPositive();
        assertThat(count("select count(*) from introduction")).isEqualTo(other.introductions());
        assertThat(count("""
                select count(*) from placement p left join introduction i on i.id = p.introduction_id
                left join person q on q.id = p.person_id left join vacancy v on v.id = p.vacancy_id
                where i.id is null or q.id is null or v.id is null or i.person_id <> p.person_id"""))
                .as("dangling placements").isZero();
        assertThat(count("select count(*) from placement_change c where not exists (select 1 from placement p "
                + "where p.id = c.placement_id)")).isZero();

        long person = count("select min(person_id) from placement where started_on is not null");
        PersonalDataExport export = exporting.export(person, Language.NL);
        assertThat(export.heldElsewhere()).anySatisfy(section -> {
            assertThat(section.key()).isEqualTo("placements");
            assertThat(section.items()).isNotEmpty();
        });
        assertThat(export.heldElsewhere()).anySatisfy(section -> {
            assertThat(section.key()).isEqualTo("introductions");
            assertThat(section.items()).isNotEmpty();
        });
        erasing.erase(new ErasePerson(person, ChangeAuthor.person("test")));
        assertThat(count("select count(*) from placement where person_id = " + person)).isZero();
        assertThat(count("select count(*) from introduction where person_id = " + person)).isZero();
        assertThat(count("select count(*) from placement_change c where not exists (select 1 from placement p "
                + "where p.id = c.placement_id)")).isZero();
    }

    @Test
    void theSameSeedGivesTheSameRegionAndAnotherSeedAnotherOne() {
        generating.generate(new GenerateDemoRegionCommand(500, 99, "AM22"));
        String first = jdbc.queryForObject(FINGERPRINT, String.class);
        generating.generate(new GenerateDemoRegionCommand(500, 100, "AM22"));
        String other = jdbc.queryForObject(FINGERPRINT, String.class);
        generating.generate(new GenerateDemoRegionCommand(500, 99, "AM22"));

        assertThat(jdbc.queryForObject(FINGERPRINT, String.class)).isEqualTo(first).isNotEqualTo(other);
    }

    @Test
    void refusesAnUnknownRegionAndKeepsWhatWasThere() {
        generating.generate(new GenerateDemoRegionCommand(100, 1, "AM22"));

        assertThatThrownBy(() -> generating.generate(new GenerateDemoRegionCommand(100, 1, "AM99")))
                .isInstanceOf(DemoRegionRefused.class).hasMessageContaining("unknown arbeidsmarktregio 'AM99'")
                .hasMessageContaining("AM22 Rijnmond");
        assertThat(people.count()).isEqualTo(100);
    }

    @Test
    void theCommandGeneratesAnotherRegionAndExplainsBadArgumentsWithoutAStackTrace() {
        List<Partner> partnersBefore = partners.all();
        assertThat(run("demo-data", "--size", "300", "--seed", "5", "--region", "am18")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Demo region AM18 Groot Amsterdam (seed 5)", "300 people");
        assertThat(count("select count(distinct postcode4) from person where postcode4 like '1%'")).isPositive();
        assertThat(partners.all()).as("partners of another region than the deployment's are not made: they stay as "
                + "they were").isEqualTo(partnersBefore);

        assertThat(run("demo-data", "--region", "AM04")).isEqualTo(1);
        assertThat(run("demo-data", "--size", "lots")).isEqualTo(2);
        assertThat(run("demo-data", "--size=2000000")).isEqualTo(2);
        assertThat(run("demo-data", "--people", "5")).isEqualTo(2);
        assertThat(run("demo-data", "--seed")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("unknown arbeidsmarktregio 'AM04'", "--size verwacht een getal/expects a number or small, medium, large",
                        "must lie between 1 and 1000000", "unknown option --people", "--seed mist een waarde/needs a value")
                .doesNotContain("Exception", "\tat ");
        assertThat(people.count()).isEqualTo(300);
    }

    private long count(String sql) {
        Long count = jdbc.queryForObject(sql, Long.class);
        return count == null ? 0 : count;
    }

    private int run(String... args) {
        return commandLine.run(args[0], List.of(args).subList(1, args.length),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }
}
