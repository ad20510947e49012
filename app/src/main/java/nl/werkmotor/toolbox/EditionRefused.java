package nl.werkmotor.toolbox;

import java.util.List;

import nl.werkmotor.platform.Refusal;

/** An edition step refused, with a reason per field in Dutch and English. */
public class EditionRefused extends Refusal {

    EditionRefused(List<Reason> reasons) {
        super(reasons);
    }

    static EditionRefused one(String field, String nl, String en) {
        return new EditionRefused(List.of(new Reason(field, nl, en)));
    }
}
