package nl.werkmotor.toolbox;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import nl.werkmotor.platform.Refusal.Reason;

/** A beheerder changes an instrument of a draft edition; a reviewed or published edition stays as it is. */
@Component
public class ChangingDraftEdition {

    private final Editions editions;

    ChangingDraftEdition(Editions editions) {
        this.editions = editions;
    }

    public void change(ChangeInstrument command) {
        InstrumentEdition draft = editions.byId(command.editionId()).orElseThrow(() -> EditionRefused.one("editie",
                "Deze editie bestaat niet.", "This edition does not exist."));
        if (draft.status() != EditionStatus.DRAFT) {
            throw EditionRefused.one("editie", "Alleen een concept kan nog veranderen.", "Only a draft can still change.");
        }
        Instrument instrument = draft.instrument(command.code()).orElseThrow(() -> EditionRefused.one("instrument",
                "Kies een instrument uit deze editie.", "Choose an instrument of this edition."));
        List<Reason> reasons = new ArrayList<>();
        BigDecimal amount = euros(command.amount(), "bedrag", reasons);
        BigDecimal cap = euros(command.capPerYear(), "maximum", reasons);
        LocalDate validTo = null;
        if (command.validTo() != null && !command.validTo().isBlank()) {
            try {
                validTo = LocalDate.parse(command.validTo().strip());
            } catch (DateTimeParseException notADate) {
                reasons.add(new Reason("tot", "Vul een datum in, zoals 2027-12-31, of laat het leeg.",
                        "Enter a date, such as 2027-12-31, or leave it empty."));
            }
        }
        String nl = command.conditionsNl() == null ? "" : command.conditionsNl().strip();
        String en = command.conditionsEn() == null ? "" : command.conditionsEn().strip();
        if (nl.isEmpty() || nl.length() > 2000) {
            reasons.add(new Reason("voorwaarden", "Schrijf de voorwaarden op, hoogstens 2000 tekens.",
                    "Write down the conditions, at most 2,000 characters."));
        }
        if (en.isEmpty() || en.length() > 2000) {
            reasons.add(new Reason("voorwaardenEngels", "Schrijf de voorwaarden ook in het Engels, hoogstens 2000 tekens.",
                    "Write down the conditions in English too, at most 2,000 characters."));
        }
        if (!reasons.isEmpty()) {
            throw new EditionRefused(reasons);
        }
        Instrument changed = instrument.withOffer(instrument.offer().withAmounts(amount, cap)).withConditions(nl, en)
                .until(validTo);
        editions.changeInstruments(draft.id(), draft.instruments().stream()
                .map(i -> i.code().equals(changed.code()) ? changed : i).toList());
    }

    private static BigDecimal euros(String typed, String field, List<Reason> reasons) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            BigDecimal euros = new BigDecimal(typed.strip().replace(',', '.'));
            if (euros.signum() < 0 || euros.scale() > 2 || euros.compareTo(new BigDecimal("1000000")) > 0) {
                throw new NumberFormatException();
            }
            return euros;
        } catch (NumberFormatException notAnAmount) {
            reasons.add(new Reason(field, "Vul een bedrag in euro's in, zoals 2500 of 3,05, of laat het leeg.",
                    "Enter an amount in euros, such as 2500 or 3.05, or leave it empty."));
            return null;
        }
    }
}
