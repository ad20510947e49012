package nl.werkmotor.processinglog.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Period;
import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import nl.werkmotor.identity.Organisation;
import nl.werkmotor.identity.Role;
import nl.werkmotor.platform.RetentionRule;
import nl.werkmotor.processinglog.Actor;
import nl.werkmotor.processinglog.Operation;
import nl.werkmotor.processinglog.ProcessingPurpose;
import nl.werkmotor.processinglog.ProcessingRecord;
import nl.werkmotor.web.ApiProblem.Message;

/**
 * The table of processing records. Records are never changed (nobody corrects a log); they go when they
 * expire: two years after the processing ended unless {@code werkmotor.processing-log.retention} says otherwise
 * ({@link #processingLogRetention()}; docs/privacy.md says why).
 */
@Component
public class ProcessingLog {

    private final JdbcTemplate jdbc;

    ProcessingLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Bean
    static RetentionRule processingLogRetention() {
        return new RetentionRule("processing_record", "werkmotor.processing-log.retention", Period.ofYears(2),
                "end_time < ?");
    }

    public void add(List<ProcessingRecord> records) {
        jdbc.batchUpdate("""
                insert into processing_record (trace_id, span_id, parent_span_id, name, start_time, end_time,
                    person_id, operation, purpose, processing_activity_id, legal_basis,
                    actor_username, actor_name, actor_role, organisation_id, organisation_name, name_en)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", records, records.size(), (statement, r) -> {
            Actor actor = r.actor();
            statement.setString(1, r.traceId());
            statement.setString(2, r.spanId());
            statement.setString(3, r.parentSpanId());
            statement.setString(4, r.name().nl());
            statement.setTimestamp(5, Timestamp.from(r.startTime()));
            statement.setTimestamp(6, Timestamp.from(r.endTime()));
            statement.setLong(7, r.personId());
            statement.setString(8, r.operation().name());
            statement.setString(9, r.purpose().name());
            statement.setString(10, r.purpose().activityId());
            statement.setString(11, r.legalBasis());
            statement.setString(12, actor.username());
            statement.setString(13, actor.name());
            statement.setString(14, actor.isSystem() ? null : actor.role().name());
            statement.setString(15, actor.isSystem() ? null : actor.organisation().id());
            statement.setString(16, actor.isSystem() ? null : actor.organisation().name());
            statement.setString(17, r.name().en());
        });
    }

    /** Newest first; among records of the same moment, the last written first. */
    public List<ProcessingRecord> aboutPerson(long personId, long offset, int limit) {
        return jdbc.query("""
                select trace_id, span_id, parent_span_id, name, start_time, end_time, person_id, operation, purpose,
                    legal_basis, actor_username, actor_name, actor_role, organisation_id, organisation_name,
                    coalesce(name_en, name)
                from processing_record where person_id = ?
                order by end_time desc, id desc offset ? limit ?""", ProcessingLog::processingRecord,
                personId, offset, limit);
    }

    private static ProcessingRecord processingRecord(ResultSet rs, int row) throws SQLException {
        String role = rs.getString(13);
        Actor actor = role == null
                ? new Actor(rs.getString(11), rs.getString(12), null, null)
                : new Actor(rs.getString(11), rs.getString(12), Role.valueOf(role),
                        new Organisation(rs.getString(14), rs.getString(15)));
        return new ProcessingRecord(rs.getString(1), rs.getString(2), rs.getString(3),
                new Message(rs.getString(4), rs.getString(16)),
                rs.getTimestamp(5).toInstant(), rs.getTimestamp(6).toInstant(), rs.getLong(7),
                Operation.valueOf(rs.getString(8)), ProcessingPurpose.valueOf(rs.getString(9)), rs.getString(10), actor);
    }
}
