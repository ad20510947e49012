package nl.werkmotor.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import nl.werkmotor.WerkmotorTest;
import nl.werkmotor.platform.Refusal.Reason;
import nl.werkmotor.processinglog.FindProcessingRecords;
import nl.werkmotor.processinglog.Operation;
import nl.werkmotor.processinglog.ProcessingPurpose;
import nl.werkmotor.processinglog.ProcessingRecord;
import nl.werkmotor.taxonomy.FindOccupation;
import nl.werkmotor.taxonomy.ImportingTaxonomy;
import nl.werkmotor.taxonomy.Language;
import nl.werkmotor.taxonomy.RealEsco;
import nl.werkmotor.taxonomy.Sector;
import nl.werkmotor.taxonomy.SkillSummary;
import nl.werkmotor.web.ApiProblem.Message;

/** A person (or their case worker) changes a profile: checked whole, saved whole with its author, announced. */
@WerkmotorTest
@RecordApplicationEvents
class ChangingProfileIT {

    @Autowired
    ChangingProfile changing;
    @Autowired
    StartingProfile starting;
    @Autowired
    ErasingPerson erasing;
    @Autowired
    FindPeople people;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationEvents events;
    @Autowired
    FindProcessingRecords processing;

    List<String> busDriverSkills;
    Person person;
    ChangeAuthor self;

    @BeforeEach
    void aNewPersonOnTheRealEsco(@Autowired ImportingTaxonomy importing, @Autowired FindOccupation occupations) {
        RealEsco.ensureImported(importing, jdbc);
        busDriverSkills = occupations.byUri(FindOccupation.URI_PREFIX + RealEsco.BUS_DRIVER, Language.NL).orElseThrow()
                .essentialSkills().stream().map(SkillSummary::uri).toList();
        String account = "test-" + UUID.randomUUID();
        person = starting.start(new StartProfile(account, "Sanne", "Bakker", 1990, "3011", PersonKind.JOB_SEEKER));
        self = ChangeAuthor.person(account);
    }

    @Test
    void aNewProfileStartsEmptyAndPrivate() {
        assertThat(person.profile().skills()).isEmpty();
        assertThat(person.profile().preferences().visibility()).isEqualTo(Visibility.PRIVATE);
        assertThat(people.byAccount(self.account())).contains(person);
        assertThatThrownBy(() -> starting.start(new StartProfile(self.account(), "Sanne", "Bakker", 1990, "3011",
                PersonKind.JOB_SEEKER))).isInstanceOf(ProfileChangeRefused.class).hasMessageContaining("already");
    }

    @Test
    void aPersonAddsAndRemovesSkillsAndTheChangeIsKeptWithItsAuthor() {
        changing.change(ChangeProfile.addSkills(person.id(), self, busDriverSkills.subList(0, 3)));
        Person changed = changing.change(ChangeProfile.removeSkills(person.id(), self, busDriverSkills.subList(0, 1)));

        assertThat(changed.profile().skills()).extracting(SkillClaim::skillUri)
                .containsExactlyInAnyOrderElementsOf(busDriverSkills.subList(1, 3));
        assertThat(changed.profile().skills()).extracting(SkillClaim::evidence).containsOnly(Evidence.SELF_DECLARED);
        assertThat(people.changes(person.id())).extracting(ProfileChange::description).containsExactly(
                new Message("Profiel: 1 vaardigheid verwijderd.", "Profile: 1 skill removed."),
                new Message("Profiel: 3 vaardigheden toegevoegd.", "Profile: 3 skills added."),
                new Message("Profiel gestart.", "Profile started."));
        assertThat(people.changes(person.id())).extracting(ProfileChange::changedBy).containsOnly(self.account());
        assertThat(events.stream(PersonChanged.class)).containsOnly(new PersonChanged(person.id())).hasSize(3);
    }

