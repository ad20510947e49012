package nl.werkmotor.processinglog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

import nl.werkmotor.WerkmotorTest;
import nl.werkmotor.identity.Role;
import nl.werkmotor.web.ApiProblem.Message;
import tools.jackson.databind.JsonNode;

/** The processing log as other modules use it: every record a valid Logboek record, and changes all or nothing. */
@WerkmotorTest
class RecordingProcessingIT {

    /** Far above the demo region's ids, and one apart per test: the tests share one database. */
    private static final AtomicLong PEOPLE = new AtomicLong(9_000_000_000L);

    @Autowired
    RecordingProcessing recording;
    @Autowired
    FindProcessingRecords records;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcTemplate jdbc;

    private static final Message PROFILE_VIEWED = new Message("Uw profiel bekeken", "Your profile viewed");

    @Test
    @WithUserDetails("klantmanager")
    void aCaseWorkersReadIsAValidLogboekRecordNamingThemTheirRoleAndOrganisation() {
        long person = PEOPLE.incrementAndGet();

        recording.record(person, Operation.READ, ProcessingPurpose.GUIDANCE, PROFILE_VIEWED);

        ProcessingRecord record = records.aboutPerson(person, 1, 10).getFirst();
        assertThat(record.actor()).extracting(Actor::username, Actor::name, Actor::role)
                .containsExactly("klantmanager", "Jeroen Visser", Role.KLANTMANAGER);
        JsonNode logboek = LogboekSchema.assertValid(record);
        JsonNode attributes = logboek.get("attributes");
        assertThat(attributes.get("dpl.core.data_subject_id").asString()).isEqualTo(Long.toString(person));
        assertThat(attributes.get("dpl.core.data_subject_id_type").asString()).isEqualTo("werkmotor-persoon-id");
        assertThat(attributes.get("dpl.core.processing_activity_id").asString())
                .isEqualTo("urn:werkmotor:verwerkingsactiviteit:begeleiding-naar-werk");
        assertThat(attributes.get("dpl.werkmotor.actor_role").asString()).isEqualTo("klantmanager");
        assertThat(attributes.get("dpl.werkmotor.organisation_id").asString()).isEqualTo("gemeente-lindeveen");
        assertThat(attributes.get("dpl.werkmotor.legal_basis").asString()).contains("Participatiewet");
        assertThat(record.name()).isEqualTo(PROFILE_VIEWED);
        assertThat(logboek.get("name").asString()).isEqualTo("Uw profiel bekeken");
        assertThat(attributes.get("dpl.werkmotor.name_en").asString()).isEqualTo("Your profile viewed");
        assertThat(logboek.get("status_code").asString()).isEqualTo("STATUS_CODE_OK");
        assertThat(logboek.get("resource").get("attributes").get("service.name").asString()).isEqualTo("werkmotor");
    }

    @Test
    void everyPurposeAndOperationWithoutASignedInUserIsAValidRecordOfWerkmotorItself() {
        long person = PEOPLE.incrementAndGet();
        transaction.executeWithoutResult(status -> {
            for (ProcessingPurpose purpose : ProcessingPurpose.values()) {
                for (Operation operation : Operation.values()) {
                    recording.record(person, operation, purpose, new Message(operation + " " + purpose, operation + " " + purpose));
                }
            }
        });

        List<ProcessingRecord> all = records.aboutPerson(person, 1, 100);

        assertThat(all).hasSize(ProcessingPurpose.values().length * Operation.values().length);
        for (ProcessingRecord record : all) {
            assertThat(record.actor()).isEqualTo(Actor.SYSTEM);
            JsonNode logboek = LogboekSchema.assertValid(record);
            assertThat(logboek.get("attributes").has("dpl.werkmotor.actor_role")).isFalse();
        }
    }

