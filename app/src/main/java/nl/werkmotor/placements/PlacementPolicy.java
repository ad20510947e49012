package nl.werkmotor.placements;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import nl.werkmotor.platform.Refusal;
import nl.werkmotor.showcase.FindIntroductionsForPlacement.IntroductionForPlacement;
import nl.werkmotor.toolbox.InstrumentEdition;
import nl.werkmotor.platform.Refusal.Reason;

/**
 * Which step may follow which, and what each needs, as named rules that give a reason (Dutch B1 and English) for
 * every problem at once: the steps go in order (an interview after the yes, a trial placement if there is one, the
 * start, aftercare, lasting at 6 then 12 months), an early end may follow any step but the last; no step after an
 * ended one or after lasting 12 months; no date before the previous step's, none in the future; lasting only from
 * its day (6 or 12 months after the start) and only while the contract runs that long; the start needs its hours
 * and a contract length (or open-ended), the end its reason; an outflow names a known benefit and its day, not
 * before the start. Pure: the caller saves nothing when a reason comes back.
 */
final class PlacementPolicy {

    static final Set<String> BENEFITS = Set.of("BIJSTAND", "WW", "WAJONG", "WIA");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d-M-yyyy");

    private static final Map<PlacementStep, Set<PlacementStep>> NEXT = Map.of(
            PlacementStep.ACCEPTED, EnumSet.of(PlacementStep.INTERVIEW, PlacementStep.ENDED),
            PlacementStep.INTERVIEW, EnumSet.of(PlacementStep.TRIAL, PlacementStep.STARTED, PlacementStep.ENDED),
            PlacementStep.TRIAL, EnumSet.of(PlacementStep.STARTED, PlacementStep.ENDED),
            PlacementStep.STARTED, EnumSet.of(PlacementStep.AFTERCARE, PlacementStep.LASTING_6, PlacementStep.ENDED),
            PlacementStep.AFTERCARE, EnumSet.of(PlacementStep.LASTING_6, PlacementStep.ENDED),
            PlacementStep.LASTING_6, EnumSet.of(PlacementStep.LASTING_12, PlacementStep.ENDED),
            PlacementStep.LASTING_12, EnumSet.noneOf(PlacementStep.class),
            PlacementStep.ENDED, EnumSet.noneOf(PlacementStep.class));

    private PlacementPolicy() {
    }

    /** The steps that may follow this one, in order. */
    static List<PlacementStep> next(PlacementStep from) {
        return NEXT.get(from).stream().sorted().toList();
    }

    static Optional<PlacementStep> step(String name) {
        return Arrays.stream(PlacementStep.values())
                .filter(s -> s.name().equalsIgnoreCase(name == null ? "" : name.strip())).findFirst();
    }

    /** Every reason this step may not be taken now; empty when it may. */
    /**
     * Every reason no placement may be recorded for this introduction; empty when it may.
     *
     * @param existing the placement already recorded for it, if any
     */
    static List<Reason> checkRecording(IntroductionForPlacement introduction, boolean existing) {
        List<Reason> reasons = new ArrayList<>();
        if (!introduction.accepted()) {
            reasons.add(new Reason("kennismaking", "Een plaatsing kan pas als de klant ja heeft gezegd tegen de "
                    + "kennismaking.", "A placement can be recorded only after the client said yes to the introduction."));
        }
        if (existing) {
            reasons.add(new Reason("kennismaking", "Voor deze kennismaking is al een plaatsing vastgelegd.",
                    "A placement has already been recorded for this introduction."));
        }
        return reasons;
    }

    /** Every reason this side may not confirm the placement's last change now; empty when it may. */
    static List<Reason> checkConfirmation(Placement current, Side side) {
        if (current.toConfirmBy() == null) {
            return List.of(new Reason("bevestiging", "Er is niets te bevestigen: de laatste stap is al bevestigd.",
                    "There is nothing to confirm: the last step has been confirmed already."));
        }
        if (!current.toConfirmBy().equals(side.name())) {
            return List.of(new Reason("bevestiging", "U hebt deze stap zelf vastgelegd. " + capital(side.other()
                    .label(Locale.forLanguageTag("nl"))) + " bevestigt hem.", "You recorded this step yourself. "
                    + capital(side.other().label(Locale.ENGLISH)) + " confirms it."));
        }
        return List.of();
    }

