package nl.werkmotor.sectorplans;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import nl.werkmotor.employers.FindEmployers;
import nl.werkmotor.identity.CurrentUser;
import nl.werkmotor.identity.FindCurrentUser;
import nl.werkmotor.platform.Refusal;
import nl.werkmotor.taxonomy.Sector;
import nl.werkmotor.web.ApiProblem;
import nl.werkmotor.web.ApiProblem.Message;

/**
 * The region's sectors and their plans: read by the region's professionals (not employers, not job seekers); a new
 * version saved by the adopting organisation's account managers and beleidsmedewerkers, and the beheerder
 * ({@link SectorPlanPolicy}, also in web.SecurityConfiguration). Aggregates only: the analysis's small figures are
 * suppressed.
 */
@RestController
class SectorPlanApi {

    private final FindSectorPlans plans;
    private final AnalysingSectors analysing;
    private final SavingSectorPlan saving;
    private final ChangingSectorLead changingLead;
    private final FindEmployers employers;
    private final FindCurrentUser currentUser;

    SectorPlanApi(FindSectorPlans plans, AnalysingSectors analysing, SavingSectorPlan saving,
                  ChangingSectorLead changingLead, FindEmployers employers, FindCurrentUser currentUser) {
        this.plans = plans;
        this.analysing = analysing;
        this.saving = saving;
        this.changingLead = changingLead;
        this.employers = employers;
        this.currentUser = currentUser;
    }

    /** An organisation of the region: its id (as its staff's logins carry it) and name. */
    record Organisatie(String id, String naam) {
    }

    /** The sectortrekker (sector lead) and their organisation. */
    record Trekker(String naam, Organisatie organisatie) {
    }

    /**
     * A region sector.
     *
     * @param code       e.g. BOUW_TECHNIEK
     * @param sbiSecties the SBI sections (letters) whose employers belong to it
     * @param trekker    absent while none is named
     */
    record SectorUitvoer(String code, String naam, String naamEn, List<String> sbiSecties,
                         Organisatie adopterendeOrganisatie, Trekker trekker) {

        static SectorUitvoer of(AdoptedSector s) {
            return new SectorUitvoer(s.code(), s.nameNl(), s.nameEn(), s.sbiSections().stream()
                    .map(Sector::sbiSection).toList(), new Organisatie(s.adoptingOrganisationId(),
                    s.adoptingOrganisationName()), s.hasTrekker() ? new Trekker(s.trekkerName(), new Organisatie(
                    s.trekkerOrganisationId(), s.trekkerOrganisationName())) : null);
        }
    }

    /** A plan's version in short: who saved it and when. */
    record Versie(int versie, String opgeslagenDoor, String opgeslagenOp) {

        static Versie of(SectorPlan p) {
            return new Versie(p.version(), p.savedByName(), p.savedAt().toString());
        }
    }

    /** The current plan of a sector in short. */
    record PlanSamenvatting(String sector, String naam, Versie versie, int plaatsingenLokaal,
                            int plaatsingenRegionaal) {
    }

    /**
     * A figure of the analysis: {@code aantal}, or {@code onderdrukt: true} without {@code aantal} for 1 to 4 (or a
     * part whose difference with its whole would be 1 to 4).
     */
    record Cijfer(Long aantal, boolean onderdrukt) {

        static Cijfer of(SectorAnalysis.Figure f) {
            return new Cijfer(f.count(), f.suppressed());
        }
    }

    /** @param beroep the ESCO occupation's URI */
    record GevraagdBeroep(String beroep, String naam, Cijfer openVacatures) {
    }

    /**
     * The computed sector analysis, from the region's own data at {@code geteldOp}.
     *
     * @param langerDan8WekenOpen open vacancies entered more than 8 weeks ago (where the entry date is known)
     * @param werkzoekenden       job seekers who wish to work in the sector or worked in an occupation its vacancies
     *                            ask for
     */
    record Analyse(Cijfer werkgevers, Cijfer openVacatures, Cijfer langerDan8WekenOpen,
                   List<GevraagdBeroep> meestGevraagd, Cijfer werkzoekenden, String geteldOp) {

        static Analyse of(SectorAnalysis a) {
            return new Analyse(Cijfer.of(a.employers()), Cijfer.of(a.openVacancies()), Cijfer.of(a.openLong()),
                    a.mostAsked().stream().map(o -> new GevraagdBeroep(o.occupationUri(), o.name(),
                            Cijfer.of(o.vacancies()))).toList(), Cijfer.of(a.jobSeekers()), a.countedAt().toString());
        }
    }

    /** A key account: an employer by id and name (absent when the employer is no longer known). */
    record Sleutelaccount(long werkgever, String naam) {
    }

    /** A joint sector project; dates YYYY-MM-DD. */
    record Project(String naam, String partners, String doel, String van, String tot) {
    }

    /** A sector's plan as last saved, with its computed analysis and every version. */
    record PlanUitvoer(SectorUitvoer sector, int versie, String opgeslagenDoor, String opgeslagenOp,
                       String analyseTekst, Analyse analyse, int plaatsingenLokaal, int plaatsingenRegionaal,
                       List<Sleutelaccount> sleutelaccounts, List<Project> projecten, String monitoring,
                       List<Versie> versies) {
    }

