package nl.werkmotor.sectorplans.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

import nl.werkmotor.employers.Employer;
import nl.werkmotor.employers.EmployersBySector;
import nl.werkmotor.sectorplans.AdoptedSector;
import nl.werkmotor.sectorplans.FindSectorPlans;
import nl.werkmotor.vacancies.VacanciesReplaced;

/**
 * Believable sector plans for the demo region, written once at the first start of development or tests (never in
 * production: there the adopting organisations write their own): per sector a written analysis, placements to realise
 * locally and regionally, how it is monitored and one or two joint projects, following the fixed parts of
 * Haaglanden's sector plans (Transport, Logistiek en Groothandel and Bouw en Techniek first, with their
 * sectortrekkers). The key accounts are the sector's largest generated employers; the demo region is generated after
 * the start and again whenever asked (its employers get new ids), so when its vacancies are replaced, the key accounts
 * of a demo version that is still the plan's latest are chosen again from the new employers (a demo version only: a
 * plan someone saved is never touched).
 */
@Component
@Profile("(dev | test) & !prod")
class DemoSectorPlans {

    static final String DEMO = "demo-data";
    static final int KEY_ACCOUNTS = 3;

    /** Local and regional placements, the analysis, monitoring and projects (name, partners, goal) per sector. */
    record Plan(int local, int regional, String analysis, String monitoring, List<String[]> projects) {
    }

    private static final String KERNTEAM = "Elk kwartaal bespreken de sectortrekker en de sectormanager de plaatsingen, "
            + "de duurzame plaatsingen na 6 maanden en de vacatures die langer dan 8 weken openstaan met het Kernteam, "
            + "tegen de doelen van het jaarplan; bij achterstand stellen zij een bijsturingsadvies op.";

    static final Map<String, Plan> PLANS = Map.of(
            "BOUW_TECHNIEK", new Plan(30, 55, "De bouw en de installatietechniek zoeken structureel vakmensen: "
                    + "timmerlieden, metselaars, installateurs en monteurs. Door de energietransitie en de "
                    + "woningbouwopgave groeit de vraag de komende jaren. Veel werkzoekenden hebben ervaring in de "
                    + "sector maar geen actueel diploma of VCA; een praktijkroute met leerwerkplekken en jobcoaching "
                    + "verkleint die afstand.", KERNTEAM, List.of(
                    new String[]{"Leerwerkbanen bouwplaats", "ROC Lindeveen, WSP Lindeveen, UWV, bouwbedrijven",
                            "20 werkzoekenden halen via een praktijkroute een mbo-2-certificaat en VCA, met een baan"
                                    + " bij een van de sleutelaccounts"},
                    new String[]{"Installatietechniek voor statushouders", "Gemeente Lindeveen, ROC Lindeveen, "
                            + "Stichting Meedoen", "12 statushouders leren het vak met taalcoaching op de werkvloer"})),
            "TRANSPORT_LOGISTIEK_GROOTHANDEL", new Plan(35, 60, "Distributiecentra en groothandels vragen "
                    + "orderpickers, heftruckchauffeurs en chauffeurs met een C-rijbewijs, vaak in ploegendienst. De "
                    + "vraag is groot en de instap laag, wat kansen geeft voor mensen uit de bijstand en de WW. "
                    + "Knelpunten zijn reistijd naar de bedrijventerreinen en de kosten van het rijbewijs.",
                    KERNTEAM, List.of(
                    new String[]{"Logistieke academie", "WSP Lindeveen, UWV, Sociaal werkbedrijf Werkkracht",
                            "30 kandidaten halen het heftruckcertificaat en starten met een proefplaatsing"},
                    new String[]{"Vervoer naar de bedrijventerreinen", "Gemeente Lindeveen, werkgevers van het "
                            + "bedrijventerrein", "Geen plaatsing stuit op reistijd: een pendelbus bij ploegwissels"})),
            "ZORG_WELZIJN_SCHOONMAAK", new Plan(40, 60, "Zorg en welzijn kampen met vergrijzing van het personeel en "
                    + "een groeiende vraag; de schoonmaak biedt banen met weinig instapeisen, ook voor de "
                    + "banenafspraak. Werkzoekenden met zorgervaring worden via een leerwerktraject helpende of "
                    + "verzorgende.", KERNTEAM, List.<String[]>of(
                    new String[]{"Leren en werken in de zorg", "Gemeente Lindeveen, ROC Lindeveen, zorgaanbieders",
                            "25 zij-instromers starten als helpende zorg en welzijn met een BBL-opleiding"})),
            "HORECA", new Plan(15, 25, "De horeca heeft veel vacatures voor bediening en keuken, vaak in "
                    + "deeltijd en in het seizoen. Jongeren zonder startkwalificatie vinden hier een eerste baan; "
                    + "duurzaamheid vraagt aandacht voor vaste contracten na het seizoen.", KERNTEAM, List.<String[]>of(
                    new String[]{"Seizoen plus", "WSP Lindeveen, horecaondernemers", "Na het seizoen een baan in de "
                            + "zorg of schoonmaak voor wie dat wil"})),
            "ICT", new Plan(8, 15, "ICT-bedrijven zoeken vooral mbo- en hbo-opgeleiden; de instap voor onze "
                    + "doelgroepen ligt bij servicedesk, testen en datalabeling.", KERNTEAM, List.<String[]>of(
                    new String[]{"Servicedesk-traject", "UWV, ROC Lindeveen", "10 mensen met een arbeidsbeperking"
                            + " werken bij een servicedesk, met jobcoaching"})),
            "DETAILHANDEL", new Plan(20, 30, "De detailhandel vraagt verkopers en vakkenvullers, met veel "
                    + "flexibele uren. Geschikt als opstap, zeker met loonkostensubsidie voor de banenafspraak.",
                    KERNTEAM, List.<String[]>of()),
            "BEVEILIGING", new Plan(10, 18, "Beveiligingsbedrijven zoeken beveiligers met een diploma Beveiliger 2;"
                    + " een verklaring omtrent het gedrag is voorwaarde.", KERNTEAM, List.<String[]>of(
                    new String[]{"Opleiding Beveiliger 2", "UWV, beveiligingsbedrijven", "15 werkzoekenden halen het"
                            + " diploma met een baangarantie"})),
            "TUINBOUW", new Plan(12, 25, "De glastuinbouw vraagt productiemedewerkers, in het seizoen veel meer. "
                    + "Werk met weinig instapeisen, met ruimte voor beschut werk en de banenafspraak.", KERNTEAM,
                    List.<String[]>of()),
            "OVERHEID_ONDERWIJS", new Plan(10, 20, "Gemeenten en scholen geven het goede voorbeeld met banen uit de "
                    + "banenafspraak bij de overheid, en zoeken onderwijsassistenten en conciërges.", KERNTEAM,
                    List.<String[]>of()),
            "ZAKELIJKE_DIENSTVERLENING", new Plan(8, 15, "Administratieve en facilitaire functies bij zakelijke "
                    + "dienstverleners; kansen voor mensen met administratieve ervaring uit de WW.", KERNTEAM,
                    List.<String[]>of()));

