package nl.werkmotor.monitoring;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.werkmotor.identity.Role;

/**
 * "Tellen en vertellen" in the demo region Lindeveen: anonymised stories of placements over the past six full
 * quarters, written by the demo klantmanager and accountmanager and one by the beleidsmedewerker (with one draft of
 * the klantmanager's own), and the region's steering advice for the last full quarter and for last year. Written once
 * at the first start of development or tests, never in production. Everything goes through {@link WritingStory} and
 * {@link SavingSteeringAdvice}, so the story policy checks each story and each advice keeps the figures as they were
 * when it was saved.
 * <p>
 * It runs when the application is ready: after {@code FirstDevStart} (an application runner, so before that event)
 * has generated the demo region with its placements, and after the demo targets ({@code sectorplans}, ordered
 * before this), so the advice's snapshot holds both.
 */
@Component
@Profile("(dev | test) & !prod")
class DemoStories {

    private static final Logger log = LoggerFactory.getLogger(DemoStories.class);
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    /** The demo accounts' writers (identity's DemoAccounts): login, name, role, organisation. */
    static final StoryWriter CASE_WORKER = new StoryWriter("klantmanager", "Jeroen Visser", Role.KLANTMANAGER,
            "gemeente-lindeveen", "Gemeente Lindeveen");
    static final StoryWriter ADVISER = new StoryWriter("accountmanager", "Fatima el Amrani", Role.ACCOUNTMANAGER,
            "wsp-lindeveen", "WerkgeversServicePunt Lindeveen");
    static final StoryWriter ANALYST_WRITER = new StoryWriter("beleidsmedewerker", "Pieter Mulder",
            Role.BELEIDSMEDEWERKER, "arbeidsmarktregio-lindeveen", "Arbeidsmarktregio Lindeveen");
    static final SteeringAnalyst.Analyst ANALYST = new SteeringAnalyst.Analyst(ANALYST_WRITER.login(),
            ANALYST_WRITER.name(), ANALYST_WRITER.organisationId(), ANALYST_WRITER.organisationName());

    static final String DECIDED_BY = "Kernteam arbeidsmarktregio Lindeveen (gemeenten, UWV, WSP)";

    /** One demo story: whose, how many full quarters ago, sector, target group, partner, and its words. */
    private record Demo(StoryWriter writer, int quartersAgo, String sector, String targetGroup, String organisation,
                        String title, String text, String consent, StoryStatus status) {
    }

