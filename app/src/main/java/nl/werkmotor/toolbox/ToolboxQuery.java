package nl.werkmotor.toolbox;

import java.time.LocalDate;
import java.util.Optional;

import nl.werkmotor.web.ApiProblem;

/**
 * What a page asks the Toolbox, as typed in its address: the vacancy, the date (today when none) and the contract's
 * length (unknown when none); empty when a value is not one.
 */
public record ToolboxQuery(long vacancyId, LocalDate date, Integer contractMonths) {

    public static Optional<ToolboxQuery> parse(String vacancy, String date, String contractMonths) {
        try {
            long id = Long.parseLong(vacancy == null ? "" : vacancy.strip());
            Integer months = contractMonths == null || contractMonths.isBlank() ? null
                    : Integer.valueOf(contractMonths.strip());
            if (id < 0 || months != null && (months < 0 || months > Job.PERMANENT)) {
                return Optional.empty();
            }
            return Optional.of(new ToolboxQuery(id, InstrumentsApi.date(date), months));
        } catch (NumberFormatException | ApiProblem notAValue) {
            return Optional.empty();
        }
    }

    /** Without a vacancy, for a page about one introduction. */
    public static Optional<ToolboxQuery> parse(long vacancy, String date, String contractMonths) {
        return parse(Long.toString(vacancy), date, contractMonths);
    }
}
