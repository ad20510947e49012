package nl.werkmotor.monitoring;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.werkmotor.platform.Refusal;
import nl.werkmotor.web.FormDate;

/**
 * The person withdrew their consent: the story is deleted (its title, text and consent statement are gone, not
 * hidden) and {@code story_removal} keeps that it was removed, when and by whom, without any of its text. Recorded by
 * its writer, or by a beleidsmedewerker for a published story (the one who shows it).
 */
@Component
class WithdrawingStoryConsent {

    private final JdbcTemplate jdbc;
    private final FindStories stories;
    private final Clock clock;

    @Autowired
    WithdrawingStoryConsent(JdbcTemplate jdbc, FindStories stories) {
        this(jdbc, stories, Clock.system(ZoneId.of("Europe/Amsterdam")));
    }

    WithdrawingStoryConsent(JdbcTemplate jdbc, FindStories stories, Clock clock) {
        this.jdbc = jdbc;
        this.stories = stories;
        this.clock = clock;
    }

    /**
     * @param withdrawnOn the day the person withdrew it, as typed
     * @throws NoSuchStory when the caller may not read it
     * @throws Refusal     for a missing or impossible day; nothing is removed
     */
    @Transactional
    void withdraw(StoryWriter actor, long id, String withdrawnOn) {
        Story story = stories.readableBy(actor, id).orElseThrow(() -> new NoSuchStory(id));
        LocalDate on = FormDate.parse(withdrawnOn).orElse(null);
        if (withdrawnOn == null || withdrawnOn.isBlank()) {
            throw Refusal.of("ingetrokkenOp", "Vul de dag in waarop de persoon de toestemming introk.",
                    "Fill in the day the person withdrew their consent.");
        }
        if (on == null) {
            throw Refusal.of("ingetrokkenOp", "De dag is een datum als dag-maand-jaar, zoals 3-11-2026.",
                    "The day is a date as day-month-year, such as 3-11-2026.");
        }
        if (on.isAfter(LocalDate.now(clock)) || on.isBefore(story.consentOn())) {
            throw Refusal.of("ingetrokkenOp", "De dag ligt tussen de toestemming (" + StoryForm.shown(story.consentOn())
                    + ") en vandaag.", "The day lies between the consent (" + StoryForm.shown(story.consentOn())
                    + ") and today.");
        }
        jdbc.update("""
                insert into story_removal (story_id, period_from, period_to, status_was, written_by,
                    writer_organisation_id, written_at, consent_on, reason, withdrawn_on, removed_by, removed_by_name)
                values (?, ?, ?, ?, ?, ?, ?, ?, 'CONSENT_WITHDRAWN', ?, ?, ?)""", story.id(),
                Date.valueOf(story.from().atDay(1)), Date.valueOf(story.to().atEndOfMonth()), story.status().name(),
                story.writtenBy(), story.writerOrganisationId(), Timestamp.from(story.writtenAt()),
                Date.valueOf(story.consentOn()), Date.valueOf(on), actor.login(), actor.name());
        jdbc.update("delete from story where id = ?", story.id());
    }
}
