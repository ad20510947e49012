package nl.werkmotor.sectorplans;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.werkmotor.WerkmotorTest;
import nl.werkmotor.taxonomy.Sector;

/**
 * The public API monitoring reads: the ten seeded sectors of Haaglanden's approach, every SBI section in exactly one
 * of them, and the demo region's targets of this year and the last, with the extra banenafspraak target.
 */
@WerkmotorTest
class FindingSectorsAndTargetsIT {

    @Autowired
    FindSectors sectors;
    @Autowired
    FindTargets targets;

    @Test
    void theTenSectorsCoverEverySbiSectionOnce() {
        assertThat(sectors.all()).hasSize(10).first().extracting(RegionSector::code)
                .isEqualTo("ZORG_WELZIJN_SCHOONMAAK");
        for (Sector sbi : Sector.values()) {
            assertThat(sectors.all().stream().filter(s -> s.sbiSections().contains(sbi))).as(sbi.name()).hasSize(1);
        }
        assertThat(sectors.sectorOf("CONSTRUCTION")).hasValueSatisfying(s -> {
            assertThat(s.code()).isEqualTo("BOUW_TECHNIEK");
            assertThat(s.adoptingOrganisationId()).isEqualTo("wsp-lindeveen");
        });
        assertThat(sectors.sectorOf("f")).map(RegionSector::code).hasValue("BOUW_TECHNIEK");
        assertThat(sectors.sectorOf("MINING")).isEmpty();
        assertThat(sectors.sectorOf((String) null)).isEmpty();
    }

    @Test
    void theDemoHasTargetsForThisYearAndTheLastWithWhoAgreedThem() {
        int year = LocalDate.now().getYear();
        assertThat(targets.targetsFor(year)).isNotEmpty().allSatisfy(t -> {
            assertThat(t.year()).isEqualTo(year);
            assertThat(t.agreedBy()).startsWith("Kernteam");
        });
        assertThat(targets.targetsFor(year - 1)).isNotEmpty();
        assertThat(targets.targetsFor(year).getFirst().scope()).isEqualTo(TargetScope.REGION);
        assertThat(targets.targetsFor(year)).anySatisfy(t -> {
            assertThat(t.scope()).isEqualTo(TargetScope.TARGET_GROUP);
            assertThat(t.scopeKey()).isEqualTo("BANENAFSPRAAK");
            assertThat(t.note()).contains("bovenop de eigen targets");
        });
    }
}
