package nl.werkmotor.toolbox;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import nl.werkmotor.identity.CurrentUser;
import nl.werkmotor.identity.FindCurrentUser;
import nl.werkmotor.platform.Refusal.Reason;

/**
 * A beheerder starts a new edition as a draft: a copy of the latest published edition, with the date it is to take
 * effect (1 March or 1 October, not in the past) and what changes and why. The draft changes nothing until it is
 * reviewed and published.
 */
@Component
public class PreparingEdition {

    private final Editions editions;
    private final FindCurrentUser users;
    private final Clock clock = ToolboxClock.SYSTEM;

    PreparingEdition(Editions editions, FindCurrentUser users) {
        this.editions = editions;
        this.users = users;
    }

    /** @return the draft's id */
    public long prepare(PrepareEdition command) {
        List<Reason> reasons = new ArrayList<>();
        LocalDate date = null;
        try {
            date = LocalDate.parse(command.takesEffectOn() == null ? "" : command.takesEffectOn().strip());
            if (!InstrumentEdition.isEffectiveDate(date)) {
                reasons.add(new Reason("ingangsdatum", "Een editie gaat in op 1 maart of 1 oktober.",
                        "An edition takes effect on 1 March or 1 October."));
            } else if (date.isBefore(LocalDate.now(clock))) {
                reasons.add(new Reason("ingangsdatum", "Die datum is voorbij. Kies 1 maart of 1 oktober die nog komt.",
                        "That date has passed. Choose a 1 March or 1 October still to come."));
            }
        } catch (DateTimeParseException notADate) {
            reasons.add(new Reason("ingangsdatum", "Vul een datum in, zoals 2027-03-01.",
                    "Enter a date, such as 2027-03-01."));
        }
        ChangeKind kind = null;
        try {
            kind = ChangeKind.valueOf(command.changeKind() == null ? "" : command.changeKind());
        } catch (IllegalArgumentException unknown) {
            // below
        }
        if (kind == null || kind == ChangeKind.FIRST_EDITION) {
            reasons.add(new Reason("soort", "Kies waarom de Toolbox verandert.", "Choose why the Toolbox changes."));
        }
        String what = command.whatChanged() == null ? "" : command.whatChanged().strip();
        if (what.isEmpty()) {
            reasons.add(new Reason("wat", "Schrijf op wat er verandert en waarom.", "Write down what changes and why."));
        } else if (what.length() > 4000) {
            reasons.add(new Reason("wat", "Hoogstens 4000 tekens.", "At most 4,000 characters."));
        }
        if (!reasons.isEmpty()) {
            throw new EditionRefused(reasons);
        }
        List<Instrument> from = InstrumentEdition.inForceOn(editions.published(), date)
                .or(() -> editions.published().stream().findFirst())
                .map(InstrumentEdition::instruments).orElse(StartingToolbox.instruments());
        CurrentUser user = users.current().orElseThrow();
        return editions.insert(date, EditionStatus.DRAFT, kind, what, user.name(), clock.instant(), from);
    }
}
