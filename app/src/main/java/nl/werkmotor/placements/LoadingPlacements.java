package nl.werkmotor.placements;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

import nl.werkmotor.placements.PlacementFacts.InstrumentUsed;
import nl.werkmotor.platform.BulkLoader;
import nl.werkmotor.platform.BulkLoader.Table;
import nl.werkmotor.platform.Refusal.Reason;
import nl.werkmotor.toolbox.FindEditions;
import nl.werkmotor.toolbox.InstrumentEdition;

/**
 * Replaces every placement with a history made elsewhere (a demo region), streamed into COPY: each history is
 * replayed step by step through {@link PlacementPolicy}, exactly as {@link TakingPlacementStep} would take the steps
 * (lasting ones as the nightly job marks them), and a history the policy refuses stops the load, so the transaction
 * it runs in leaves everything as it was. The instruments of the start get the edition in force on the start date.
 * No processing log: nobody read anyone's data (as for loaded people).
 */
@Component
public class LoadingPlacements {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d-M-yyyy");
    /** Office hours, Dutch time, for the moments a generated step was recorded; the nightly job at 04:05. */
    private static final LocalTime RECORDED_AT = LocalTime.of(10, 0);
    private static final LocalTime NIGHTLY_AT = LocalTime.of(4, 5);

    /**
     * Who recorded or confirmed a placement.
     *
     * @param side CASE_WORKER or ACCOUNTMANAGER
     */
    public record Recorder(String username, String name, String side) {

        public Recorder {
            Side.valueOf(side);
        }
    }

    /**
     * A placement's whole history: the accepted introduction behind it, what it counts by, and the steps after the
     * yes, in order (each as {@link TakePlacementStep}; its placement id is ignored). Lasting steps are taken as the
     * nightly job takes them; the others by {@code recordedBy}, the last of them confirmed by {@code confirmedBy}
     * unless {@code awaitingConfirmation}.
     */
    public record PlacementHistory(long id, long introductionId, long personId, long vacancyId, long employerId,
                                   String organisationId, String accountManager, String employerSector,
                                   String municipalityCode, Set<String> targetGroups, LocalDate acceptedOn,
                                   Recorder recordedBy, Recorder confirmedBy, boolean awaitingConfirmation,
                                   List<TakePlacementStep> steps) {

        public PlacementHistory {
            targetGroups = Set.copyOf(targetGroups);
            steps = List.copyOf(steps);
        }
    }

    /** A history the policy refuses: which placement, which step, and every reason. */
    public static final class HistoryRefused extends IllegalArgumentException {

        private final transient List<Reason> reasons;

        HistoryRefused(PlacementHistory history, TakePlacementStep step, List<Reason> reasons) {
            super("Placement " + history.id() + ": step " + step.step() + " on " + step.on() + " refused: "
                    + reasons.stream().map(Reason::en).collect(Collectors.joining(" ")));
            this.reasons = List.copyOf(reasons);
        }

        public List<Reason> reasons() {
            return reasons;
        }
    }

    /** A replayed history: the placement as it stands after the last step, and its changes. */
    record Replayed(Placement placement, Instant changedAt, List<Change> changes) {
    }

    record Change(PlacementStep step, LocalDate on, String whatNl, String whatEn, Recorder by, Instant at) {
    }

    private static final Recorder NIGHTLY_JOB = new Recorder("werkmotor", "Werkmotor", "CASE_WORKER");

