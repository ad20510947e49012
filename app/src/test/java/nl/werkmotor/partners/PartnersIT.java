package nl.werkmotor.partners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import nl.werkmotor.ApiSession;
import nl.werkmotor.RefusalReasons;
import nl.werkmotor.WerkmotorTest;
import nl.werkmotor.demoregion.SmallDemoRegion;
import nl.werkmotor.demoregion.internal.DemoPartners;
import nl.werkmotor.places.FindPlaces;
import tools.jackson.databind.JsonNode;

/**
 * The region's partner organisations (issue 13, item 1): the demo region's, bound to the demo accounts'
 * organisations; read by the professionals, kept by the beheerder through the use cases, the API and the page, each
 * refusal naming every problem at once and changing nothing, each change kept with who made it.
 */
@WerkmotorTest
class PartnersIT {

    /** Every partner table, to see that a refusal changed nothing. */
    static final String EVERYTHING = """
            select coalesce(string_agg(t, '|' order by t), '') from (
              select p::text as t from partner p union all select l::text from partner_location l
              union all select m::text from partner_location_municipality m
              union all select c::text from partner_change c) all_rows""";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    FindPartners partners;
    @Autowired
    AddingPartner adding;
    @Autowired
    ChangingPartner changing;

    ApiSession beheerder;
    String csrf;

    @BeforeEach
    void demoPartners(@Autowired ApplicationContext application, @Autowired ReplacingPartners replacing,
                      @Autowired FindPlaces places) throws Exception {
        SmallDemoRegion.ensure(application);
        replacing.replaceAll(DemoPartners.of("AM22", "Rijnmond", places.municipalitiesIn("AM22"),
                places.postcodesIn("AM22")), "demo-data");
        beheerder = new ApiSession(port);
        csrf = beheerder.signIn("beheerder");
    }

    @Test
    void theDemoRegionsPartnersAreBoundToTheDemoAccountsOrganisations() {
        assertThat(partners.all()).hasSize(14 + 5);
        assertThat(partners.byOrganisation("gemeente-lindeveen")).hasValueSatisfying(p -> {
            assertThat(p.name()).isEqualTo("Gemeente Rotterdam");
            assertThat(p.municipalityCode()).isEqualTo("GM0599");
            assertThat(p.inhabitants()).isEqualTo(new Inhabitants(670_800, 2024));
        });
        assertThat(partners.byOrganisation("wsp-lindeveen")).map(Partner::kind).hasValue(PartnerKind.WSP);
        assertThat(partners.byOrganisation("roc-lindeveen")).map(Partner::kind).hasValue(PartnerKind.SCHOOL);
        assertThat(partners.byOrganisation("uwv")).map(Partner::kind).hasValue(PartnerKind.UWV);
        assertThat(partners.all().stream().filter(p -> p.kind() == PartnerKind.SOCIAL)).hasSize(2);
        assertThat(partners.byOrganisation("bouwbedrijf-de-vaste-hand")).isEmpty();

        List<MunicipalityPartner> municipalities = partners.municipalities();
        assertThat(municipalities).hasSize(14).allSatisfy(m -> assertThat(m.inhabitants().count()).isPositive());
        assertThat(municipalities.stream().mapToInt(m -> m.inhabitants().count()).sum()).isBetween(1_400_000, 1_500_000);
        // every municipality is served by exactly one WSP location
        assertThat(municipalities).allSatisfy(m -> assertThat(partners.wspLocationServing(m.code())).isPresent());
        assertThat(partners.wspLocationServing("GM0622")).hasValueSatisfying(s -> {
            assertThat(s.location().name()).isEqualTo("WSP Nieuwe Waterweg");
            assertThat(s.wsp().organisationId()).isEqualTo("wsp-lindeveen");
        });
        assertThat(partners.wspLocationServing("GM0363")).isEmpty(); // Amsterdam
        assertThat(jdbc.queryForObject("select count(*) from partner_change where changed_by = 'demo-data'",
                Integer.class)).isEqualTo(19);
    }

