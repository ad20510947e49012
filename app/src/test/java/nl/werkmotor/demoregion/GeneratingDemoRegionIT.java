package nl.werkmotor.demoregion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import nl.werkmotor.WerkmotorTest;
import nl.werkmotor.employers.FindEmployers;
import nl.werkmotor.partners.FindPartners;
import nl.werkmotor.partners.Partner;
import nl.werkmotor.people.FindPeople;
import nl.werkmotor.people.Visibility;
import nl.werkmotor.places.ImportingPlaces;
import nl.werkmotor.places.RealPlaces;
import nl.werkmotor.platform.CommandLine;
import nl.werkmotor.taxonomy.ImportingTaxonomy;
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
              union all select k::text from learning_offer_skill k) all_rows""";

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
