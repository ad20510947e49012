package nl.werkmotor.toolbox;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The stored editions: the only class that reads or writes {@code toolbox_edition}. */
@Component
class Editions {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<Instrument>> INSTRUMENTS = new TypeReference<>() {
    };
    private static final String COLUMNS = "id, takes_effect_on, status, change_kind, what_changed, prepared_by, "
            + "prepared_at, reviewed_by, reviewed_at, published_by, published_at, instruments::text";

    private final JdbcTemplate jdbc;

    Editions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every edition, the newest date first, drafts included. */
    List<InstrumentEdition> all() {
        return jdbc.query("select " + COLUMNS + " from toolbox_edition order by takes_effect_on desc, id desc",
                Editions::edition);
    }

    List<InstrumentEdition> published() {
        return jdbc.query("select " + COLUMNS + " from toolbox_edition where status = 'PUBLISHED' "
                + "order by takes_effect_on desc", Editions::edition);
    }

    Optional<InstrumentEdition> byId(long id) {
        return jdbc.query("select " + COLUMNS + " from toolbox_edition where id = ?", Editions::edition, id).stream()
                .findFirst();
    }

    long insert(LocalDate takesEffectOn, EditionStatus status, ChangeKind kind, String whatChanged, String by,
                Instant at, List<Instrument> instruments) {
        Long id = jdbc.queryForObject("""
                insert into toolbox_edition (takes_effect_on, status, change_kind, what_changed, prepared_by, prepared_at,
                    reviewed_by, reviewed_at, published_by, published_at, instruments)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb) returning id""", Long.class, takesEffectOn, status.name(),
                kind.name(), whatChanged, by, Timestamp.from(at),
                status == EditionStatus.DRAFT ? null : by, status == EditionStatus.DRAFT ? null : Timestamp.from(at),
                status == EditionStatus.PUBLISHED ? by : null, status == EditionStatus.PUBLISHED ? Timestamp.from(at) : null,
                JSON.writeValueAsString(instruments));
        return id == null ? 0 : id;
    }

    void changeInstruments(long id, List<Instrument> instruments) {
        jdbc.update("update toolbox_edition set instruments = ?::jsonb where id = ? and status = 'DRAFT'",
                JSON.writeValueAsString(instruments), id);
    }

    void reviewed(long id, String by, Instant at) {
        jdbc.update("update toolbox_edition set status = 'REVIEWED', reviewed_by = ?, reviewed_at = ? "
                + "where id = ? and status = 'DRAFT'", by, Timestamp.from(at), id);
    }

    void published(long id, String by, Instant at) {
        jdbc.update("update toolbox_edition set status = 'PUBLISHED', published_by = ?, published_at = ? "
                + "where id = ? and status = 'REVIEWED'", by, Timestamp.from(at), id);
    }

    boolean isEmpty() {
        return !Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from toolbox_edition)", Boolean.class));
    }

    private static InstrumentEdition edition(ResultSet rs, int row) throws SQLException {
        return new InstrumentEdition(rs.getLong(1), rs.getObject(2, LocalDate.class),
                EditionStatus.valueOf(rs.getString(3)), ChangeKind.valueOf(rs.getString(4)), rs.getString(5),
                rs.getString(6), instant(rs.getTimestamp(7)), rs.getString(8), instant(rs.getTimestamp(9)),
                rs.getString(10), instant(rs.getTimestamp(11)), JSON.readValue(rs.getString(12), INSTRUMENTS));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