    private static final List<Demo> STORIES = List.of(
            new Demo(CASE_WORKER, 5, "TUINBOUW", "STATUSHOUDER", "gemeente-lindeveen",
                    "Van proefplaatsing naar een vaste plek in de kas",
                    "Hij kwam twee jaar geleden naar Nederland en sprak nog weinig Nederlands. Werken met planten kende "
                            + "hij van thuis. Een kwekerij in de regio wilde het met hem proberen. Hij begon met een "
                            + "proefplaatsing van twee maanden. Een jobcoach kwam elke week langs. Zij legde de "
                            + "werkinstructies uit met foto's en hielp de collega's om rustig en duidelijk te praten. "
                            + "Na de proefplaatsing kreeg hij een contract voor een jaar. Hij volgt nu één avond per "
                            + "week les in Nederlands. De teamleider zegt: 'Hij ziet meteen welke plant ziek is.'",
                    "De werkzoekende zelf, mondeling bij het eindgesprek van de proefplaatsing.",
                    StoryStatus.PUBLISHED),
            new Demo(ADVISER, 4, "TRANSPORT_LOGISTIEK_GROOTHANDEL", "VIJFTIG_PLUS", "wsp-lindeveen",
                    "Met de no-riskpolis weer aan het werk in het magazijn",
                    "Zij was bijna 60 en had na een reorganisatie bijna een jaar WW. Ze had veel ervaring in de "
                            + "planning van een magazijn, maar kreeg steeds een afwijzing. Een groothandel durfde het "
                            + "niet aan, omdat zij vaak rugklachten had gehad. Wij vertelden over de no-riskpolis: bij "
                            + "ziekte betaalt UWV het loon door. Dat nam de zorg weg. Zij begon met 32 uur per week. Na "
                            + "een half jaar werkt zij er nog steeds en leert zij jongere collega's het nieuwe "
                            + "planningssysteem.",
                    "De werkneemster zelf, schriftelijk op het formulier voor toestemming van het WSP.",
                    StoryStatus.PUBLISHED),
            new Demo(ADVISER, 3, "HORECA", "PRO_VSO", "wsp-lindeveen",
                    "Via de praktijkroute van school naar de keuken",
                    "Hij ging van het praktijkonderwijs af zonder diploma. Koken vond hij het leukst. Een hotel in de "
                            + "regio bood een plek in de praktijkroute: leren in de keuken, met een praktijkverklaring "
                            + "voor elk onderdeel dat hij beheerst. De mentor van school en de chef-kok spraken elke "
                            + "maand samen met hem af wat hij ging leren. Na een half jaar had hij drie "
                            + "praktijkverklaringen en een contract als hulpkok. Hij wil nu verder met een mbo-opleiding.",
                    "De jongere en zijn ouder, samen, schriftelijk na een gesprek op school.",
                    StoryStatus.PUBLISHED),
            new Demo(CASE_WORKER, 2, "DETAILHANDEL", "BIJSTAND", "gemeente-lindeveen",
                    "Een plaatsing die te vroeg stopte, en wat we leerden",
                    "Zij had lang in de bijstand gezeten en begon vol goede moed als verkoopmedewerker in een "
                            + "supermarkt. Na zes weken stopte zij. De diensten wisselden elke week en vaak tot laat in "
                            + "de avond. Voor opvang van haar kinderen was dat niet te regelen. Dat hadden we vooraf "
                            + "niet goed besproken. Wat we leerden: we vragen nu bij het eerste gesprek naar de uren "
                            + "die iemand echt kan werken, en we vragen de werkgever om vaste diensten voor de eerste "
                            + "maanden. Zij werkt nu met vaste ochtenduren bij een andere winkel.",
                    "De werkzoekende zelf, mondeling, en daarna bevestigd in een bericht via Werkmotor.",
                    StoryStatus.PUBLISHED),
            new Demo(ADVISER, 1, "BOUW_TECHNIEK", "JONGEREN_ZONDER_STARTKWALIFICATIE", "wsp-lindeveen",
                    "Leren en werken tegelijk in de installatietechniek",
                    "Hij was begin twintig, had geen startkwalificatie en wilde graag met zijn handen werken. Een "
                            + "installatiebedrijf zocht mensen en wilde zelf opleiden. Hij kreeg een leerwerkplek: vier "
                            + "dagen werken en één dag naar school. De scholingsvoucher betaalde de opleiding. Een "
                            + "vaste collega is zijn maatje op de bouwplaats. Hij zegt: 'Nu snap ik waarom ik die "
                            + "sommen moet kunnen.'",
                    "De jongere zelf, schriftelijk op het formulier voor toestemming van het WSP.",
                    StoryStatus.PUBLISHED),
            new Demo(ANALYST_WRITER, 1, "TRANSPORT_LOGISTIEK_GROOTHANDEL", null, "wsp-lindeveen",
                    "Wat een werkgever aan de sectortafel vertelde",
                    "Aan de sectortafel Transport en Logistiek vertelde een werkgever over zijn ervaring. Zijn bedrijf "
                            + "nam dit jaar drie mensen aan via het WSP, die elk meer dan een jaar zonder werk waren. "
                            + "Hij zei dat vooral de korte lijn hielp: één vaste contactpersoon bij het WSP, die snel "
                            + "terugbelde als er iets was. Andere werkgevers aan tafel willen dat ook. Het kernteam "
                            + "neemt dit mee in het bijsturingsadvies.",
                    "De werkgever zelf, mondeling aan de sectortafel; geen van de drie werknemers wordt beschreven.",
                    StoryStatus.PUBLISHED),
            new Demo(CASE_WORKER, 0, "ZORG_WELZIJN_SCHOONMAAK", "BANENAFSPRAAK", "gemeente-lindeveen",
                    "Ruim een jaar aan het werk met loonkostensubsidie",
                    "Zij staat in het doelgroepregister en werkt sinds ruim een jaar in de schoonmaak van een "
                            + "zorginstelling. Zij werkt in haar eigen tempo; de werkgever krijgt daarvoor "
                            + "loonkostensubsidie. In het begin kwam er elke twee weken een jobcoach. Nu is dat één keer "
                            + "per maand. Haar contract is verlengd tot een vast contract. De leidinggevende zegt dat "
                            + "het team rustiger werkt sinds zij er is, omdat zij de vaste routines bewaakt.",
                    "De werkneemster zelf, met hulp van haar jobcoach, schriftelijk.",
                    StoryStatus.PUBLISHED),
            new Demo(CASE_WORKER, 0, "ZORG_WELZIJN_SCHOONMAAK", "WIA", "gemeente-lindeveen",
                    "Na ziekte weer beginnen, stap voor stap",
                    "Concept. Hij kreeg na een ongeluk een WIA-uitkering en wil weer aan het werk. Hij begint met een "
                            + "proefplaatsing van twaalf uur per week in de facilitaire dienst van een verpleeghuis. "
                            + "Nog aanvullen: hoe het na de eerste maand ging.",
                    "De werkzoekende zelf, mondeling; nog schriftelijk laten bevestigen voor publicatie.",
                    StoryStatus.DRAFT));

