/**
 * Demo region: a believable, fictional arbeidsmarktregio for demonstrations, development and
 * benchmarks, reproducible from a seed, from a few thousand people up to a million.
 * {@link nl.werkmotor.demoregion.GeneratingDemoRegion} builds people (with skills drawn from the ESCO
 * occupations they held), employers, vacancies and learning offers, and replaces them in one
 * transaction, with the region's history of the past 18 months (introductions with their answers and the
 * placements that followed, through the showcase's {@code LoadingIntroductions} and the placements'
 * {@code LoadingPlacements}, which replays each through its policy); {@code demo-data} is its command, and the first {@code serve --dev} start imports
 * taxonomy and places and generates a small region when the database is empty.
 * Calls {@code taxonomy}, {@code places}, {@code people}, {@code employers}, {@code vacancies},
 * {@code learning}, {@code guidance} (demo caseloads), {@code partners} (the region's organisations; their public APIs only), {@code showcase} and {@code placements}
 * (the history), {@code toolbox} (the instruments of the edition in force on a start date) and {@code platform}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo region")
package nl.werkmotor.demoregion;