    @Test
    void aRefusedPartnerNamesEveryProblemAtOnceAndChangesNothing() {
        String before = jdbc.queryForObject(EVERYTHING, String.class);

        assertThat(RefusalReasons.of(() -> adding.add(new AddPartner(new PartnerForm("gemeente-lindeveen", "MUNICIPALITY", "",
                "x".repeat(201), "1-13-2024", "gisteren", "GM0363", "-5", "twintig", List.of(
                new PartnerForm.Location("ergens", "", "", List.of()))), "beheerder"))))
                .containsOnlyKeys("organisatie", "naam", "contact", "actiefVanaf", "actiefTot", "gemeentecode",
                        "inwoners", "inwonersPeiljaar", "locaties")
                .containsEntry("organisatie", "De organisatie gemeente-lindeveen is al partner: Gemeente Rotterdam.")
                .containsEntry("gemeentecode", "Amsterdam (GM0363) hoort niet bij de arbeidsmarktregio Rijnmond (AM22).")
                .containsEntry("actiefVanaf", "Vul de datum vanaf in als dag-maand-jaar, zoals 1-1-2026, niet '1-13-2024'.");
        assertThat(RefusalReasons.of(() -> adding.add(new AddPartner(new PartnerForm("Gemeente Rotterdam!", "", "Rotterdam", "",
                "", "", "GM9999", "", "", List.of()), "beheerder"))))
                .containsOnlyKeys("organisatie", "soort", "actiefVanaf");
        assertThat(RefusalReasons.of(() -> adding.add(new AddPartner(new PartnerForm("gemeente-x", "MUNICIPALITY", "X", "",
                "1-1-2025", "31-12-2024", "GM9999", "0", "2024", List.of()), "beheerder"))))
                .containsOnlyKeys("actiefTot", "gemeentecode", "inwoners")
                .containsEntry("gemeentecode", "Er is geen gemeente met CBS-code GM9999.")
                .containsEntry("actiefTot", "De datum tot en met ligt vóór de datum vanaf (2025-01-01).");
        assertThat(RefusalReasons.of(() -> adding.add(new AddPartner(new PartnerForm("gemeente-rotterdam-2", "MUNICIPALITY",
                "Rotterdam", "", "1-1-2025", "", "gm0599", "1000", "2024", List.of()), "beheerder"))))
                .containsOnly(Map.entry("gemeentecode", "Gemeente GM0599 is al partner: Gemeente Rotterdam."));
        assertThat(RefusalReasons.of(() -> adding.add(new AddPartner(new PartnerForm("school-x", "SCHOOL", "School X", "",
                "1-1-2025", "", "GM0599", "1000", "", List.of()), "beheerder"))))
                .containsOnlyKeys("gemeentecode", "inwoners");

        long wsp = partners.byOrganisation("wsp-lindeveen").orElseThrow().id();
        PartnerForm.Location rotterdam = new PartnerForm.Location("WSP Rotterdam", "Coolsingel 40", "3011",
                List.of("GM0599", "GM0606", "GM0363", "GM0599"));
        PartnerForm.Location broken = new PartnerForm.Location("", "", "0000", List.of());
        assertThat(RefusalReasons.of(() -> changing.change(new ChangePartner(wsp, new PartnerForm("wsp-lindeveen", "WSP",
                "WerkgeversServicePunt Lindeveen", "", "1-1-2024", "", "", "", "", List.of(rotterdam,
                new PartnerForm.Location("WSP Schiedam", "Stadserf 1", "3111", List.of("GM0606")), broken)),
                "beheerder"))))
                .containsOnly(Map.entry("locaties[0].gemeenten", "Amsterdam (GM0363) hoort niet bij de "
                                + "arbeidsmarktregio Rijnmond (AM22)."),
                        Map.entry("locaties[1].gemeenten", "Schiedam wordt al bediend door locatie WSP Rotterdam; een "
                                + "gemeente heeft één WSP-locatie, zodat werkgevers en cijfers weten waar zij horen."),
                        Map.entry("locaties[2].naam", "Vul de naam van de locatie (locatie 3) in."),
                        Map.entry("locaties[2].adres", "Vul het adres (locatie 3) in."),
                        Map.entry("locaties[2].postcode", "Vul de vier cijfers van een bestaande postcode in, zoals "
                                + "3011 (locatie 3)."),
                        Map.entry("locaties[2].gemeenten", "Kies de gemeenten die deze locatie bedient (locatie 3)."));
        // a second WSP may not serve a municipality the first serves in the same days
        assertThat(RefusalReasons.of(() -> adding.add(new AddPartner(new PartnerForm("wsp-buren", "WSP", "WSP Buren", "",
                "1-6-2026", "", "", "", "", List.of(new PartnerForm.Location("Buren", "Markt 1", "3011",
                List.of("GM0599")))), "beheerder"))))
                .containsOnly(Map.entry("locaties[0].gemeenten", "Rotterdam wordt al bediend door WSP Rotterdam van "
                        + "WerkgeversServicePunt Lindeveen; een gemeente heeft één WSP-locatie tegelijk. Beëindig die "
                        + "eerst."));
        assertThat(RefusalReasons.of(() -> adding.add(new AddPartner(new PartnerForm("wsp-leeg", "WSP", "WSP Leeg", "",
                "1-6-2026", "", "", "", "", List.of()), "beheerder")))).containsOnlyKeys("locaties");
        assertThatThrownBy(() -> changing.change(new ChangePartner(999_999, new PartnerForm("x", "UWV", "x", "",
                "1-1-2024", "", "", "", "", List.of()), "beheerder"))).isInstanceOf(PartnerNotFound.class);

        assertThat(jdbc.queryForObject(EVERYTHING, String.class)).isEqualTo(before);
    }

