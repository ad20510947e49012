package nl.werkmotor.monitoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.werkmotor.sectorplans.Target;
import nl.werkmotor.sectorplans.TargetKind;
import nl.werkmotor.sectorplans.TargetScope;

/**
 * The targets (doelstellingen) beside a period's figures: per row (organisation, region sector or target group) and
 * for the region, per measure (placements, lasting 6 months, outflow). A target is agreed per year; for a period it
 * is prorated: each year's number times the period's months in that year, divided by 12, summed and rounded half up.
 * Several targets for the same scope and kind in a year (e.g. "on top of each organisation's own") add up. A target
 * is no personal data and is never suppressed; the progress beside it is, with its count.
 */
public final class Targets {

    static final String HOW = "Doel: het afgesproken jaardoel (sectorplannen), naar rato van de maanden van de "
            + "periode in dat jaar (jaardoel x maanden / 12, opgeteld over de jaren, afgerond).";

    static final Targets NONE = new Targets(Map.of(), Map.of());

    private final Map<String, Map<Measure, Long>> rows;
    private final Map<Measure, Long> region;

    private Targets(Map<String, Map<Measure, Long>> rows, Map<Measure, Long> region) {
        this.rows = rows;
        this.region = region;
    }

    public Optional<Long> forRow(String key, Measure measure) {
        return Optional.ofNullable(rows.getOrDefault(key, Map.of()).get(measure));
    }

    public Optional<Long> forRegion(Measure measure) {
        return Optional.ofNullable(region.get(measure));
    }

    static Targets of(List<Target> agreed, YearMonth from, YearMonth to, Per per) {
        TargetScope scope = switch (per) {
            case ORGANISATION -> TargetScope.ORGANISATION;
            case SECTOR -> TargetScope.SECTOR;
            case TARGET_GROUP -> TargetScope.TARGET_GROUP;
            default -> null;
        };
        Map<String, Map<Measure, BigDecimal>> rows = new HashMap<>();
        Map<Measure, BigDecimal> region = new EnumMap<>(Measure.class);
        for (Target t : agreed) {
            Measure measure = measure(t.kind());
            long months = monthsIn(t.year(), from, to);
            if (months == 0) {
                continue;
            }
            BigDecimal part = BigDecimal.valueOf(t.count()).multiply(BigDecimal.valueOf(months))
                    .divide(BigDecimal.valueOf(12), 6, RoundingMode.HALF_UP);
            if (t.scope() == TargetScope.REGION) {
                region.merge(measure, part, BigDecimal::add);
            } else if (t.scope() == scope && t.scopeKey() != null) {
                rows.computeIfAbsent(t.scopeKey(), k -> new EnumMap<>(Measure.class)).merge(measure, part,
                        BigDecimal::add);
            }
        }
        Map<String, Map<Measure, Long>> rounded = new HashMap<>();
        rows.forEach((key, targets) -> rounded.put(key, round(targets)));
        return new Targets(rounded, round(region));
    }

    static long monthsIn(int year, YearMonth from, YearMonth to) {
        YearMonth first = from.getYear() < year ? YearMonth.of(year, 1) : from;
        YearMonth last = to.getYear() > year ? YearMonth.of(year, 12) : to;
        return first.getYear() != year || last.getYear() != year || first.isAfter(last) ? 0
                : last.getMonthValue() - first.getMonthValue() + 1;
    }

    private static Measure measure(TargetKind kind) {
        return switch (kind) {
            case PLACEMENTS -> Measure.PLACEMENTS;
            case LASTING_PLACEMENTS -> Measure.LASTING_6;
            case OUTFLOW -> Measure.OUTFLOW;
        };
    }

    private static Map<Measure, Long> round(Map<Measure, BigDecimal> targets) {
        Map<Measure, Long> rounded = new EnumMap<>(Measure.class);
        targets.forEach((m, v) -> rounded.put(m, v.setScale(0, RoundingMode.HALF_UP).longValueExact()));
        return rounded;
    }
}