    @Test
    void aProfessionalConfirmsASkillAndThePersonAddingItAgainDoesNotWeakenIt() {
        ChangeAuthor caseWorker = ChangeAuthor.professional("klantmanager", ProcessingPurpose.GUIDANCE);
        changing.change(new ChangeProfile(person.id(), caseWorker, busDriverSkills.subList(0, 1),
                Evidence.CONFIRMED_BY_PROFESSIONAL, List.of(), null));
        long changes = people.changes(person.id()).size();

        Person after = changing.change(ChangeProfile.addSkills(person.id(), self, busDriverSkills.subList(0, 1)));

        assertThat(after.profile().skills()).containsExactly(
                new SkillClaim(busDriverSkills.getFirst(), Evidence.CONFIRMED_BY_PROFESSIONAL));
        assertThat(people.changes(person.id())).hasSize((int) changes); // nothing changed, nothing recorded
        assertThat(people.changes(person.id()).getFirst().author()).isEqualTo(ChangeAuthor.Kind.PROFESSIONAL);
        assertThat(processing.aboutPerson(person.id(), 1, 10)).singleElement().satisfies(record -> {
            assertThat(record.operation()).isEqualTo(Operation.CHANGE);
            assertThat(record.purpose()).isEqualTo(ProcessingPurpose.GUIDANCE);
            assertThat(record.name()).isEqualTo(new Message("Profiel: 1 vaardigheid toegevoegd of bevestigd.",
                    "Profile: 1 skill added or confirmed."));
        });
    }

    @Test
    void thePersonsOwnChangesAreNotInTheProcessingLogButAProfessionalsErasureIs() {
        changing.change(ChangeProfile.addSkills(person.id(), self, busDriverSkills.subList(0, 2)));
        assertThat(processing.aboutPerson(person.id(), 1, 10)).isEmpty();

        erasing.erase(new ErasePerson(person.id(), ChangeAuthor.professional("klantmanager",
                ProcessingPurpose.DATA_SUBJECT_REQUEST)));

        assertThat(processing.aboutPerson(person.id(), 1, 10)).extracting(ProcessingRecord::operation)
                .containsExactly(Operation.DELETE);
    }

    @Test
    void preferencesAreSavedWholeWithConditionsAndSupport() {
        Preferences wanted = new Preferences(20, 28, 25, Set.of(Sector.CARE, Sector.TRANSPORT), Motivation.HIGH,
                Availability.WITHIN_A_MONTH, Visibility.EMPLOYERS_ANONYMOUS,
                Set.of(WorkingCondition.DAYTIME_ONLY, WorkingCondition.NO_HEAVY_LIFTING), Set.of(SupportNeed.JOB_COACH));

        Person changed = changing.change(ChangeProfile.preferences(person.id(), self, PreferencesChange.whole(wanted)));

        assertThat(changed.profile().preferences()).isEqualTo(wanted);
        assertThat(people.byId(person.id()).orElseThrow().profile().preferences()).isEqualTo(wanted);
        assertThat(people.changes(person.id()).getFirst().description()).isEqualTo(new Message(
                "Profiel: wensen gewijzigd, zichtbaarheid gewijzigd.", "Profile: wishes changed, visibility changed."));
    }

    @Test
    void aChangeOfSomePreferencesKeepsEveryOtherOneAsSaved() {
        Preferences all = new Preferences(20, 28, 25, Set.of(Sector.CARE), Motivation.HIGH, Availability.WITHIN_A_MONTH,
                Visibility.PARTNERS, Set.of(WorkingCondition.DAYTIME_ONLY), Set.of(SupportNeed.JOB_COACH));
        changing.change(ChangeProfile.preferences(person.id(), self, PreferencesChange.whole(all)));

        Person changed = changing.change(ChangeProfile.preferences(person.id(),
                ChangeAuthor.professional("klantmanager", ProcessingPurpose.GUIDANCE),
                PreferencesChange.none().hours(12, 16).motivation(Motivation.LOW)));

        assertThat(changed.profile().preferences()).isEqualTo(new Preferences(12, 16, 25, Set.of(Sector.CARE),
                Motivation.LOW, Availability.WITHIN_A_MONTH, Visibility.PARTNERS, Set.of(WorkingCondition.DAYTIME_ONLY),
                Set.of(SupportNeed.JOB_COACH)));
        assertThat(people.changes(person.id()).getFirst().description())
                .isEqualTo(new Message("Profiel: wensen gewijzigd.", "Profile: wishes changed."));
    }