    private static final Table<Replayed> PLACEMENT = new Table<>("""
            placement (id, introduction_id, person_id, vacancy_id, employer_id, organisation_id, account_manager,
                employer_sector, municipality_code, target_groups, step, accepted_on, interview_on, trial_from,
                started_on, aftercare_from, lasting6_on, lasting12_on, ended_on, end_reason, hours_per_week,
                contract_months, outflow_benefit, outflow_on, recorded_by, recorded_as, recorded_at, changed_at,
                to_confirm_by, confirmed_by, confirmed_name, confirmed_as, confirmed_at)""", (r, rows) -> {
        Placement p = r.placement();
        rows.row(p.id(), p.introductionId(), p.personId(), p.vacancyId(), p.employerId(), p.organisationId(),
                p.accountManager(), p.employerSector(), p.municipalityCode(), p.targetGroups().stream().sorted().toList(),
                p.step(), p.acceptedOn(), p.interviewOn(), p.trialFrom(), p.startedOn(), p.aftercareFrom(),
                p.lasting6On(), p.lasting12On(), p.endedOn(), p.endReason(), p.hoursPerWeek(), p.contractMonths(),
                p.outflowBenefit(), p.outflowOn(), p.recordedBy(), p.recordedAs(), p.recordedAt(), r.changedAt(),
                p.toConfirmBy(), p.confirmedBy(), p.confirmedName(), p.confirmedAs(), p.confirmedAt());
    });
    private static final Table<Replayed> INSTRUMENTS = new Table<>(
            "placement_instrument (placement_id, instrument_code, edition_id)", (r, rows) -> r.placement()
            .instruments().forEach(i -> rows.row(r.placement().id(), i.code(), i.editionId())));
    private static final Table<Replayed> CHANGES = new Table<>("""
            placement_change (placement_id, step, step_on, what_nl, what_en, changed_by, changed_name, changed_as,
                changed_at)""", (r, rows) -> r.changes().forEach(c -> rows.row(r.placement().id(), c.step(), c.on(),
            c.whatNl(), c.whatEn(), c.by().username(), c.by().name(), c.by() == NIGHTLY_JOB ? "SYSTEM" : c.by().side(),
            c.at())));

    private final BulkLoader loader;
    private final FindEditions editions;
    private final Clock clock = Clock.system(TakingPlacementStep.NETHERLANDS);

    LoadingPlacements(BulkLoader loader, FindEditions editions) {
        this.loader = loader;
        this.editions = editions;
    }

    /**
     * Empties the placements (their instruments and history with them) and loads these, each replayed through the
     * policy with today's date.
     *
     * @return how many placements were loaded
     * @throws HistoryRefused for the first history with a step the policy refuses; nothing is loaded then (when the
     *                        caller runs it in its transaction, nothing of the caller's either)
     */
    public long replaceAll(Stream<PlacementHistory> histories) {
        LocalDate today = LocalDate.now(clock);
        // the editions read once, the one in force found in memory: a history names hundreds of start dates
        List<InstrumentEdition> all = editions.history();
        Map<LocalDate, Optional<InstrumentEdition>> byDate = new HashMap<>();
        Function<LocalDate, Optional<InstrumentEdition>> editionOn = date -> byDate.computeIfAbsent(date,
                d -> InstrumentEdition.inForceOn(all, d));
        return loader.replace(histories.map(h -> replay(h, today, editionOn)), PLACEMENT, INSTRUMENTS, CHANGES);
    }

    /**
     * Every reason the policy gives against any step of this history, taken on {@code today}; empty when every
     * step may be taken, in order, from the accepted introduction on.
     */
    public static List<Reason> reasonsAgainst(PlacementHistory history, LocalDate today,
                                              Function<LocalDate, Optional<InstrumentEdition>> editionOn) {
        try {
            replay(history, today, editionOn);
            return List.of();
        } catch (HistoryRefused refused) {
            return refused.reasons();
        }
    }

