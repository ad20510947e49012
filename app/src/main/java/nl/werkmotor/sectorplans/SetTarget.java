package nl.werkmotor.sectorplans;

import nl.werkmotor.identity.CurrentUser;

/** Add a target ({@code id} 0) or change one. */
public record SetTarget(long id, TargetForm form, CurrentUser setBy) {
}