    @Test
    void aWspThatEndsLetsAnotherServeItsMunicipalitiesAfterwardsAndEachChangeIsKeptWithWhoMadeIt() {
        Partner wsp = partners.byOrganisation("wsp-lindeveen").orElseThrow();
        PartnerForm ended = new PartnerForm(wsp.organisationId(), "WSP", wsp.name(), wsp.contact(), "1-1-2024",
                "31-12-2026", "", "", "", wsp.locations().stream().map(l -> new PartnerForm.Location(l.name(),
                l.address(), l.postcode4(), l.municipalityCodes())).toList());
        changing.change(new ChangePartner(wsp.id(), ended, "beheerder"));
        Partner next = adding.add(new AddPartner(new PartnerForm("wsp-rijnmond", "wsp", "WSP Rijnmond", "",
                "2027-01-01", "", "", "", "", List.of(new PartnerForm.Location("Centrum", "Coolsingel 40", "3011",
                List.of("GM0599", "GM0606")))), "anouk"));

        assertThat(next.locations().getFirst().municipalityCodes()).containsExactly("GM0599", "GM0606");
        assertThat(partners.wspLocationServing("GM0599")).map(s -> s.wsp().organisationId()).hasValue("wsp-rijnmond");
        assertThat(partners.changesOf(wsp.id())).first().satisfies(c -> {
            assertThat(c.changedBy()).isEqualTo("beheerder");
            assertThat(c.description().nl()).isEqualTo("Partner WerkgeversServicePunt Lindeveen: actief tot en met "
                    + "'' → '2026-12-31'.");
        });
        assertThat(partners.changesOf(next.id())).singleElement().satisfies(c -> assertThat(c.changedBy())
                .isEqualTo("anouk"));
        // saving the same again changes nothing and keeps no change
        changing.change(new ChangePartner(wsp.id(), ended, "beheerder"));
        assertThat(partners.changesOf(wsp.id())).hasSize(2);
    }

    @Test
    void theProfessionalsReadThePartnersAndTheBeheerderKeepsThemThroughTheApi() throws Exception {
        ApiSession policy = new ApiSession(port);
        policy.signIn("beleidsmedewerker");
        JsonNode list = policy.ok(policy.get("/api/v1/partners"));
        assertThat(list.size()).isEqualTo(19);
        assertThat(list.get(0).get("soort").asString()).isEqualTo("MUNICIPALITY");
        JsonNode rotterdam = list.valueStream().filter(p -> p.get("organisatie").asString().equals("gemeente-lindeveen"))
                .findFirst().orElseThrow();
        assertThat(rotterdam.get("inwoners").asInt()).isEqualTo(670_800);
        assertThat(rotterdam.get("inwonersPeiljaar").asInt()).isEqualTo(2024);
        assertThat(policy.ok(policy.get("/api/v1/partners/" + rotterdam.get("id").asLong())).get("gemeentecode")
                .asString()).isEqualTo("GM0599");
        policy.problem(policy.get("/api/v1/partners/999999"), 404);
        policy.problem(policy.get("/api/v1/partners/abc"), 404);

        var added = beheerder.json("POST", "/api/v1/partners", """
                {"organisatie": "stichting-opstap", "soort": "SOCIAL", "naam": "Stichting Opstap",
                 "contact": "info@opstap.example", "actiefVanaf": "2026-02-01"}""", csrf);
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        long id = beheerder.ok(beheerder.get(added.headers().firstValue("Location").orElseThrow())).get("id").asLong();
        JsonNode changed = beheerder.ok(beheerder.json("PUT", "/api/v1/partners/" + id, """
                {"organisatie": "stichting-opstap", "soort": "SOCIAL", "naam": "Stichting Opstap Rijnmond",
                 "actiefVanaf": "2026-02-01", "actiefTot": "2027-12-31"}""", csrf));
        assertThat(changed.get("naam").asString()).isEqualTo("Stichting Opstap Rijnmond");
        assertThat(changed.get("actiefTot").asString()).isEqualTo("2027-12-31");
        assertThat(changed.get("contact").asString()).isEmpty();

        String before = jdbc.queryForObject(EVERYTHING, String.class);
        JsonNode problem = beheerder.problem(beheerder.json("POST", "/api/v1/partners", """
                {"organisatie": "wsp-lindeveen", "soort": "WSP", "naam": "", "actiefVanaf": "morgen",
                 "inwoners": 5, "locaties": [{"naam": "Oost", "adres": "Weg 1", "postcode": "3011",
                 "gemeenten": ["GM0599"]}]}""", csrf), 400);
        assertThat(problem.get("invalidParams").valueStream().map(p -> p.get("name").asString()))
                .containsExactlyInAnyOrder("organisatie", "naam", "actiefVanaf", "inwoners", "locaties[0].gemeenten");
        beheerder.problem(beheerder.json("PUT", "/api/v1/partners/999999", """
                {"organisatie": "x1", "soort": "UWV", "naam": "x", "actiefVanaf": "2026-01-01"}""", csrf), 404);
        assertThat(jdbc.queryForObject(EVERYTHING, String.class)).isEqualTo(before);
    }

