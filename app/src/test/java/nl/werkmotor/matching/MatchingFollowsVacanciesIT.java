package nl.werkmotor.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import nl.werkmotor.WerkmotorTest;
import nl.werkmotor.demoregion.SmallDemoRegion;
import nl.werkmotor.matching.internal.MatchWorld;
import nl.werkmotor.matching.internal.MatchingIndex;
import nl.werkmotor.people.Availability;
import nl.werkmotor.people.FindPeople;
import nl.werkmotor.people.Person;
import nl.werkmotor.taxonomy.Language;
import nl.werkmotor.taxonomy.RealEsco;
import nl.werkmotor.vacancies.ChangeVacancy;
import nl.werkmotor.vacancies.ChangingVacancy;
import nl.werkmotor.vacancies.PublishVacancy;
import nl.werkmotor.vacancies.PublishingVacancy;
import nl.werkmotor.vacancies.Vacancy;
import nl.werkmotor.vacancies.VacancyDescription;
import nl.werkmotor.vacancies.VacancyFixture;
import nl.werkmotor.vacancies.WithdrawVacancy;
import nl.werkmotor.vacancies.WithdrawingVacancy;

/** A vacancy published, changed or withdrawn reaches the matching index at once, without a rebuild. */
@WerkmotorTest
class MatchingFollowsVacanciesIT {

    private static final String BUS_DRIVER = "http://data.europa.eu/esco/occupation/" + RealEsco.BUS_DRIVER;

    @Autowired
    MatchingIndex index;
    @Autowired
    MatchingPeopleAndWork matching;
    @Autowired
    PublishingVacancy publishing;
    @Autowired
    ChangingVacancy changing;
    @Autowired
    WithdrawingVacancy withdrawing;
    @Autowired
    FindPeople people;

    @BeforeEach
    void smallDemoRegion(@Autowired ApplicationContext application) {
        SmallDemoRegion.ensure(application);
    }

    @Test
    void aPublishedVacancyIsFoundByThePersonItFitsWithoutRebuildingTheIndex() {
        Person person = availableWithSkills();
        MatchWorld world = index.world();
        int before = world.vacancies();

        Vacancy published = publishing.publish(new PublishVacancy(1, VacancyFixture.cutOutFor(person, BUS_DRIVER),
                VacancyFixture.EMPLOYER));

        assertThat(index.world()).isSameAs(world);
        assertThat(world.vacancies()).isEqualTo(before + 1);
        assertThat(fitting(person)).contains(Long.toString(published.id()));

        VacancyDescription elsewhere = VacancyFixture.cutOutFor(person, BUS_DRIVER);
        changing.change(new ChangeVacancy(1, published.id(), new VacancyDescription(elsewhere.title(), elsewhere.text(),
                elsewhere.occupationUri(), elsewhere.requirements(), 1, 1, elsewhere.postcode4(), false),
                VacancyFixture.EMPLOYER));
        assertThat(index.world()).isSameAs(world);
        assertThat(world.vacancies()).isEqualTo(before + 1);
        assertThat(fitting(person)).as("one hour a week is fewer than they want").doesNotContain(
                Long.toString(published.id()));

        withdrawing.withdraw(new WithdrawVacancy(1, published.id()));
        assertThat(index.world()).isSameAs(world);
        assertThat(world.vacancies()).isEqualTo(before);
        assertThat(fitting(person)).doesNotContain(Long.toString(published.id()));
    }

    private List<String> fitting(Person person) {
        return matching.vacanciesFor(person.id(), Language.NL, 100).stream().map(MatchResult::id).toList();
    }

    /** Someone who can start now (vacancies start within three months) and claims a few skills. */
    private Person availableWithSkills() {
        AtomicReference<Person> found = new AtomicReference<>();
        people.forEach(p -> {
            if (found.get() == null && p.profile().preferences().availability() == Availability.NOW
                    && p.profile().skills().size() >= 3 && p.profile().preferences().minHours() > 1) {
                found.set(p);
            }
        });
        return found.get();
    }
}