    private final JdbcTemplate jdbc;
    private final WritingStory writing;
    private final SavingSteeringAdvice saving;
    private final StoryChoices choices;

    DemoStories(JdbcTemplate jdbc, WritingStory writing, SavingSteeringAdvice saving, StoryChoices choices) {
        this.jdbc = jdbc;
        this.writing = writing;
        this.saving = saving;
        this.choices = choices;
    }

    /** Once: stories when there are none at all, the advice when the region's organisation has none. */
    @EventListener(ApplicationReadyEvent.class)
    @Order(100) // after sectorplans' DemoTargets (0): the snapshot holds the targets
    @Transactional
    public void seedOnce() {
        LocalDate today = LocalDate.now(AMSTERDAM);
        YearMonth lastQuarterStart = lastFullQuarter(today);
        int stories = 0;
        int advice = 0;
        if (count("select count(*) from story") == 0) {
            StoryPolicy.Known known = choices.known();
            for (Demo d : STORIES) {
                writing.write(d.writer(), form(d, lastQuarterStart, today, known), d.status());
                stories++;
            }
        }
        if (count("select count(*) from steering_advice where organisation_id = ?", ANALYST.organisationId()) == 0) {
            YearMonth lastQuarterEnd = lastQuarterStart.plusMonths(2);
            saving.save(ANALYST, quarterly(lastQuarterStart, lastQuarterEnd, earliest(lastQuarterEnd.atEndOfMonth()
                    .plusDays(21), today)));
            int lastYear = today.getYear() - 1;
            saving.save(ANALYST, yearly(lastYear, earliest(LocalDate.of(lastYear + 1, 2, 12), today)));
            advice = 2;
        }
        if (stories + advice > 0) {
            log.info("Demo region: {} stories and {} steering advices written", stories, advice);
        }
    }

    /** The first month of the last quarter that has ended before today's. */
    static YearMonth lastFullQuarter(LocalDate today) {
        YearMonth thisQuarter = YearMonth.of(today.getYear(), (today.getMonthValue() - 1) / 3 * 3 + 1);
        return thisQuarter.minusMonths(3);
    }

