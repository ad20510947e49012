package nl.werkmotor.sectorplans.internal;

import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Believable targets of the demo region Lindeveen for this year and the last, written once at the first start of
 * development or tests (never in production: there the beheerder or beleidsmedewerker enters the region's own). The
 * extra banenafspraak target follows Haaglanden's 810 extra placements of 2017 (about 1.1 million inhabitants),
 * scaled to the demo region's size.
 */
@Component
@Profile("(dev | test) & !prod")
class DemoTargets {

    static final String AGREED_BY = "Kernteam arbeidsmarktregio Lindeveen (gemeenten, UWV, WSP)";
    static final String EXTRA = "bovenop de eigen targets van elke organisatie";

    private final JdbcTemplate jdbc;

    DemoTargets(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(0) // before monitoring's demo steering advice (100), whose snapshot holds the targets
    @Transactional
    public void seedOnce() {
        Long existing = jdbc.queryForObject("select count(*) from sector_target", Long.class);
        if (existing != null && existing > 0) {
            return;
        }
        int year = LocalDate.now(ZoneId.of("Europe/Amsterdam")).getYear();
        seed(year - 1, 0);
        seed(year, 10);
    }

    private void seed(int year, int growth) {
        LocalDate kernteam = LocalDate.of(year, 2, 23);
        String percent = growth == 0 ? "" : " (" + growth + "% meer dan vorig jaar)";
        insert(year, "REGION", null, "PLACEMENTS", scaled(220, growth), kernteam, "Jaarplan " + year + percent);
        insert(year, "REGION", null, "LASTING_PLACEMENTS", scaled(140, growth), kernteam, "na 6 maanden nog aan het werk");
        insert(year, "REGION", null, "OUTFLOW", scaled(120, growth), kernteam, "uitstroom uit een uitkering naar werk");
        insert(year, "TARGET_GROUP", "BANENAFSPRAAK", "PLACEMENTS", scaled(24, growth), kernteam,
                "extra plaatsingen banenafspraak, " + EXTRA + " (Haaglanden 2017: 810 extra; naar de omvang van"
                        + " Lindeveen geschaald)");
        insert(year, "ORGANISATION", "gemeente-lindeveen", "PLACEMENTS", scaled(90, growth), kernteam, null);
        insert(year, "ORGANISATION", "uwv", "PLACEMENTS", scaled(70, growth), kernteam, null);
        insert(year, "ORGANISATION", "wsp-lindeveen", "PLACEMENTS", scaled(60, growth), kernteam, null);
        insert(year, "SECTOR", "BOUW_TECHNIEK", "PLACEMENTS", scaled(30, growth), kernteam, "sectorplan Bouw en Techniek");
        insert(year, "SECTOR", "TRANSPORT_LOGISTIEK_GROOTHANDEL", "PLACEMENTS", scaled(30, growth), kernteam,
                "sectorplan Transport, Logistiek en Groothandel");
        insert(year, "SECTOR", "ZORG_WELZIJN_SCHOONMAAK", "PLACEMENTS", scaled(40, growth), kernteam, null);
        insert(year, "TARGET_GROUP", "BIJSTAND", "OUTFLOW", scaled(70, growth), kernteam, null);
        insert(year, "TARGET_GROUP", "WW", "OUTFLOW", scaled(40, growth), kernteam, null);
        insert(year, "TARGET_GROUP", "STATUSHOUDER", "PLACEMENTS", scaled(15, growth), kernteam, null);
        insert(year, "TARGET_GROUP", "PRO_VSO", "PLACEMENTS", scaled(12, growth), kernteam, null);
        insert(year, "TARGET_GROUP", "BESCHUT_WERK", "PLACEMENTS", scaled(6, growth), kernteam, null);
    }

    private static int scaled(int base, int growthPercent) {
        return Math.round(base * (100 + growthPercent) / 100f);
    }

    private void insert(int year, String scope, String key, String kind, int count, LocalDate agreedOn, String note) {
        jdbc.update("""
                insert into sector_target (year, scope, scope_key, kind, count, agreed_by, agreed_on, note, changed_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, 'demo-data')
                """, year, scope, key, kind, count, AGREED_BY, agreedOn, note);
    }
}