    /**
     * A new version of a plan: every part, as the plan has them.
     *
     * @param sleutelaccounts employers' ids
     * @param projecten       dates as YYYY-MM-DD or day-month-year
     */
    record PlanInvoer(String analyseTekst, Integer plaatsingenLokaal, Integer plaatsingenRegionaal,
                      List<Long> sleutelaccounts, List<Project> projecten, String monitoring) {

        SectorPlanForm form() {
            return new SectorPlanForm(analyseTekst, text(plaatsingenLokaal), text(plaatsingenRegionaal),
                    sleutelaccounts == null ? List.of() : sleutelaccounts.stream().map(PlanInvoer::text).toList(),
                    projecten == null ? List.of() : projecten.stream().map(p -> p == null ? null
                            : new SectorPlanForm.Project(p.naam(), p.partners(), p.doel(), p.van(), p.tot())).toList(),
                    monitoring);
        }

        private static String text(Object value) {
            return value == null ? "" : value.toString();
        }
    }

    @GetMapping("/api/v1/sectoren")
    List<SectorUitvoer> sectors() {
        return plans.sectors().stream().map(SectorUitvoer::of).toList();
    }

    /**
     * Who adopts a sector and who leads it.
     *
     * @param trekker                the sectortrekker's name; empty (with an empty organisation) for none
     * @param trekkerOrganisatie     the organisation id of the trekker's organisation, a partner of the region
     * @param adopterendeOrganisatie the adopting organisation's id; absent or the same to keep it (the beheerder alone
     *                               changes it)
     */
    record AdoptieInvoer(String trekker, String trekkerOrganisatie, String adopterendeOrganisatie) {
    }

    /**
     * @throws ApiProblem 400 naming every field to fix (nothing is changed), 403 for another organisation's sector,
     *                    404 for a code no sector has
     */
    @PutMapping("/api/v1/sectoren/{code}")
    SectorUitvoer changeLead(@PathVariable String code, @RequestBody AdoptieInvoer body) {
        return answered(code, () -> SectorUitvoer.of(changingLead.change(new ChangeSectorLead(code,
                new SectorLeadForm(body.trekker(), body.trekkerOrganisatie(), body.adopterendeOrganisatie()), user()))));
    }

    @GetMapping("/api/v1/sectorplannen")
    List<PlanSamenvatting> list() {
        Map<String, SectorPlan> current = plans.currentPlans();
        return plans.sectors().stream().filter(s -> current.containsKey(s.code())).map(s -> {
            SectorPlan p = current.get(s.code());
            return new PlanSamenvatting(s.code(), s.nameNl(), Versie.of(p), p.localPlacements(),
                    p.regionalPlacements());
        }).toList();
    }

    @GetMapping("/api/v1/sectorplannen/{code}")
    PlanUitvoer one(@PathVariable String code, Locale locale) {
        AdoptedSector sector = plans.sector(code).orElseThrow(() -> notFound(code));
        return output(sector, plans.current(code).orElseThrow(), locale);
    }

    /**
     * @throws ApiProblem 400 naming every field to fix (nothing is saved), 403 for another organisation's sector,
     *                    404 for a code no sector has
     */
    @PutMapping("/api/v1/sectorplannen/{code}")
    PlanUitvoer save(@PathVariable String code, @RequestBody PlanInvoer body, Locale locale) {
        return answered(code, () -> {
            SectorPlan saved = saving.save(new SaveSectorPlan(code, body.form(), user()));
            return output(plans.sector(code).orElseThrow(), saved, locale);
        });
    }

    /** What a change answers, or the problem: 404 for no such sector, 403 not allowed, 400 naming every field. */
    private static <T> T answered(String code, java.util.function.Supplier<T> change) {
        try {
            return change.get();
        } catch (SectorNotFound absent) {
            throw notFound(code);
        } catch (NotAllowed refused) {
            throw ApiProblem.forbidden(new Message("Niet toegestaan", "Not allowed"), refused.reason());
        } catch (Refusal refused) {
            throw ApiProblem.invalid(refused);
        }
    }

    private PlanUitvoer output(AdoptedSector sector, SectorPlan plan, Locale locale) {
        return new PlanUitvoer(SectorUitvoer.of(sector), plan.version(), plan.savedByName(), plan.savedAt().toString(),
                plan.analysisText(), Analyse.of(analysing.of(sector, locale)), plan.localPlacements(),
                plan.regionalPlacements(), plan.keyAccounts().stream().map(id -> new Sleutelaccount(id,
                employers.byId(id).map(e -> e.name()).orElse(null))).toList(), plan.projects().stream()
                .map(p -> new Project(p.name(), p.partners(), p.goal(), p.startsOn().toString(),
                        p.endsOn().toString())).toList(), plan.monitoring(),
                plans.versions(sector.code()).reversed().stream().map(Versie::of).toList());
    }

    private CurrentUser user() {
        return currentUser.current().orElseThrow();
    }

    static ApiProblem notFound(String code) {
        String shown = code.length() > 40 ? code.substring(0, 40) + "…" : code;
        return ApiProblem.notFound(new Message("Sector niet gevonden", "Sector not found"),
                new Message("Er is geen sector " + shown + " in de regio.", "There is no sector " + shown
                        + " in the region."));
    }
}
