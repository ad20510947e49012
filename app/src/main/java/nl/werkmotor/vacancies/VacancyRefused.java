package nl.werkmotor.vacancies;

import java.util.List;

import nl.werkmotor.platform.Refusal;

/** A vacancy that cannot be saved as described, with every problem at once; nothing was saved. */
public class VacancyRefused extends Refusal {

    /** @param reasons each naming the field of {@link VacancyDescription} it is about, e.g. "minHours" */
    VacancyRefused(List<Reason> reasons) {
        super(reasons);
    }
}
