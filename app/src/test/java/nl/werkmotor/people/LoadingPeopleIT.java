package nl.werkmotor.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.LongStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import nl.werkmotor.WerkmotorTest;

@WerkmotorTest
class LoadingPeopleIT {

    @Autowired
    LoadingPeople loading;
    @Autowired
    FindPeople find;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void loadsPeopleWithTheirProfileAndReadsThemBack() {
        Person fatima = PersonFixture.aJobSeekerInRotterdam(7);

        assertThat(loading.replaceAll(Stream.of(fatima))).isEqualTo(1);

        assertThat(find.byId(7)).contains(fatima);
        assertThat(find.count()).isEqualTo(1);
        assertThat(find.isEmpty()).isFalse();
        assertThat(find.byId(8)).isEmpty();
    }

    @Test
    void keepsArrayElementsWithQuotesCommasAndBracesIntact() {
        Person fatima = PersonFixture.aJobSeekerInRotterdam(1);
        Person odd = new Person(1, fatima.kind(), "Zoë", "'t Hart", fatima.birthYear(), fatima.postcode4(),
                fatima.targetGroups(), fatima.benefit(), java.util.List.of("a\"b\\c,d{e} f", "NULL", ""), fatima.profile());

        loading.replaceAll(Stream.of(odd));

        assertThat(find.byId(1)).contains(odd);
    }

    @Test
    void replacesEveryoneInChunksAndContinuesTheIdsAfterwards() {
        loading.replaceAll(Stream.of(PersonFixture.aJobSeekerInRotterdam(1)));

        long loaded = loading.replaceAll(LongStream.rangeClosed(1, 12_345).mapToObj(PersonFixture::aJobSeekerInRotterdam));

        assertThat(loaded).isEqualTo(12_345);
        assertThat(find.count()).isEqualTo(12_345);
        assertThat(jdbc.queryForObject("select count(*) from person_skill", Long.class)).isEqualTo(12_345);
        Long next = jdbc.queryForObject("""
                insert into person (kind, first_name, last_name, birth_year, postcode4, benefit, min_hours, max_hours,
                    travel_radius_km, motivation, availability)
                values ('WORKER', 'Jan', 'Jansen', 1990, '3012', 'NONE', 32, 40, 10, 'MODERATE', 'LATER') returning id""",
                Long.class);
        assertThat(next).isEqualTo(12_346);
    }

    @Test
    void aFailureHalfwayLeavesThePeopleThatWereThere() {
        loading.replaceAll(Stream.of(PersonFixture.aJobSeekerInRotterdam(1)));

        Stream<Person> failing = LongStream.rangeClosed(1, 20_000).mapToObj(id -> {
            if (id == 15_000) {
                throw new IllegalStateException("generator broke");
            }
            return PersonFixture.aJobSeekerInRotterdam(id);
        });

        assertThatThrownBy(() -> loading.replaceAll(failing)).hasMessageContaining("generator broke");
        assertThat(find.count()).isEqualTo(1);
    }
}
