package nl.werkmotor.placements;

import java.util.List;

import nl.werkmotor.platform.Refusal;

/** A placement or step refused, with every reason at once; nothing was changed. */
public class PlacementRefused extends Refusal {

    PlacementRefused(List<Reason> reasons) {
        super(reasons);
    }
}