    @Test
    void onTheBeheerdersPageARefusedFormShowsEveryReasonBesideItsFieldAndAGoodOneIsSaved() throws Exception {
        var list = beheerder.get("/beheer/partners");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("Gemeente Rotterdam", "670.800 inwoners (2024)",
                "WSP Nieuwe Waterweg: Maassluis, Schiedam, Vlaardingen");
        assertThat(beheerder.get("/beheer/partners/nieuw").statusCode()).isEqualTo(200);
        String before = jdbc.queryForObject(EVERYTHING, String.class);

        var refused = beheerder.form("/beheer/partners", form(Map.of("organisatie", "roc-lindeveen", "soort", "SCHOOL",
                "naam", "", "actiefVanaf", "1-1-2026", "inwoners", "veel", "locaties[0].naam", "Ergens")), csrf);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("Fout: 4 problemen", "id=\"organisatie-fout\"", "id=\"naam-fout\"",
                "id=\"inwoners-fout\"", "id=\"locaties-fout\"", "value=\"Ergens\"");
        assertThat(jdbc.queryForObject(EVERYTHING, String.class)).isEqualTo(before);

        long wsp = partners.byOrganisation("wsp-lindeveen").orElseThrow().id();
        String edit = beheerder.get("/beheer/partners/" + wsp).body();
        assertThat(edit).contains("value=\"WSP Zuid\"", "id=\"locaties[4].naam\"");
        var moved = beheerder.form("/beheer/partners/" + wsp, form(Map.ofEntries(Map.entry("organisatie", "wsp-lindeveen"),
                Map.entry("soort", "WSP"), Map.entry("naam", "WerkgeversServicePunt Lindeveen"),
                Map.entry("actiefVanaf", "1-1-2024"), Map.entry("locaties[0].naam", "WSP Rotterdam"),
                Map.entry("locaties[0].adres", "Coolsingel 40"), Map.entry("locaties[0].postcode", "3011"),
                Map.entry("locaties[0].gemeenten", "GM0599"), Map.entry("locaties[1].naam", "WSP Regio"),
                Map.entry("locaties[1].adres", "Stadserf 1"), Map.entry("locaties[1].postcode", "3111"))), csrf);
        assertThat(moved.statusCode()).isEqualTo(400);
        assertThat(moved.body()).contains("id=\"locaties[1].gemeenten-fout\"");
        var saved = beheerder.form("/beheer/partners/" + wsp, form(Map.ofEntries(Map.entry("organisatie", "wsp-lindeveen"),
                Map.entry("soort", "WSP"), Map.entry("naam", "WerkgeversServicePunt Lindeveen"),
                Map.entry("actiefVanaf", "1-1-2024"), Map.entry("locaties[0].naam", "WSP Rotterdam"),
                Map.entry("locaties[0].adres", "Coolsingel 40"), Map.entry("locaties[0].postcode", "3011"),
                Map.entry("locaties[0].gemeenten", "GM0599"))) + "&locaties%5B0%5D.gemeenten=GM0606", csrf);
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        assertThat(partners.byId(wsp).orElseThrow().locations()).singleElement()
                .satisfies(l -> assertThat(l.municipalityCodes()).containsExactly("GM0599", "GM0606"));
        assertThat(beheerder.get("/beheer/partners").body()).contains("beheerder: Partner WerkgeversServicePunt "
                + "Lindeveen: contact &#39;werkgevers@wsp-lindeveen.example&#39; → &#39;&#39;, locaties gewijzigd (nu 1).");
        assertThat(beheerder.get("/beheer/partners/999999").statusCode()).isEqualTo(404);
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }
}
