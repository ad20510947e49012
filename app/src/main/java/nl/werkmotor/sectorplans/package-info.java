/**
 * Sector plans and targets (issue 13, item 4): the region's sectors (by default the ten of Haaglanden's sector
 * approach), each mapped to one or more SBI sections of {@link nl.werkmotor.taxonomy.Sector} so that any module can
 * place an employer (and a placement) in a region sector ({@link nl.werkmotor.sectorplans.FindSectors}), each adopted
 * by exactly one organisation of the region and led by a sectortrekker (the sector's lead, named with their
 * organisation). A {@link nl.werkmotor.sectorplans.SectorPlan} per sector holds the fixed parts of a sector plan: the
 * sector analysis (computed from the region's own vacancies and people, aggregates only, cells under 5 suppressed,
 * plus a written part), the placements to realise locally and regionally, key accounts, joint sector projects and how
 * the plan is monitored and steered; every saved version is kept with who saved it.
 * <p>
 * {@link nl.werkmotor.sectorplans.Target}s per year for the region, an organisation, a sector or a target group, each
 * with who agreed it, when and a note ("bovenop de eigen targets"), read by monitoring through
 * {@link nl.werkmotor.sectorplans.FindTargets}. Nothing here is about one person, so nothing goes into the processing
 * log. Pages {@code /sectorplannen} and {@code /doelen}, API {@code /api/v1/sectoren}, {@code /api/v1/sectorplannen},
 * {@code /api/v1/doelen}.
 * <p>
 * Who may: {@link nl.werkmotor.sectorplans.SectorPlanPolicy} (the region's professionals read; the adopting
 * organisation's account managers and beleidsmedewerkers and the beheerder save a plan
 * ({@link nl.werkmotor.sectorplans.SavingSectorPlan}) and name its sectortrekker
 * ({@link nl.werkmotor.sectorplans.ChangingSectorLead}); the beheerder alone moves a sector to another organisation)
 * and {@link nl.werkmotor.sectorplans.TargetPolicy} (the beleidsmedewerker and beheerder set targets,
 * {@link nl.werkmotor.sectorplans.SettingTarget}). The computed analysis ({@link nl.werkmotor.sectorplans.AnalysingSectors})
 * asks the owning modules for counts only (employers' {@code EmployersBySector}, vacancies' {@code CountingVacancies},
 * people's {@code CountingJobSeekers}) and suppresses the small ones itself.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Sector plans and targets")
package nl.werkmotor.sectorplans;