    @Test
    void aListOfPeopleGetsOneRecordEachInOneTrace() {
        List<Long> people = List.of(PEOPLE.incrementAndGet(), PEOPLE.incrementAndGet(), PEOPLE.incrementAndGet());

        recording.recordAll(people, Operation.READ, ProcessingPurpose.MATCHING,
                new Message("Vergeleken met een vacature", "Compared with a vacancy"));

        List<ProcessingRecord> written = new ArrayList<>();
        people.forEach(person -> written.addAll(records.aboutPerson(person, 1, 10)));
        assertThat(written).hasSize(3);
        assertThat(written).extracting(ProcessingRecord::traceId).containsOnly(written.getFirst().traceId());
        assertThat(written).extracting(ProcessingRecord::spanId).doesNotHaveDuplicates();
        assertThat(written).extracting(ProcessingRecord::personId).containsExactlyElementsOf(people);
    }

    @Test
    void thePersonsRecordsComeNewestFirstAPageAtATime() {
        long person = PEOPLE.incrementAndGet();
        for (String what : List.of("eerste", "tweede", "derde")) {
            recording.record(person, Operation.READ, ProcessingPurpose.MATCHING, new Message(what, what));
        }

        assertThat(records.aboutPerson(person, 1, 2)).extracting(r -> r.name().nl()).containsExactly("derde", "tweede");
        assertThat(records.aboutPerson(person, 2, 2)).extracting(r -> r.name().nl()).containsExactly("eerste");
        assertThat(records.aboutPerson(person, 3, 2)).isEmpty();
    }

    @Test
    void aChangeThatFailsTakesItsRecordWithIt() {
        long person = PEOPLE.incrementAndGet();

        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
            recording.record(person, Operation.CHANGE, ProcessingPurpose.PROFILE_MAINTENANCE,
                    new Message("Uw uren gewijzigd", "Your hours changed"));
            jdbc.update("insert into person (id) values (?)", person); // the change itself fails after it was logged
        })).isInstanceOf(DataIntegrityViolationException.class);

        assertThat(records.aboutPerson(person, 1, 10)).isEmpty();
    }

    @Test
    void aChangeOutsideATransactionIsRefusedSoThatItCannotBeHalfSaved() {
        long person = PEOPLE.incrementAndGet();

        assertThatThrownBy(() -> recording.record(person, Operation.DELETE, ProcessingPurpose.DATA_SUBJECT_REQUEST,
                new Message("Uw profiel verwijderd", "Your profile deleted"))).isInstanceOf(IllegalTransactionStateException.class);

        assertThat(records.aboutPerson(person, 1, 10)).isEmpty();
    }

    @Test
    void aReadIsKeptEvenWhenTheReadersOwnTransactionRollsBack() {
        long person = PEOPLE.incrementAndGet();
        TransactionTemplate readOnly = new TransactionTemplate(transaction.getTransactionManager());
        readOnly.setReadOnly(true);

        readOnly.executeWithoutResult(status -> {
            recording.record(person, Operation.READ, ProcessingPurpose.GUIDANCE, PROFILE_VIEWED);
            status.setRollbackOnly();
        });

        assertThat(records.aboutPerson(person, 1, 10)).hasSize(1);
    }

    @Test
    void aRecordSaysWhatWasDoneInDutchAndEnglish() {
        for (Message blank : List.of(new Message(" ", "Viewed"), new Message("Bekeken", " "), new Message("Bekeken", null))) {
            assertThatThrownBy(() -> recording.record(PEOPLE.incrementAndGet(), Operation.READ, ProcessingPurpose.MATCHING,
                    blank)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void aRecordFromBeforeEnglishWasKeptReadsInDutchInBothLanguages() {
        long person = PEOPLE.incrementAndGet();
        recording.record(person, Operation.READ, ProcessingPurpose.GUIDANCE, PROFILE_VIEWED);
        jdbc.update("update processing_record set name_en = null where person_id = ?", person);

        assertThat(records.aboutPerson(person, 1, 10).getFirst().name())
                .isEqualTo(new Message("Uw profiel bekeken", "Uw profiel bekeken"));
    }
}
