package nl.werkmotor.employerservice;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Which account manager owns an employer, for which organisation (their WSP), since when. */
record Ownership(long employerId, String accountManager, String ownerName, String organisationId, Instant since) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d-M-yyyy").withZone(ZoneId.of("Europe/Amsterdam"));

    boolean ownedBy(AccountManager accountManager) {
        return this.accountManager.equals(accountManager.login());
    }

    /** The day it was claimed, as people in the region write it, e.g. 30-11-2026. */
    public String sinceDay() {
        return DAY.format(since);
    }
}