    @Test
    void onlyThePersonChoosesWhoMaySeeTheirProfile() {
        ChangeAuthor caseWorker = ChangeAuthor.professional("klantmanager", ProcessingPurpose.GUIDANCE);

        assertThatThrownBy(() -> changing.change(ChangeProfile.preferences(person.id(), caseWorker,
                PreferencesChange.none().visibility(Visibility.EMPLOYERS_ANONYMOUS))))
                .isInstanceOfSatisfying(ProfileChangeRefused.class, refused -> assertThat(refused.reasons())
                        .extracting(Reason::field).containsExactly("visibility"));

        assertThat(people.byId(person.id()).orElseThrow().profile().preferences().visibility())
                .isEqualTo(Visibility.PRIVATE);
    }

    @Test
    void aChangeWithProblemsNamesThemAllAndSavesNothing() {
        changing.change(ChangeProfile.addSkills(person.id(), self, busDriverSkills.subList(0, 1)));
        Person before = people.byId(person.id()).orElseThrow();
        int changes = people.changes(person.id()).size();
        long announced = events.stream(PersonChanged.class).count();
        PreferencesChange wrong = PreferencesChange.whole(new Preferences(0, 60, 500, Set.of(), null, Availability.NOW,
                Visibility.PRIVATE, Set.of(), Set.of()));

        assertThatThrownBy(() -> changing.change(new ChangeProfile(person.id(), self,
                List.of(busDriverSkills.get(1), "http://data.europa.eu/esco/skill/no-such-skill"),
                Evidence.ASSESSED, busDriverSkills.subList(0, 1), wrong)))
                .isInstanceOfSatisfying(ProfileChangeRefused.class, refused -> {
                    assertThat(refused.reasons()).extracting(Reason::field).containsExactly(
                            "skills", "evidence", "minHours", "maxHours", "travelRadiusKm", "motivation");
                    assertThat(refused.reasons()).allSatisfy(p -> {
                        assertThat(p.nl()).isNotBlank();
                        assertThat(p.en()).isNotBlank();
                    });
                });

        assertThat(people.byId(person.id())).contains(before);
        assertThat(people.changes(person.id())).hasSize(changes);
        assertThat(events.stream(PersonChanged.class).count()).isEqualTo(announced);
        assertThat(processing.aboutPerson(person.id(), 1, 10)).isEmpty();
    }

    @Test
    void aChangeForSomeoneWhoIsNotThereIsRefused() {
        assertThatThrownBy(() -> changing.change(ChangeProfile.addSkills(Long.MAX_VALUE / 2, self, busDriverSkills)))
                .isInstanceOf(PersonNotFound.class);
    }

    @Test
    void erasureRemovesThePersonTheirSkillsAndHistoryAndAnnouncesIt() {
        changing.change(ChangeProfile.addSkills(person.id(), self, busDriverSkills.subList(0, 2)));

        erasing.erase(new ErasePerson(person.id(), self));

        assertThat(people.byId(person.id())).isEmpty();
        assertThat(people.byAccount(self.account())).isEmpty();
        assertThat(people.changes(person.id())).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from person_skill where person_id = ?", Integer.class,
                person.id())).isZero();
        assertThat(events.stream(PersonRemoved.class)).containsExactly(new PersonRemoved(person.id()));
        assertThatThrownBy(() -> erasing.erase(new ErasePerson(person.id(), self))).isInstanceOf(PersonNotFound.class);
    }
}