    static Replayed replay(PlacementHistory h, LocalDate today,
                           Function<LocalDate, Optional<InstrumentEdition>> editionOn) {
        Recorder by = h.recordedBy();
        Side side = Side.valueOf(by.side());
        Instant recordedAt = at(h.acceptedOn(), RECORDED_AT);
        Placement current = new Placement(h.id(), h.introductionId(), h.personId(), h.vacancyId(), h.employerId(),
                h.organisationId(), h.accountManager(), h.employerSector(), h.municipalityCode(), h.targetGroups(),
                PlacementStep.ACCEPTED, h.acceptedOn(), null, null, null, null, null, null, null, null, null, null,
                null, null, List.of(), by.username(), side.name(), recordedAt, side.other().name(), null, null, null,
                null);
        List<Change> changes = new ArrayList<>();
        changes.add(new Change(PlacementStep.ACCEPTED, h.acceptedOn(), "Plaatsing vastgelegd na het ja op de "
                + "kennismaking.", "Placement recorded after the yes to the introduction.", by, recordedAt));
        Instant lastRecorded = recordedAt;
        for (TakePlacementStep step : h.steps()) {
            Optional<InstrumentEdition> edition = step.on() == null ? Optional.empty() : editionOn.apply(step.on());
            List<Reason> reasons = PlacementPolicy.check(current, step, today, edition);
            if (!reasons.isEmpty()) {
                throw new HistoryRefused(h, step, reasons);
            }
            PlacementStep next = PlacementPolicy.step(step.step()).orElseThrow();
            boolean nightly = next == PlacementStep.LASTING_6 || next == PlacementStep.LASTING_12;
            List<InstrumentUsed> used = step.instruments().stream()
                    .map(code -> new InstrumentUsed(code, edition.orElseThrow().id())).toList();
            Placement taken = current.taken(next, step, used, current.targetGroups(), side);
            if (nightly) {
                // as the nightly job marks it: the confirmation stays as it was
                Instant at = at(step.on(), NIGHTLY_AT);
                current = confirmation(taken, current.toConfirmBy(), current.confirmedBy(), current.confirmedName(),
                        current.confirmedAs(), current.confirmedAt());
                changes.add(new Change(next, step.on(), "Gemarkeerd als " + next.label(PlacementLog.NL).toLowerCase()
                        + " op " + DAY.format(step.on()) + ".", "Marked as " + next.label(PlacementLog.EN)
                        .toLowerCase() + " on " + DAY.format(step.on()) + ".", NIGHTLY_JOB, at));
            } else {
                Instant at = at(step.on(), RECORDED_AT);
                current = taken;
                lastRecorded = at;
                changes.add(new Change(next, step.on(), "Stap vastgelegd: " + next.label(PlacementLog.NL) + " op "
                        + DAY.format(step.on()) + ".", "Step recorded: " + next.label(PlacementLog.EN) + " on "
                        + DAY.format(step.on()) + ".", by, at));
            }
        }
        if (!h.awaitingConfirmation()) {
            Recorder confirmer = h.confirmedBy();
            current = confirmation(current, null, confirmer.username(), confirmer.name(), confirmer.side(),
                    lastRecorded.plusSeconds(3_600));
        }
        Instant changedAt = changes.stream().map(Change::at).max(Instant::compareTo).orElseThrow();
        if (current.confirmedAt() != null && current.confirmedAt().isAfter(changedAt)) {
            changedAt = current.confirmedAt();
        }
        return new Replayed(current, changedAt, changes);
    }

    private static Placement confirmation(Placement p, String toConfirmBy, String confirmedBy, String confirmedName,
                                          String confirmedAs, Instant confirmedAt) {
        return new Placement(p.id(), p.introductionId(), p.personId(), p.vacancyId(), p.employerId(),
                p.organisationId(), p.accountManager(), p.employerSector(), p.municipalityCode(), p.targetGroups(),
                p.step(), p.acceptedOn(), p.interviewOn(), p.trialFrom(), p.startedOn(), p.aftercareFrom(),
                p.lasting6On(), p.lasting12On(), p.endedOn(), p.endReason(), p.hoursPerWeek(), p.contractMonths(),
                p.outflowBenefit(), p.outflowOn(), p.instruments(), p.recordedBy(), p.recordedAs(), p.recordedAt(),
                toConfirmBy, confirmedBy, confirmedName, confirmedAs, confirmedAt);
    }

    private static Instant at(LocalDate day, LocalTime time) {
        return day.atTime(time).atZone(TakingPlacementStep.NETHERLANDS).toInstant();
    }
}