    private static String capital(String text) {
        return text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }

    /**
     * Every reason this step may not be taken now; empty when it may.
     *
     * @param editionOnDate the Toolbox edition in force on the step's date (the start's instruments must be in it);
     *                      empty before the first edition
     */
    static List<Reason> check(Placement current, TakePlacementStep command, LocalDate today,
                              Optional<InstrumentEdition> editionOnDate) {
        Refusal.Reasons reasons = new Refusal.Reasons();
        command.unreadable().forEach(r -> reasons.add(r.field(), r.nl(), r.en()));
        Optional<PlacementStep> named = step(command.step());
        if (named.isEmpty()) {
            reasons.add("stap", "Kies een stap uit de lijst.", "Choose a step from the list.");
        } else if (current.step().isFinal()) {
            reasons.add("stap", "Na '" + nl(current.step()) + "' kan geen stap meer volgen.",
                    "No step can follow '" + en(current.step()) + "'.");
        } else if (!NEXT.get(current.step()).contains(named.get())) {
            reasons.add("stap", "Na '" + nl(current.step()) + "' kan '" + nl(named.get()) + "' niet volgen. Wel: "
                    + next(current.step()).stream().map(PlacementPolicy::nl).collect(Collectors.joining(", ")) + ".",
                    "'" + en(named.get()) + "' cannot follow '" + en(current.step()) + "'. These can: "
                    + next(current.step()).stream().map(PlacementPolicy::en).collect(Collectors.joining(", ")) + ".");
        }
        LocalDate on = command.on();
        if (on == null && command.unreadable().stream().noneMatch(r -> r.field().equals("datum"))) {
            reasons.add("datum", "Vul de datum van de stap in.", "Fill in the date of the step.");
        } else if (on != null) {
            if (current.stepOn() != null && on.isBefore(current.stepOn())) {
                reasons.add("datum", "De datum ligt vóór de vorige stap ('" + nl(current.step()) + "' op "
                        + DAY.format(current.stepOn()) + ").", "The date is before the previous step ('"
                        + en(current.step()) + "' on " + DAY.format(current.stepOn()) + ").");
            }
            if (on.isAfter(today)) {
                reasons.add("datum", "De datum ligt in de toekomst. Leg een stap vast als die gezet is.",
                        "The date is in the future. Record a step once it has been taken.");
            }
        }
        named.filter(s -> !current.step().isFinal() && NEXT.get(current.step()).contains(s))
                .ifPresent(s -> checkStep(current, s, command, reasons));
        if (!command.instruments().isEmpty() && named.filter(s -> s == PlacementStep.STARTED).isEmpty()) {
            reasons.add("instrumenten", "Instrumenten legt u vast bij de start van het werk.",
                    "Instruments are recorded at the start of the work.");
        } else if (!command.instruments().isEmpty() && command.on() != null) {
            instruments(command, editionOnDate, reasons);
        }
        return reasons.reasons();
    }

    private static void instruments(TakePlacementStep command, Optional<InstrumentEdition> edition,
                                    Refusal.Reasons reasons) {
        if (edition.isEmpty()) {
            reasons.add("instrumenten", "Op " + DAY.format(command.on()) + " gold nog geen editie van de Toolbox.",
                    "No edition of the Toolbox was in force on " + DAY.format(command.on()) + ".");
            return;
        }
        List<String> unknown = command.instruments().stream()
                .filter(code -> edition.get().instrument(code).filter(i -> i.inForceOn(command.on())).isEmpty())
                .toList();
        if (!unknown.isEmpty()) {
            reasons.add("instrumenten", "Deze instrumenten stonden op " + DAY.format(command.on())
                    + " niet in de Toolbox: " + String.join(", ", unknown) + ".", "These instruments were not in the "
                    + "Toolbox on " + DAY.format(command.on()) + ": " + String.join(", ", unknown) + ".");
        }
        if (command.instruments().stream().distinct().count() < command.instruments().size()) {
            reasons.add("instrumenten", "Noem elk instrument één keer.", "Name each instrument once.");
        }
    }