    private final JdbcTemplate jdbc;
    private final FindSectorPlans plans;
    private final EmployersBySector employers;

    DemoSectorPlans(JdbcTemplate jdbc, FindSectorPlans plans, EmployersBySector employers) {
        this.jdbc = jdbc;
        this.plans = plans;
        this.employers = employers;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void seedOnce() {
        int year = LocalDate.now(ZoneId.of("Europe/Amsterdam")).getYear();
        for (AdoptedSector sector : plans.sectors()) {
            Plan plan = PLANS.get(sector.code());
            Long demo = jdbc.queryForObject("select count(*) from sector_plan_version where sector_code = ? and "
                    + "saved_by = ?", Long.class, sector.code(), DEMO);
            if (plan == null || (demo != null && demo > 0)) {
                continue;
            }
            Integer last = jdbc.queryForObject("select max(version) from sector_plan_version where sector_code = ?",
                    Integer.class, sector.code());
            long id = jdbc.queryForObject("""
                    insert into sector_plan_version (sector_code, version, analysis_text, local_placements,
                        regional_placements, monitoring, saved_by, saved_by_name)
                    values (?, ?, ?, ?, ?, ?, ?, ?) returning id""", Long.class, sector.code(),
                    last == null ? 1 : last + 1, plan.analysis(), plan.local(), plan.regional(), plan.monitoring(), DEMO,
                    sector.adoptingOrganisationName() + " (demo)");
            for (int i = 0; i < plan.projects().size(); i++) {
                String[] p = plan.projects().get(i);
                jdbc.update("""
                        insert into sector_plan_project (version_id, position, name, partners, goal, starts_on, ends_on)
                        values (?, ?, ?, ?, ?, ?, ?)""", id, i, p[0], p[1], p[2], LocalDate.of(year, 1 + 3 * i, 1),
                        LocalDate.of(year + 1, 6, 30));
            }
            keyAccounts(id, sector);
        }
    }

    /** A new demo region: its employers have new ids, so the demo versions get their key accounts again. */
    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(VacanciesReplaced replaced) {
        for (AdoptedSector sector : plans.sectors()) {
            jdbc.query("""
                    select id from sector_plan_version v where sector_code = ? and saved_by = ? and version =
                        (select max(w.version) from sector_plan_version w where w.sector_code = v.sector_code)""",
                    rs -> {
                        keyAccounts(rs.getLong(1), sector);
                    }, sector.code(), DEMO);
        }
    }

    private void keyAccounts(long versionId, AdoptedSector sector) {
        jdbc.update("delete from sector_plan_key_account where version_id = ?", versionId);
        List<Employer> largest = employers.largestIn(sector.sbiSections(), KEY_ACCOUNTS);
        for (int i = 0; i < largest.size(); i++) {
            jdbc.update("insert into sector_plan_key_account (version_id, position, employer_id) values (?, ?, ?)",
                    versionId, i, largest.get(i).id());
        }
    }
}