    private static StoryForm form(Demo d, YearMonth lastQuarterStart, LocalDate today, StoryPolicy.Known known) {
        YearMonth from = lastQuarterStart.minusMonths(3L * d.quartersAgo());
        YearMonth to = from.plusMonths(2);
        LocalDate consentOn = earliest(to.atEndOfMonth().plusDays(10), today);
        return new StoryForm(from.toString(), to.toString(), d.title(), d.text(), d.consent(), consentOn.toString(),
                true, knownOrNone(d.sector(), known.sectors().contains(d.sector())),
                knownOrNone(d.targetGroup(), known.targetGroups().contains(d.targetGroup())),
                knownOrNone(d.organisation(), known.organisations().containsKey(d.organisation())));
    }

    /** A code the region knows, or none: partners exist only once the demo region is generated. */
    private static String knownOrNone(String code, boolean known) {
        return code != null && known ? code : "";
    }

    private static LocalDate earliest(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static SteeringAdviceForm quarterly(YearMonth from, YearMonth to, LocalDate decidedOn) {
        return new SteeringAdviceForm(from.toString(), to.toString(), "organisatie", false,
                "De partners plaatsten samen meer mensen dan in hetzelfde kwartaal vorig jaar. De meeste "
                        + "plaatsingen met jobcoaching zijn na drie maanden nog aan het werk. De sectortafel Transport "
                        + "en Logistiek werkt goed: werkgevers melden hun vacatures eerder bij het WSP.",
                "Er stoppen nog te veel plaatsingen in de eerste twee maanden, vooral als de werktijden niet passen "
                        + "bij de zorg voor kinderen. Vacatures in de zorg staan vaak langer dan acht weken open, "
                        + "terwijl er kandidaten zijn die passen.",
                "Klantmanagers bespreken bij het eerste gesprek welke uren iemand echt kan werken. Het WSP vraagt "
                        + "werkgevers om vaste diensten in de eerste maanden. Vacatures die zes weken open staan, "
                        + "bespreken we in het wekelijkse matchoverleg.",
                "WSP: afspraak over vaste diensten in het werkgeversgesprek, vanaf nu. Gemeente: vraag naar "
                        + "werkbare uren in het intakegesprek, binnen een maand. Beleidsmedewerker: in het volgende "
                        + "advies laten zien hoeveel plaatsingen de eerste twee maanden doorkwamen.",
                "", "", "", DECIDED_BY, decidedOn.toString());
    }

    private static SteeringAdviceForm yearly(int year, LocalDate decidedOn) {
        return new SteeringAdviceForm(year + "-01", year + "-12", "organisatie", true,
                "De regio haalde het doel voor uitstroom uit de bijstand bijna. Het aantal plaatsingen in de "
                        + "banenafspraak groeide, vooral in de zorg en de schoonmaak. Werkgevers weten het WSP beter "
                        + "te vinden.",
                "Plaatsingen van 50-plussers en van jongeren zonder startkwalificatie bleven achter bij wat we "
                        + "afspraken. Niet elke partner gaf zijn cijfers op tijd door, waardoor het kwartaalbeeld laat "
                        + "kwam.",
                "We zetten de no-riskpolis en de praktijkroute vaker in en vertellen werkgevers er eerder over. "
                        + "Elke partner levert zijn cijfers uiterlijk twee weken na het einde van het kwartaal aan.",
                "WSP: twee werkgeversbijeenkomsten over de no-riskpolis, in het eerste halfjaar. Scholen en WSP: "
                        + "tien plekken in de praktijkroute, voor de zomer. Alle partners: cijfers binnen twee weken na "
                        + "elk kwartaal.",
                "Inhoud: de partners leverden de afgesproken menskracht en instrumenten. De inzet van "
                        + "jobcoaching was groter dan gepland, en dat werkte.",
                "Proces: het kwartaaloverleg liep zoals afgesproken; de cijfers kwamen soms te laat. Het "
                        + "matchoverleg per week is een goede verbetering.",
                "Relatie: de partners delen de ambitie en spreken elkaar aan als iets niet loopt. We willen de "
                        + "scholen nog meer aan tafel hebben.",
                DECIDED_BY, decidedOn.toString());
    }

    private long count(String sql, Object... args) {
        Long n = jdbc.queryForObject(sql, Long.class, args);
        return n == null ? 0 : n;
    }
}
