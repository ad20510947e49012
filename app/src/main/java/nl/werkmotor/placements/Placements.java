package nl.werkmotor.placements;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import nl.werkmotor.placements.PlacementFacts.InstrumentUsed;
import nl.werkmotor.platform.RetentionRule;

/** The placement tables; callers check who may see or change what. */
@Component
class Placements {

    private static final String COLUMNS = """
            id, introduction_id, person_id, vacancy_id, employer_id, organisation_id, account_manager, employer_sector,
            municipality_code, target_groups, step, accepted_on, interview_on, trial_from, started_on, aftercare_from,
            lasting6_on, lasting12_on, ended_on, end_reason, hours_per_week, contract_months, outflow_benefit,
            outflow_on, recorded_by, recorded_as, recorded_at, to_confirm_by, confirmed_by, confirmed_name,
            confirmed_as, confirmed_at""";

    private final JdbcTemplate jdbc;

    Placements(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Five years after its last change ({@code werkmotor.retention.placements}; docs/privacy.md says why): the
     * region reports lasting work at 12 months and compares with earlier years; the history goes with it.
     */
    @Bean
    static RetentionRule placementRetention() {
        return new RetentionRule("placement", "werkmotor.retention.placements", Period.ofYears(5), "changed_at < ?");
    }

    /** One change as kept in the history. */
    record Change(long id, PlacementStep step, LocalDate stepOn, String whatNl, String whatEn, String by,
                  String byName, String as, Instant at) {
    }

    Optional<Placement> byId(long id) {
        return list("id = ?", id).stream().findFirst();
    }

    Optional<Placement> ofIntroduction(long introductionId) {
        return list("introduction_id = ?", introductionId).stream().findFirst();
    }

    List<Placement> ofPerson(long personId) {
        return list("person_id = ?", personId);
    }

    List<Placement> ofPeople(Collection<Long> personIds) {
        return personIds.isEmpty() ? List.of() : list("person_id = any(?)", (Object) personIds.toArray(Long[]::new));
    }

    List<Placement> ofEmployers(Collection<Long> employerIds) {
        return employerIds.isEmpty() ? List.of()
                : list("employer_id = any(?)", (Object) employerIds.toArray(Long[]::new));
    }

    List<Long> employerIds() {
        return jdbc.queryForList("select distinct employer_id from placement order by employer_id", Long.class);
    }

    /** The other side confirms the last change. */
    void confirm(long id, String by, String name, String as, Instant at) {
        jdbc.update("update placement set to_confirm_by = null, confirmed_by = ?, confirmed_name = ?, confirmed_as = ?, "
                + "confirmed_at = ?, changed_at = ? where id = ?", by, name, as, Timestamp.from(at), Timestamp.from(at),
                id);
    }

    /** The nightly job: lasting from that day; the confirmation stays as it was (nobody recorded it). */
    void markLasting(long id, PlacementStep step, LocalDate on, Instant at) {
        jdbc.update("update placement set step = ?, " + (step == PlacementStep.LASTING_6 ? "lasting6_on" : "lasting12_on")
                + " = ?, changed_at = ? where id = ?", step.name(), Date.valueOf(on), Timestamp.from(at), id);
    }

    void deleteOfPerson(long personId) {
        jdbc.update("delete from placement where person_id = ?", personId);
    }

    /** Every placement at work (started, aftercare, lasting 6 months): the nightly job's candidates. */
    List<Placement> atWork() {
        return list("step in ('STARTED', 'AFTERCARE', 'LASTING_6')");
    }

    List<PlacementFacts> factsWithAStepIn(LocalDate from, LocalDate to) {
        return list("""
                (accepted_on between ?1 and ?2 or interview_on between ?1 and ?2 or trial_from between ?1 and ?2
                 or started_on between ?1 and ?2 or aftercare_from between ?1 and ?2 or lasting6_on between ?1 and ?2
                 or lasting12_on between ?1 and ?2 or ended_on between ?1 and ?2 or outflow_on between ?1 and ?2)"""
                .replace("?1", "cast(? as date)").replace("?2", "cast(? as date)"),
                repeat(from, to, 9)).stream().map(Placement::facts).toList();
    }

    long insert(Placement p, Instant at) {
        long id = jdbc.queryForObject("""
                insert into placement (introduction_id, person_id, vacancy_id, employer_id, organisation_id,
                    account_manager, employer_sector, municipality_code, target_groups, step, accepted_on, recorded_by,
                    recorded_as, recorded_at, changed_at, to_confirm_by)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""", Long.class,
                p.introductionId(), p.personId(), p.vacancyId(), p.employerId(), p.organisationId(),
                p.accountManager(), p.employerSector(), p.municipalityCode(), p.targetGroups().toArray(String[]::new),
                p.step().name(), Date.valueOf(p.acceptedOn()), p.recordedBy(), p.recordedAs(), Timestamp.from(at),
                Timestamp.from(at), p.toConfirmBy());
        return id;
    }

    /** Writes every field a step may change, and its instruments. */
    void update(Placement p, Instant at) {
        jdbc.update("""
                update placement set account_manager = ?, employer_sector = ?, target_groups = ?, step = ?,
                    interview_on = ?, trial_from = ?, started_on = ?, aftercare_from = ?, lasting6_on = ?,
                    lasting12_on = ?, ended_on = ?, end_reason = ?, hours_per_week = ?, contract_months = ?,
                    outflow_benefit = ?, outflow_on = ?, to_confirm_by = ?, confirmed_by = ?, confirmed_name = ?,
                    confirmed_as = ?, confirmed_at = ?, changed_at = ? where id = ?""",
                p.accountManager(), p.employerSector(), p.targetGroups().toArray(String[]::new), p.step().name(),
                date(p.interviewOn()), date(p.trialFrom()), date(p.startedOn()), date(p.aftercareFrom()),
                date(p.lasting6On()), date(p.lasting12On()), date(p.endedOn()), p.endReason(), p.hoursPerWeek(),
                p.contractMonths(), p.outflowBenefit(), date(p.outflowOn()), p.toConfirmBy(), p.confirmedBy(),
                p.confirmedName(), p.confirmedAs(), p.confirmedAt() == null ? null : Timestamp.from(p.confirmedAt()),
                Timestamp.from(at), p.id());
        jdbc.update("delete from placement_instrument where placement_id = ?", p.id());
        for (InstrumentUsed used : p.instruments()) {
            jdbc.update("insert into placement_instrument (placement_id, instrument_code, edition_id) values (?, ?, ?)",
                    p.id(), used.code(), used.editionId());
        }
    }

    void addChange(long placementId, PlacementStep step, LocalDate stepOn, String whatNl, String whatEn, String by,
                   String byName, String as, Instant at) {
        jdbc.update("""
                insert into placement_change (placement_id, step, step_on, what_nl, what_en, changed_by, changed_name,
                    changed_as, changed_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                placementId, step.name(), date(stepOn), whatNl, whatEn, by, byName, as, Timestamp.from(at));
    }

    /** The history of one placement, oldest first. */
    List<Change> changes(long placementId) {
        return jdbc.query("""
                select id, step, step_on, what_nl, what_en, changed_by, changed_name, changed_as, changed_at
                    from placement_change where placement_id = ? order by id""", (rs, i) -> new Change(rs.getLong(1),
                PlacementStep.valueOf(rs.getString(2)), localDate(rs.getDate(3)), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getTimestamp(9).toInstant()), placementId);
    }

    private List<Placement> list(String condition, Object... args) {
        List<Placement> found = jdbc.query("select " + COLUMNS + " from placement where " + condition
                + " order by id", Placements::row, args);
        if (found.isEmpty()) {
            return found;
        }
        Map<Long, List<InstrumentUsed>> used = new HashMap<>();
        jdbc.query("select placement_id, instrument_code, edition_id from placement_instrument "
                + "where placement_id = any(?) order by placement_id, instrument_code", rs -> {
            used.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                    .add(new InstrumentUsed(rs.getString(2), rs.getLong(3)));
        }, (Object) found.stream().map(Placement::id).toArray(Long[]::new));
        return found.stream().map(p -> used.containsKey(p.id()) ? withInstruments(p, used.get(p.id())) : p).toList();
    }

    private static Placement withInstruments(Placement p, List<InstrumentUsed> instruments) {
        return new Placement(p.id(), p.introductionId(), p.personId(), p.vacancyId(), p.employerId(),
                p.organisationId(), p.accountManager(), p.employerSector(), p.municipalityCode(), p.targetGroups(),
                p.step(), p.acceptedOn(), p.interviewOn(), p.trialFrom(), p.startedOn(), p.aftercareFrom(),
                p.lasting6On(), p.lasting12On(), p.endedOn(), p.endReason(), p.hoursPerWeek(), p.contractMonths(),
                p.outflowBenefit(), p.outflowOn(), instruments, p.recordedBy(), p.recordedAs(), p.recordedAt(),
                p.toConfirmBy(), p.confirmedBy(), p.confirmedName(), p.confirmedAs(), p.confirmedAt());
    }

    private static Placement row(ResultSet rs, int i) throws SQLException {
        Array groups = rs.getArray(10);
        return new Placement(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                Set.of((String[]) groups.getArray()), PlacementStep.valueOf(rs.getString(11)),
                localDate(rs.getDate(12)), localDate(rs.getDate(13)), localDate(rs.getDate(14)),
                localDate(rs.getDate(15)), localDate(rs.getDate(16)), localDate(rs.getDate(17)),
                localDate(rs.getDate(18)), localDate(rs.getDate(19)), rs.getString(20),
                (Integer) rs.getObject(21), (Integer) rs.getObject(22), rs.getString(23), localDate(rs.getDate(24)),
                List.of(), rs.getString(25), rs.getString(26), rs.getTimestamp(27).toInstant(), rs.getString(28),
                rs.getString(29), rs.getString(30), rs.getString(31),
                rs.getTimestamp(32) == null ? null : rs.getTimestamp(32).toInstant());
    }

    private static Object[] repeat(LocalDate from, LocalDate to, int times) {
        Object[] args = new Object[times * 2];
        for (int i = 0; i < times; i++) {
            args[2 * i] = Date.valueOf(from);
            args[2 * i + 1] = Date.valueOf(to);
        }
        return args;
    }

    private static Date date(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }

    private static LocalDate localDate(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
