package nl.werkmotor.monitoring;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.Period;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import nl.werkmotor.identity.Role;
import nl.werkmotor.platform.RetentionRule;

/**
 * The stories a caller may read: a writer's own (drafts and published, newest first), and the published stories of
 * a period (those whose months overlap it) for monitoring. Another writer's draft is nobody else's to read.
 */
@Component
class FindStories {

    private static final String COLUMNS = """
            select id, period_from, period_to, title, body, consent_statement, consent_on, sector_code,
                   target_group_code, organisation_id, organisation_name, status, written_by, written_by_name,
                   writer_role, writer_organisation_id, writer_organisation, written_at, changed_at, published_at
            from story""";

    private final JdbcTemplate jdbc;

    FindStories(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A story goes three years after its period ended or it last changed, whichever is later: long enough for the
     * yearly evaluation to compare it with the periods before (docs/privacy.md).
     */
    @Bean
    static RetentionRule storyRetention() {
        return new RetentionRule("story", "werkmotor.retention.stories", Period.ofYears(3),
                "greatest(period_to + 1, changed_at) < ?");
    }

    /** The record of a removal (no text of the story) goes as long after it as a story would. */
    @Bean
    static RetentionRule storyRemovalRetention() {
        return new RetentionRule("story_removal", "werkmotor.retention.story-removals", Period.ofYears(3),
                "removed_at < ?");
    }

    List<Story> ownOf(StoryWriter writer) {
        return jdbc.query(COLUMNS + " where written_by = ? order by changed_at desc, id desc", FindStories::story,
                writer.login());
    }

    /** The published stories whose period overlaps the months from–to, the earliest period first. */
    List<Story> published(YearMonth from, YearMonth to) {
        return jdbc.query(COLUMNS + """
                 where status = 'PUBLISHED' and period_from <= ? and period_to >= ?
                order by period_from, published_at, id""", FindStories::story, java.sql.Date.valueOf(to.atEndOfMonth()),
                java.sql.Date.valueOf(from.atDay(1)));
    }

    /** A story the writer may read: their own, or (for a beleidsmedewerker) any published one. */
    Optional<Story> readableBy(StoryWriter writer, long id) {
        return byId(id).filter(s -> s.writtenBy(writer) || writer.analyst() && !s.draft());
    }

    Optional<Story> byId(long id) {
        return jdbc.query(COLUMNS + " where id = ?", FindStories::story, id).stream().findFirst();
    }

    private static Story story(ResultSet rs, int row) throws SQLException {
        return new Story(rs.getLong("id"), YearMonth.from(rs.getDate("period_from").toLocalDate()),
                YearMonth.from(rs.getDate("period_to").toLocalDate()), rs.getString("title"), rs.getString("body"),
                rs.getString("consent_statement"), rs.getDate("consent_on").toLocalDate(), rs.getString("sector_code"),
                rs.getString("target_group_code"), rs.getString("organisation_id"), rs.getString("organisation_name"),
                StoryStatus.valueOf(rs.getString("status")), rs.getString("written_by"),
                rs.getString("written_by_name"), Role.valueOf(rs.getString("writer_role")),
                rs.getString("writer_organisation_id"), rs.getString("writer_organisation"),
                instant(rs.getTimestamp("written_at")), instant(rs.getTimestamp("changed_at")),
                instant(rs.getTimestamp("published_at")));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
