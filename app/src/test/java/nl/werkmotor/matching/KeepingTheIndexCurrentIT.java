package nl.werkmotor.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import nl.werkmotor.WerkmotorTest;
import nl.werkmotor.demoregion.GenerateDemoRegionCommand;
import nl.werkmotor.demoregion.GeneratingDemoRegion;
import nl.werkmotor.matching.internal.MatchWorld;
import nl.werkmotor.matching.internal.MatchingIndex;
import nl.werkmotor.people.Availability;
import nl.werkmotor.people.ChangeAuthor;
import nl.werkmotor.people.ChangeProfile;
import nl.werkmotor.people.ChangingProfile;
import nl.werkmotor.people.ErasePerson;
import nl.werkmotor.people.ErasingPerson;
import nl.werkmotor.people.FindPeople;
import nl.werkmotor.people.Motivation;
import nl.werkmotor.people.Person;
import nl.werkmotor.people.PersonKind;
import nl.werkmotor.people.Preferences;
import nl.werkmotor.people.PreferencesChange;
import nl.werkmotor.people.StartProfile;
import nl.werkmotor.people.StartingProfile;
import nl.werkmotor.people.Visibility;
import nl.werkmotor.places.ImportingPlaces;
import nl.werkmotor.places.RealPlaces;
import nl.werkmotor.taxonomy.ImportingTaxonomy;
import nl.werkmotor.taxonomy.Language;
import nl.werkmotor.taxonomy.RealEsco;
import nl.werkmotor.vacancies.FindVacancies;
import nl.werkmotor.vacancies.SkillRequirement;
import nl.werkmotor.vacancies.Vacancy;

/** A profile changed or erased is in the next matching answer at once, without rebuilding the index. */
@WerkmotorTest
class KeepingTheIndexCurrentIT {

    @Autowired
    MatchingIndex index;
    @Autowired
    MatchingPeopleAndWork matching;
    @Autowired
    StartingProfile starting;
    @Autowired
    ChangingProfile changing;
    @Autowired
    ErasingPerson erasing;
    @Autowired
    FindVacancies vacancies;

    @BeforeEach
    void smallDemoRegion(@Autowired ImportingTaxonomy taxonomy, @Autowired ImportingPlaces places,
                         @Autowired JdbcTemplate jdbc, @Autowired FindPeople people,
                         @Autowired GeneratingDemoRegion generating) {
        RealEsco.ensureImported(taxonomy, jdbc);
        RealPlaces.ensureImported(places, jdbc);
        if (people.count() < GenerateDemoRegionCommand.SMALL) {
            generating.generate(GenerateDemoRegionCommand.small());
        }
    }

    @Test
    void aPersonWhoGainsAVacancysSkillsIsItsCandidateInTheNextAnswerAndGoneAfterErasure() {
        MatchWorld world = index.world();
        Vacancy vacancy = vacancies.byId(1).orElseThrow();
        String account = "test-" + UUID.randomUUID();
        ChangeAuthor self = ChangeAuthor.person(account);
        Person person = starting.start(new StartProfile(account, "Sanne", "Bakker", 1990, vacancy.postcode4(),
                PersonKind.JOB_SEEKER));
        assertThat(candidates(vacancy)).doesNotContain(Long.toString(person.id()));

        changing.change(new ChangeProfile(person.id(), self,
                vacancy.requirements().stream().map(SkillRequirement::skillUri).toList(),
                nl.werkmotor.people.Evidence.SELF_DECLARED, List.of(),
                PreferencesChange.whole(new Preferences(vacancy.minHours(), vacancy.maxHours(), 25, Set.of(),
                        Motivation.HIGH, Availability.NOW, Visibility.PARTNERS, Set.of(), Set.of()))));

        assertThat(candidates(vacancy)).contains(Long.toString(person.id()));

        erasing.erase(new ErasePerson(person.id(), self));

        assertThat(candidates(vacancy)).doesNotContain(Long.toString(person.id()));
        assertThat(index.world()).as("no rebuild: the same world, changed in place").isSameAs(world);
    }

    private List<String> candidates(Vacancy vacancy) {
        return matching.candidatesFor(vacancy.id(), everyone -> true, Language.NL, 100).stream().map(MatchResult::id).toList();
    }
}
