package nl.werkmotor.monitoring;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.werkmotor.platform.Refusal;

/**
 * Writes a story as a draft, changes the writer's own draft, and publishes it (checked again: only a story that
 * passes {@link StoryPolicy} is shown in monitoring). A published story is not changed any more; a refused one
 * changes nothing.
 */
@Component
class WritingStory {

    private final JdbcTemplate jdbc;
    private final FindStories stories;
    private final StoryChoices choices;
    private final Clock clock;

    @Autowired
    WritingStory(JdbcTemplate jdbc, FindStories stories, StoryChoices choices) {
        this(jdbc, stories, choices, Clock.system(ZoneId.of("Europe/Amsterdam")));
    }

    WritingStory(JdbcTemplate jdbc, FindStories stories, StoryChoices choices, Clock clock) {
        this.jdbc = jdbc;
        this.stories = stories;
        this.choices = choices;
        this.clock = clock;
    }

    /** @throws Refusal with every reason; nothing is saved */
    @Transactional
    long write(StoryWriter writer, StoryForm form, StoryStatus status) {
        StoryPolicy.CheckedStory s = StoryPolicy.check(form, LocalDate.now(clock), choices.known());
        return jdbc.queryForObject("""
                insert into story (period_from, period_to, title, body, consent_statement, consent_on, sector_code,
                    target_group_code, organisation_id, organisation_name, status, written_by, written_by_name,
                    writer_role, writer_organisation_id, writer_organisation, published_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
                    case when ? = 'PUBLISHED' then now() end) returning id""", Long.class,
                Date.valueOf(s.from().atDay(1)), Date.valueOf(s.to().atEndOfMonth()), s.title(), s.body(),
                s.consentStatement(), Date.valueOf(s.consentOn()), s.sectorCode(), s.targetGroupCode(),
                s.organisationId(), s.organisationName(), status.name(), writer.login(), writer.name(),
                writer.role().name(), writer.organisationId(), writer.organisationName(), status.name());
    }

    /**
     * @throws NoSuchStory when it is not the writer's own
     * @throws Refusal     when it is published already, or for every reason the form has
     */
    @Transactional
    void change(StoryWriter writer, long id, StoryForm form) {
        ownDraft(writer, id);
        StoryPolicy.CheckedStory s = StoryPolicy.check(form, LocalDate.now(clock), choices.known());
        jdbc.update("""
                update story set period_from = ?, period_to = ?, title = ?, body = ?, consent_statement = ?,
                    consent_on = ?, sector_code = ?, target_group_code = ?, organisation_id = ?, organisation_name = ?,
                    changed_at = now()
                where id = ? and written_by = ? and status = 'DRAFT'""", Date.valueOf(s.from().atDay(1)),
                Date.valueOf(s.to().atEndOfMonth()), s.title(), s.body(), s.consentStatement(),
                Date.valueOf(s.consentOn()), s.sectorCode(), s.targetGroupCode(), s.organisationId(),
                s.organisationName(), id, writer.login());
    }

    /** Publishes the writer's own draft, after checking it again (the region's lists may have changed). */
    @Transactional
    void publish(StoryWriter writer, long id) {
        Story draft = ownDraft(writer, id);
        StoryPolicy.check(StoryForm.of(draft), LocalDate.now(clock), choices.known());
        jdbc.update("""
                update story set status = 'PUBLISHED', published_at = now(), changed_at = now()
                where id = ? and written_by = ? and status = 'DRAFT'""", id, writer.login());
    }

    private Story ownDraft(StoryWriter writer, long id) {
        Story story = stories.byId(id).filter(s -> s.writtenBy(writer)).orElseThrow(() -> new NoSuchStory(id));
        if (!story.draft()) {
            throw Refusal.of("status", "Dit verhaal is gepubliceerd en verandert niet meer. Trekt de persoon de "
                    + "toestemming in, verwijder het dan.", "This story is published and no longer changes. If the "
                    + "person withdraws their consent, remove it.");
        }
        return story;
    }
}