    private static void checkStep(Placement current, PlacementStep step, TakePlacementStep command,
                                  Refusal.Reasons reasons) {
        switch (step) {
            case STARTED -> {
                contract(command, reasons);
                outflow(command, command.on(), reasons);
            }
            case AFTERCARE -> {
                if (current.outflowBenefit() == null) {
                    outflow(command, current.startedOn(), reasons);
                }
            }
            case LASTING_6 -> lasting(current, 6, command.on(), reasons);
            case LASTING_12 -> lasting(current, 12, command.on(), reasons);
            case ENDED -> reasons.text("reden", command.endReason(), 500, "de reden van het stoppen",
                    "the reason it ended");
            default -> {
            }
        }
    }

    private static void contract(TakePlacementStep command, Refusal.Reasons reasons) {
        Integer hours = command.hoursPerWeek();
        if (hours == null || hours < 1 || hours > 60) {
            reasons.add("urenPerWeek", "Vul het aantal uren per week in: 1 tot en met 60.",
                    "Fill in the hours per week: 1 to 60.");
        }
        Integer months = command.contractMonths();
        if (months != null && (months < 1 || months > 120)) {
            reasons.add("contractMaanden", "Vul de lengte van het contract in: 1 tot en met 120 maanden, of laat het "
                    + "leeg voor een vast contract.", "Fill in the contract's length: 1 to 120 months, or leave it "
                    + "empty for an open-ended contract.");
        }
    }

    private static void outflow(TakePlacementStep command, LocalDate notBefore, Refusal.Reasons reasons) {
        String benefit = command.outflowBenefit() == null ? "" : command.outflowBenefit().strip();
        if (benefit.isEmpty()) {
            if (command.outflowOn() != null) {
                reasons.add("uitstroomUitkering", "Kies de uitkering waar de klant uit stroomt, of laat de datum leeg.",
                        "Choose the benefit the client leaves, or leave the date empty.");
            }
            return;
        }
        if (!BENEFITS.contains(benefit.toUpperCase(Locale.ROOT))) {
            reasons.add("uitstroomUitkering", "Kies een uitkering: bijstand, WW, Wajong of WIA.",
                    "Choose a benefit: social assistance, WW, Wajong or WIA.");
        }
        if (command.outflowOn() == null) {
            if (command.unreadable().stream().noneMatch(r -> r.field().equals("uitstroomDatum"))) {
                reasons.add("uitstroomDatum", "Vul in op welke dag de klant uit de uitkering stroomt.",
                        "Fill in the day the client leaves the benefit.");
            }
        } else if (notBefore != null && command.outflowOn().isBefore(notBefore)) {
            reasons.add("uitstroomDatum", "De uitstroom ligt vóór de start van het werk (" + DAY.format(notBefore)
                    + ").", "The outflow is before the start of the work (" + DAY.format(notBefore) + ").");
        }
    }

    private static void lasting(Placement current, int months, LocalDate on, Refusal.Reasons reasons) {
        LocalDate day = current.lastingDay(months);
        if (day == null) {
            return; // not started: the order of the steps already refuses it
        }
        if (on != null && on.isBefore(day)) {
            reasons.add("datum", "Duurzaam na " + months + " maanden kan pas vanaf " + DAY.format(day) + ", " + months
                    + " maanden na de start.", "Lasting at " + months + " months can be recorded from "
                    + DAY.format(day) + " only, " + months + " months after the start.");
        }
        if (!current.contractReaches(months)) {
            reasons.add("stap", "Het contract eindigt op " + DAY.format(current.contractEnd()) + ", vóór " + months
                    + " maanden na de start: dit werk kan niet duurzaam na " + months + " maanden zijn.",
                    "The contract ends on " + DAY.format(current.contractEnd()) + ", before " + months
                    + " months after the start: this work cannot last " + months + " months.");
        }
    }

    private static String nl(PlacementStep step) {
        return step.label(Locale.forLanguageTag("nl")).toLowerCase(Locale.ROOT);
    }

    private static String en(PlacementStep step) {
        return step.label(Locale.ENGLISH).toLowerCase(Locale.ROOT);
    }
}
