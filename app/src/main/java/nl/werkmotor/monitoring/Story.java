package nl.werkmotor.monitoring;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

import nl.werkmotor.identity.Role;

/**
 * A story (verhaal) of a placement, attached to the months {@code from} to {@code to}: anonymised, written with the
 * person's consent by a professional who knows the placement, or by a beleidsmedewerker from what partners tell. It
 * holds no id of a person. The sector, target group and organisation are coarse and each optional.
 */
record Story(long id, YearMonth from, YearMonth to, String title, String body, String consentStatement,
             LocalDate consentOn, String sectorCode, String targetGroupCode, String organisationId,
             String organisationName, StoryStatus status, String writtenBy, String writtenByName, Role writerRole,
             String writerOrganisationId, String writerOrganisation, Instant writtenAt, Instant changedAt,
             Instant publishedAt) {

    /** The day of the consent as the forms write it, e.g. 3-11-2026. */
    public String consentOnShown() {
        return StoryForm.shown(consentOn);
    }

    /** When it was published, as the pages write a moment (Amsterdam time); empty for a draft. */
    public String publishedShown() {
        return StoryForm.moment(publishedAt);
    }

    public String changedShown() {
        return StoryForm.moment(changedAt);
    }

    public boolean draft() {
        return status == StoryStatus.DRAFT;
    }

    boolean writtenBy(StoryWriter writer) {
        return writtenBy.equals(writer.login());
    }
}
